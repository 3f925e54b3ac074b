#include "service/admission_allocation.hpp"

#include "match/matching.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

namespace tremplin::service {

namespace {

std::string program_id(long long cohort_id)
{
    return "c" + std::to_string(cohort_id);
}

std::string applicant_id(long long application_id)
{
    return "a" + std::to_string(application_id);
}

} // namespace

domain::AdmissionResult allocate_seats(std::vector<domain::AdmissionApplicant> const& applicants,
                                       std::vector<CohortSeats> const& cohorts, AllocationRules const& rules)
{
    auto ordered = applicants;
    std::ranges::sort(ordered, {}, &domain::AdmissionApplicant::application_id);

    match::Instance instance;
    instance.tie_break = rules.tie_break;
    instance.seed = rules.seed;
    std::map<long long, std::size_t> program_of;
    for (auto const& cohort : cohorts) {
        program_of[cohort.cohort_id] = instance.programs.size();
        instance.programs.push_back({program_id(cohort.cohort_id), std::max(0LL, cohort.seats), {}});
    }
    // Each cohort's priority: one group per tier, best tier first, of the women eligible for it.
    std::map<long long, std::map<int, std::vector<std::string>>> groups;
    for (auto const& applicant : ordered) {
        match::Applicant entry{applicant_id(applicant.application_id), {}};
        for (auto const cohort : applicant.choices) {
            if (!program_of.contains(cohort) ||
                std::ranges::find(entry.choices, program_id(cohort)) != entry.choices.end())
                continue;
            entry.choices.push_back(program_id(cohort));
            if (std::ranges::find(applicant.eligible_for, cohort) != applicant.eligible_for.end())
                groups[cohort][applicant.tier].push_back(entry.id);
        }
        instance.applicants.push_back(std::move(entry));
    }
    for (auto const& [cohort, tiers] : groups)
        for (auto const& [tier, members] : tiers)
            instance.programs[program_of[cohort]].priority.push_back(members);

    auto const matching = match::match(instance);
    if (!matching) // the instance is built above: a problem here is a programming error
        throw std::logic_error("admission round: " + match::describe(matching.error()));

    domain::AdmissionResult result;
    for (std::size_t a = 0; a < ordered.size(); ++a)
        if (auto const program = matching->assignment[a]; program != match::unassigned)
            result.admitted[ordered[a].application_id] = cohorts[program].cohort_id;
    for (std::size_t p = 0; p < cohorts.size(); ++p) {
        auto& waitlist = result.waitlists[cohorts[p].cohort_id];
        for (auto const a : matching->waitlists[p])
            waitlist.push_back(ordered[a].application_id);
    }
    return result;
}

} // namespace tremplin::service

#include "service/admission_allocation.hpp"

#include "match/lottery.hpp"
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

std::uint64_t lottery_number(AllocationRules const& rules, long long application_id, long long cohort_id)
{
    using match::splitmix64;
    auto const base = splitmix64(static_cast<std::uint64_t>(rules.seed));
    auto const drawn_for = splitmix64(static_cast<std::uint64_t>(application_id));
    if (rules.lottery == domain::LotteryMode::Single)
        return splitmix64(base ^ drawn_for);
    return splitmix64(splitmix64(base + static_cast<std::uint64_t>(cohort_id) * 0xD1B54A32D192ED03ULL) ^
                      drawn_for);
}

match::Instance admission_instance(std::vector<domain::AdmissionApplicant> const& applicants,
                                   std::vector<CohortSeats> const& cohorts, AllocationRules const& rules)
{
    auto ordered = applicants;
    std::ranges::sort(ordered, {}, &domain::AdmissionApplicant::application_id);

    // The lottery is drawn here, so the engine is told to keep each group in the order written.
    match::Instance instance;
    instance.tie_break = match::TieBreak::None;
    std::map<long long, std::size_t> program_of;
    for (auto const& cohort : cohorts) {
        program_of[cohort.cohort_id] = instance.programs.size();
        instance.programs.push_back({program_id(cohort.cohort_id), std::max(0LL, cohort.seats), {}});
    }
    // Each cohort's priority: the woman holding a seat there (group 0), then one group per
    // tier, best tier first, of the women eligible for it.
    struct Drawn {
        std::uint64_t number;
        long long application_id;
        auto operator<=>(Drawn const&) const = default;
    };
    std::map<long long, std::map<int, std::vector<Drawn>>> groups;
    for (auto const& applicant : ordered) {
        match::Applicant entry{applicant_id(applicant.application_id), {}};
        for (auto const cohort : applicant.choices) {
            if (!program_of.contains(cohort) ||
                std::ranges::find(entry.choices, program_id(cohort)) != entry.choices.end())
                continue;
            entry.choices.push_back(program_id(cohort));
            bool const held = applicant.holds == cohort;
            if (held || std::ranges::find(applicant.eligible_for, cohort) != applicant.eligible_for.end())
                groups[cohort][held ? 0 : applicant.tier].push_back(
                    {lottery_number(rules, applicant.application_id, cohort), applicant.application_id});
            if (held)
                break; // what she wanted less than her seat is no longer asked for
        }
        instance.applicants.push_back(std::move(entry));
    }
    for (auto& [cohort, tiers] : groups)
        for (auto& [tier, members] : tiers) {
            std::ranges::sort(members);
            auto& group = instance.programs[program_of[cohort]].priority.emplace_back();
            for (auto const& member : members)
                group.push_back(applicant_id(member.application_id));
        }

    return instance;
}

domain::AdmissionResult allocate_seats(std::vector<domain::AdmissionApplicant> const& applicants,
                                       std::vector<CohortSeats> const& cohorts, AllocationRules const& rules)
{
    auto ordered = applicants;
    std::ranges::sort(ordered, {}, &domain::AdmissionApplicant::application_id);
    auto const instance = admission_instance(ordered, cohorts, rules);
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

#include "domain/admission.hpp"

#include <algorithm>

namespace tremplin::domain {

namespace {

template <class Range, class Value> bool contains(Range const& range, Value const& value)
{
    return std::ranges::find(range, value) != std::ranges::end(range);
}

std::unexpected<Error> refused(std::string field, std::string message_key)
{
    return fail(Error::invalid({{std::move(field), std::move(message_key)}}));
}

} // namespace

std::vector<ChoiceExplanation> explain_choices(AdmissionApplicant const& applicant,
                                               AdmissionResult const& result,
                                               std::vector<AdmissionApplicant> const& applicants)
{
    std::map<long long, int> tier_of;
    for (auto const& other : applicants)
        tier_of[other.application_id] = other.tier;
    std::map<long long, int> last_tier; // cohort → highest tier number admitted
    for (auto const& [application, cohort] : result.admitted)
        last_tier[cohort] = std::max(last_tier[cohort], tier_of[application]);

    auto const held = result.admitted.find(applicant.application_id);
    bool got_one = false;
    std::vector<ChoiceExplanation> explained;
    for (auto const cohort : applicant.choices) {
        ChoiceExplanation choice;
        choice.cohort_id = cohort;
        choice.last_admitted_tier = last_tier.contains(cohort) ? last_tier[cohort] : 0;
        if (held != result.admitted.end() && held->second == cohort) {
            choice.outcome = ChoiceOutcome::Admitted;
            got_one = true;
        } else if (!contains(applicant.eligible_for, cohort)) {
            choice.outcome = ChoiceOutcome::NotEligible;
        } else if (got_one) {
            choice.outcome = ChoiceOutcome::NotNeeded;
        } else {
            choice.outcome = ChoiceOutcome::Waitlisted;
            if (auto const list = result.waitlists.find(cohort); list != result.waitlists.end()) {
                auto const at = std::ranges::find(list->second, applicant.application_id);
                if (at != list->second.end())
                    choice.waitlist_position = static_cast<int>(at - list->second.begin()) + 1;
            }
            choice.reason = choice.last_admitted_tier == 0               ? WaitlistReason::NoSeats
                            : choice.last_admitted_tier < applicant.tier ? WaitlistReason::HigherTiers
                                                                         : WaitlistReason::LotteryInTier;
        }
        explained.push_back(choice);
    }
    return explained;
}

// README.md, "Seats are given by an admission round": a seat is declined before she starts, and a
// re-run fills the seats of cohorts that have not started yet.
Result<void> may_decline(AdmissionRound const& round, RoundSince const& since, long long application_id)
{
    if (round.status != RoundStatus::Confirmed)
        return refused("decline", "errors.admission.not_confirmed");
    auto const enrolment = round.enrolments.find(application_id);
    if (enrolment == round.enrolments.end() || round.declined.contains(application_id))
        return refused("decline", "errors.admission.no_seat_to_decline");
    if (since.later_round_confirmed)
        return refused("decline", "errors.admission.decline_in_latest");
    auto const stage = since.seat_stages.find(enrolment->second);
    if (stage == since.seat_stages.end() || stage->second != EnrolmentStage::Enrolled)
        return refused("decline", "errors.admission.already_started");
    return {};
}

Result<void> may_rerun(AdmissionRound const& round, RoundSince const& since)
{
    if (round.status != RoundStatus::Confirmed)
        return refused("rerun", "errors.admission.not_confirmed");
    if (since.later_round_confirmed)
        return refused("rerun", "errors.admission.rerun_from_latest");
    bool const one_to_come = std::ranges::any_of(round.seats, [&](CohortSeats const& seats) {
        auto const starts = since.cohort_starts.find(seats.cohort_id);
        return starts != since.cohort_starts.end() && starts->second >= since.today;
    });
    if (!one_to_come)
        return refused("rerun", "errors.admission.nothing_to_refill");
    return {};
}

} // namespace tremplin::domain

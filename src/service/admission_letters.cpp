#include "service/admission_letters.hpp"

#include "service/outbox_service.hpp"

#include <algorithm>

namespace tremplin::service {

void AdmissionLetters::queue(domain::AdmissionRound const& round, domain::AdmissionApplicant const& applicant,
                             store::ApplicationSummary const& application)
{
    auto const participant = m_participants.find(m_organisation_id, application.participant_id);
    if (!participant)
        return;
    domain::Letter letter;
    letter.organisation_id = m_organisation_id;
    letter.participant_id = participant->id;
    letter.application_id = applicant.application_id;
    letter.language = participant->preferred_language;
    letter.email = participant->email;
    letter.facts = {{"first_name", participant->first_name}, {"reference", application.reference}};
    auto const choices = domain::explain_choices(applicant, round.result, round.applicants);
    auto const admitted =
        std::ranges::find(choices, domain::ChoiceOutcome::Admitted, &domain::ChoiceExplanation::outcome);
    auto const waiting =
        std::ranges::find(choices, domain::ChoiceOutcome::Waitlisted, &domain::ChoiceExplanation::outcome);
    if (admitted != choices.end()) {
        letter.kind = domain::LetterKind::Admitted;
        describe_course(letter, admitted->cohort_id);
    } else if (waiting != choices.end() && waiting->waitlist_position > 0) {
        letter.kind = domain::LetterKind::Waitlisted;
        describe_course(letter, waiting->cohort_id);
        letter.facts["position"] = std::to_string(waiting->waitlist_position);
        letter.facts["reason_key"] =
            waiting->reason == domain::WaitlistReason::HigherTiers     ? "letters.reasons.higher_tiers"
            : waiting->reason == domain::WaitlistReason::LotteryInTier ? "letters.reasons.lottery_in_tier"
                                                                       : "letters.reasons.no_seats";
    } else {
        letter.kind = domain::LetterKind::NotAdmitted;
        bool const not_eligible = std::ranges::any_of(choices, [](domain::ChoiceExplanation const& choice) {
            return choice.outcome == domain::ChoiceOutcome::NotEligible;
        });
        letter.facts["reason_key"] =
            not_eligible ? "letters.reasons.not_eligible" : "letters.reasons.no_seats";
    }
    queue_letter(m_unit.connection(), m_unit.clock(), std::move(letter));
}

void AdmissionLetters::describe_course(domain::Letter& letter, long long cohort_id)
{
    if (auto const cohort = m_cohorts.find(m_organisation_id, cohort_id)) {
        letter.facts["course"] = cohort->name;
        letter.facts["starts_on"] = cohort->starts_on.iso();
    }
}

} // namespace tremplin::service

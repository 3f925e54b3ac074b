#pragma once

// An admission round in the centre's words: who applied with which tier and choices, what
// the allocation gave, and for each of her choices why she got it or not — in terms she can
// be told and an auditor can check (the seats went to women of a higher tier, or to women of
// her tier drawn before her, or she is not eligible for that course).

#include <map>
#include <optional>
#include <vector>

namespace tremplin::domain {

struct AdmissionApplicant {
    long long application_id = 0;
    int tier = 0;                        // 1 comes first
    std::vector<long long> choices;      // cohort ids, most wanted first
    std::vector<long long> eligible_for; // those of her choices she may be admitted to
};

struct AdmissionResult {
    std::map<long long, long long> admitted;               // application → cohort
    std::map<long long, std::vector<long long>> waitlists; // cohort → applications, first first
};

enum class ChoiceOutcome {
    Admitted,
    Waitlisted,  // she asked for it before the seat she got (or got none)
    NotEligible, // she may not be admitted to it: never silent, her page says why
    NotNeeded,   // she got a seat she wanted more
};

// Why the seats of a cohort she is waiting for went to others.
enum class WaitlistReason {
    NoSeats,       // the cohort has no seat in this round
    HigherTiers,   // every seat went to women of a higher tier
    LotteryInTier, // women of her tier took the last seats, drawn before her
};

struct ChoiceExplanation {
    long long cohort_id = 0;
    ChoiceOutcome outcome = ChoiceOutcome::Admitted;
    std::optional<WaitlistReason> reason; // when waitlisted
    int waitlist_position = 0;            // 1 is next for a seat that frees up
    int last_admitted_tier = 0;           // the highest tier number admitted there (0: nobody)
};

// Her choices in her order, each explained. `applicants` are all of the round's.
std::vector<ChoiceExplanation> explain_choices(AdmissionApplicant const& applicant, AdmissionResult const& result,
                                               std::vector<AdmissionApplicant> const& applicants);

} // namespace tremplin::domain

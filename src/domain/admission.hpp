#pragma once

// An admission round in the centre's words: who applied with which tier and choices, what
// the allocation gave, and for each of her choices why she got it or not — in terms she can
// be told and an auditor can check (the seats went to women of a higher tier, or to women of
// her tier drawn before her, or she is not eligible for that course).

#include "domain/aptitude.hpp"
#include "domain/codes.hpp"
#include "domain/date.hpp"
#include "domain/enrolment.hpp"
#include "domain/error.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace tremplin::domain {

struct AdmissionApplicant {
    long long application_id = 0;
    int tier = 0;                                              // 1 comes first
    std::vector<long long> choices;                            // cohort ids, most wanted first
    std::vector<long long> eligible_for;                       // those of her choices she may be admitted to
    std::map<long long, EligibilityReason> ineligible_because; // the others, and why
    // A seat she holds from the round before (a re-run after a decline): she keeps it unless
    // she gets one she wanted more.
    std::optional<long long> holds;
};

struct CohortSeats {
    long long cohort_id = 0;
    long long seats = 0; // seats in this round
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
std::vector<ChoiceExplanation> explain_choices(AdmissionApplicant const& applicant,
                                               AdmissionResult const& result,
                                               std::vector<AdmissionApplicant> const& applicants);

// How women of one tier are ordered: by one lottery number each, used by every cohort
// (single, the default: nobody is unlucky twice over), or by a number drawn afresh for each
// cohort (multiple).
enum class LotteryMode { Single, Multiple };

enum class RoundStatus {
    Draft,     // drawn, to be read and confirmed; it may be drawn again
    Confirmed, // enrolments made and letters queued; never drawn again
};

// One round of an intake as drawn: the seats, each woman as she stood (tier, eligibility,
// a seat held), and what the allocation gave. Everything the result page explains is kept
// with the round, so it reads the same years later whatever her record says by then.
struct AdmissionRound {
    long long id = 0;
    long long organisation_id = 0;
    long long intake_id = 0;
    int number = 1; // 1, then one more for each re-run that fills seats freed by declines
    LotteryMode lottery = LotteryMode::Single;
    std::int64_t seed = 0;
    RoundStatus status = RoundStatus::Draft;
    std::string drawn_at; // UTC, ISO 8601
    std::string confirmed_at;
    std::vector<CohortSeats> seats;
    std::vector<AdmissionApplicant> applicants;
    AdmissionResult result;
    std::map<long long, long long> enrolments; // application → enrolment, from confirmation
    std::set<long long> declined;              // applications whose seat was declined
};

// What became of a confirmed round since, read today: the facts its declines and re-runs are
// decided from, so that what a page offers and what the service does follow the same rules.
struct RoundSince {
    bool later_round_confirmed = false;              // a re-run of it was confirmed since
    std::map<long long, EnrolmentStage> seat_stages; // each enrolment it made → her stage today
    std::map<long long, Date> cohort_starts;         // each cohort of the round → its first day
    Date today;
};

// Whether she may decline the seat the round gave her: only in the latest confirmed round, and
// before she starts (after that, she withdraws from her cohort). The refusal names "decline".
Result<void> may_decline(AdmissionRound const& round, RoundSince const& since, long long application_id);

// Whether the round may be re-run to give the seats freed since: only the latest confirmed round,
// while one of its cohorts has not started (a woman joins a started cohort by enrolment, not by a
// round). The refusal names "rerun".
Result<void> may_rerun(AdmissionRound const& round, RoundSince const& since);

template <> struct Codes<LotteryMode> {
    static constexpr std::array table{
        std::pair{LotteryMode::Single, std::string_view("single")},
        std::pair{LotteryMode::Multiple, std::string_view("multiple")},
    };
};

template <> struct Codes<RoundStatus> {
    static constexpr std::array table{
        std::pair{RoundStatus::Draft, std::string_view("draft")},
        std::pair{RoundStatus::Confirmed, std::string_view("confirmed")},
    };
};

} // namespace tremplin::domain

#pragma once

// The seats of an admission round, allocated by the match engine: each cohort ranks the women
// eligible for it who chose it by tier (tier 1 first), ties broken by a lottery whose seed is
// recorded, and the applicants propose (deferred acceptance), so the result is the best every
// applicant can have without a woman of a higher tier being passed over.

#include "domain/admission.hpp"
#include "match/instance.hpp"

#include <cstdint>
#include <vector>

namespace tremplin::service {

using domain::CohortSeats;

struct AllocationRules {
    domain::LotteryMode lottery = domain::LotteryMode::Single;
    std::int64_t seed = 0;
};

// A woman's lottery number depends only on the seed and her application (and the cohort, with
// `multiple`), never on who else is in the round: the same round and seed give the same result,
// and a re-run after a decline keeps every waitlist in the order it was drawn. A woman who
// holds a seat from the round before comes first in that cohort, so she cannot lose it.
// Choices of cohorts not in the round are skipped.
domain::AdmissionResult allocate_seats(std::vector<domain::AdmissionApplicant> const& applicants,
                                       std::vector<CohortSeats> const& cohorts, AllocationRules const& rules);

// The round as the match engine's instance: programs "c<cohort id>" with their seats and their
// priority groups in the lottery's order, applicants "a<application id>" with their choices, ties
// already broken (`TieBreak::None`). `tremplin match` on it gives the round's result: what an
// auditor runs to check a round.
match::Instance admission_instance(std::vector<domain::AdmissionApplicant> const& applicants,
                                   std::vector<CohortSeats> const& cohorts, AllocationRules const& rules);

// Her lottery number in a cohort: the lower, the sooner she is drawn.
std::uint64_t lottery_number(AllocationRules const& rules, long long application_id, long long cohort_id);

} // namespace tremplin::service

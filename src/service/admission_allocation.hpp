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

struct CohortSeats {
    long long cohort_id = 0;
    long long seats = 0; // free seats in this round
};

struct AllocationRules {
    match::TieBreak tie_break = match::TieBreak::Single;
    std::uint64_t seed = 0;
};

// Applicants are given their lottery numbers in the order of their application ids, so the
// same round and seed give the same result. Choices of cohorts not in the round are skipped.
domain::AdmissionResult allocate_seats(std::vector<domain::AdmissionApplicant> const& applicants,
                                       std::vector<CohortSeats> const& cohorts, AllocationRules const& rules);

} // namespace tremplin::service

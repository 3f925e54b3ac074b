#pragma once

// The proofs of social priority the demo's applicants brought: most of those interviewed
// brought the proof of each reason of their tier.

#include "cli/demo/demo_clock.hpp"
#include "service/recruitment.hpp"

#include <random>

namespace tremplin::cli {

// Records, for about nine in ten of the applications, the day each proof of her tier was
// received, in the week before today; returns how many. `actor` is the coordinator.
int record_proofs(service::Recruitment& recruitment, DemoClock const& clock, service::Actor const& actor,
                  std::mt19937_64& random, std::vector<long long> const& application_ids);

} // namespace tremplin::cli

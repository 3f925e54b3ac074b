#pragma once

// The demo centre's aptitude tests: its qualifying courses test applicants (a score out of 20,
// passed from 12), and the women whose application went past the test have their score.

#include "cli/demo/demo_clock.hpp"
#include "service/recruitment.hpp"

#include <random>

namespace tremplin::cli {

// Returns how many scores were recorded. `actor` (the coordinator) sets the tests and records
// the scores.
int create_aptitude_scores(service::Recruitment& recruitment, DemoClock const& clock,
                           service::Actor const& actor, std::mt19937_64& random);

} // namespace tremplin::cli

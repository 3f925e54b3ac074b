#pragma once

// The demo centre's aptitude tests: its qualifying courses test applicants (a score out of 20,
// passed from 12), and the women whose application went past the test have their score.

#include "cli/demo/demo_clock.hpp"
#include "service/recruitment.hpp"

#include <random>
#include <set>

namespace tremplin::cli {

// Sets the tests; the ids of the tracks that test their applicants.
std::set<long long> create_aptitude_tests(service::Recruitment& recruitment, service::Actor const& actor);

// Records a score for each tested track the applications chose, taken in the week before
// today; returns how many. `actor` is the coordinator.
int record_aptitude_scores(service::Recruitment& recruitment, DemoClock const& clock,
                           service::Actor const& actor, std::mt19937_64& random,
                           std::set<long long> const& tested_tracks,
                           std::vector<long long> const& application_ids);

} // namespace tremplin::cli

#pragma once

// The demo centre's information sessions: two a month over its history and the coming month,
// in French mostly, in Dutch and English too. Women registered from the register by the
// coordinator or on the public page; those of past sessions came or not, so that about
// `informed_per_year` distinct women were informed each year. The next session is full, with
// a waitlist.

#include "cli/demo/demo_clock.hpp"
#include "service/recruitment.hpp"
#include "store/database.hpp"

#include <random>

namespace tremplin::cli {

struct DemoInformationSessionsSummary {
    int sessions = 0;
    int registrations = 0;
};

// `actor` (the coordinator) plans the sessions, registers women and marks who came. The clock
// is moved as the years go and put back.
DemoInformationSessionsSummary create_information_sessions(service::Recruitment& recruitment,
                                                           store::Database& database, DemoClock& clock,
                                                           service::Actor const& actor,
                                                           std::mt19937_64& random, int informed_per_year);

} // namespace tremplin::cli

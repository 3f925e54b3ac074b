#pragma once

// The demo centre's training over the past three years: cohorts of every track with their
// timetables, their trainees, and the attendance of every lesson held before today. Today's
// lessons are left for someone to take.

#include "cli/demo/demo_catalogue.hpp"
#include "cli/demo/demo_clock.hpp"

#include <functional>
#include <random>

namespace tremplin::cli {

struct DemoPerson {
    long long participant_id = 0;
    domain::Date entered_on; // the day her record was created
};

struct DemoTrainingSummary {
    int cohorts = 0;
    int lessons = 0;
    int enrolments = 0;
    long long attendance_rows = 0;
};

// `actor` enters everything (the director); the clock is moved as the years go and put back.
// `admit` runs once every cohort and its timetable exist, before anyone starts: the admission
// rounds it confirms give the cohorts their first trainees. The seats left go to `people`,
// women the centre already knows.
DemoTrainingSummary create_training(service::Training& training, store::Database& database, DemoClock& clock,
                                    service::Actor const& actor, DemoCatalogue const& catalogue,
                                    std::vector<DemoPerson> const& people, std::mt19937_64& random,
                                    std::function<void()> const& admit);

} // namespace tremplin::cli

#pragma once

// Aptitude tests: which tracks have one and its pass mark (kept with the catalogue), and the
// scores staff record from an application.

#include "domain/aptitude.hpp"
#include "domain/track.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "service/unit_of_work.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::service {

struct TrackAptitude {
    domain::Track track;
    std::optional<domain::AptitudeTest> test;
};

// A track's test as typed: both blank for no test.
struct AptitudeTestInput {
    long long track_id = 0;
    std::string maximum_score;
    std::string pass_mark;
};

// A score as typed on her application: the track, the day taken as three fields, the score.
struct AptitudeScoreInput {
    std::string track_id;
    domain::DateFields taken_on;
    std::string score;
};

class AptitudeService {
  public:
    AptitudeService(store::Database& database, Clock const& clock) : m_units(database, clock) {}

    // Every active track of the centre, with its test when it has one.
    domain::Result<std::vector<TrackAptitude>> tests(Actor const& actor);
    // The same, to change: for those who keep the catalogue, who may `save_tests`.
    domain::Result<std::vector<TrackAptitude>> for_editing(Actor const& actor);
    // Sets every track's test as typed, all or nothing; audited. Errors name
    // "tests-<track id>-maximum_score" and "tests-<track id>-pass_mark".
    domain::Result<void> save_tests(Actor const& actor, std::vector<AptitudeTestInput> const& typed);

    // Records her score at the test of a track; audited. Errors name "track_id", "taken_on"
    // (or one of its parts) and "score".
    domain::Result<long long> record_score(Actor const& actor, long long application_id,
                                           AptitudeScoreInput const& typed);

  private:
    UnitsOfWork m_units;
};

} // namespace tremplin::service

#pragma once

// The training catalogue: tracks and their modules, trainers, and the days the centre closes.
// Changing the modules of a version a cohort already runs on makes a new version instead.

#include "domain/calendar.hpp"
#include "domain/cohort.hpp"
#include "domain/track.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "service/unit_of_work.hpp"
#include "store/database.hpp"

#include <vector>

namespace tremplin::service {

struct TrackDetails {
    domain::Track track;
    domain::TrackVersion version; // the current one, with its modules
    bool version_in_use = false;  // a cohort runs on it: saving modules makes a new version
};

class CatalogueService {
  public:
    CatalogueService(store::Database& database, Clock const& clock) : m_units(database, clock) {}

    domain::Result<std::vector<domain::Track>> tracks(Actor const& actor);
    domain::Result<TrackDetails> track(Actor const& actor, long long id);
    // A new track starts with version 1, without modules.
    domain::Result<long long> create_track(Actor const& actor, domain::Track track);
    domain::Result<void> update_track(Actor const& actor, domain::Track track);
    // Returns the id of the version now current (new when the old one was in use).
    domain::Result<long long> save_modules(Actor const& actor, long long track_id,
                                           std::vector<domain::Module> modules);

    domain::Result<std::vector<domain::Trainer>> trainers(Actor const& actor);
    domain::Result<domain::Trainer> trainer(Actor const& actor, long long id);
    domain::Result<long long> save_trainer(Actor const& actor, domain::Trainer trainer); // id 0: a new one

    domain::Result<std::vector<domain::ClosureDay>> closures(Actor const& actor, int year);
    domain::Result<void> add_closure(Actor const& actor, domain::ClosureDay closure);
    domain::Result<void> remove_closure(Actor const& actor, long long id);

  private:
    UnitsOfWork m_units;
};

} // namespace tremplin::service

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

#include <optional>
#include <vector>

namespace tremplin::service {

// What the reader may do with the catalogue: change its tracks, trainers and closure days.
struct CatalogueMay {
    bool manage = false;
};

struct TrackDetails {
    domain::Track track;
    domain::TrackVersion version; // the current one, with its modules
    bool version_in_use = false;  // a cohort runs on it: saving modules makes a new version
    CatalogueMay may;
};

// A track as the list shows it: with the number of its current version, when it has one.
struct TrackLine {
    domain::Track track;
    std::optional<int> version;
};

struct TrackList {
    std::vector<TrackLine> tracks;
    CatalogueMay may;
};

struct TrainerList {
    std::vector<domain::Trainer> trainers;
    CatalogueMay may;
};

struct ClosureList {
    std::vector<domain::ClosureDay> days;
    CatalogueMay may;
};

class CatalogueService {
  public:
    CatalogueService(store::Database& database, Clock const& clock) : m_units(database, clock) {}

    domain::Result<std::vector<domain::Track>> tracks(Actor const& actor);
    // The list's page: every track with its current version's number.
    domain::Result<TrackList> track_list(Actor const& actor);
    domain::Result<TrackDetails> track(Actor const& actor, long long id);
    // The same, for whoever may change it (its form, its modules' form).
    domain::Result<TrackDetails> track_for_editing(Actor const& actor, long long id);
    // Whether she may change the catalogue: the refusal its changes would give, before a form
    // is shown or read.
    domain::Result<void> may_manage(Actor const& actor) const;
    // A new track starts with version 1, without modules.
    domain::Result<long long> create_track(Actor const& actor, domain::Track track);
    domain::Result<void> update_track(Actor const& actor, domain::Track track);
    // Returns the id of the version now current (new when the old one was in use).
    domain::Result<long long> save_modules(Actor const& actor, long long track_id,
                                           std::vector<domain::Module> modules);

    domain::Result<TrainerList> trainers(Actor const& actor);
    domain::Result<domain::Trainer> trainer(Actor const& actor, long long id);
    // The same, for whoever may change it.
    domain::Result<domain::Trainer> trainer_for_editing(Actor const& actor, long long id);
    domain::Result<long long> save_trainer(Actor const& actor, domain::Trainer trainer); // id 0: a new one

    domain::Result<ClosureList> closures(Actor const& actor, int year);
    domain::Result<void> add_closure(Actor const& actor, domain::ClosureDay closure);
    domain::Result<void> remove_closure(Actor const& actor, long long id);

  private:
    UnitsOfWork m_units;
};

} // namespace tremplin::service

#pragma once

// Intakes: the periods when the centre takes applications, and the cohorts each offers. Staff
// who plan cohorts keep them; the public form reads the ones open today.

#include "domain/application.hpp"
#include "domain/cohort.hpp"
#include "domain/track.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "service/unit_of_work.hpp"
#include "store/database.hpp"

#include <vector>

namespace tremplin::service {

// A cohort as an applicant chooses it: the course's name, when and where.
struct OfferedCohort {
    domain::Cohort cohort;
    domain::Track track;
};

struct IntakeOffer {
    domain::Intake intake;
    std::vector<OfferedCohort> cohorts; // in the order of their start
};

// The centre's intakes, and what she may do with them.
struct IntakeList {
    std::vector<domain::Intake> intakes;

    struct Actions {
        bool manage = false; // open an intake, change one
        bool admit = false;  // draw and confirm its admission rounds
    } may;
};

class IntakeService {
  public:
    IntakeService(store::Database& database, Clock const& clock) : m_units(database, clock) {}

    domain::Result<IntakeList> intakes(Actor const& actor);
    domain::Result<IntakeOffer> intake(Actor const& actor, long long id);
    // Whether she may open or edit an intake: the form is shown to, and read from, those whose
    // `save` would take it.
    domain::Result<void> may_manage(Actor const& actor) const;
    // The intake to change, for those who may change it; "not found" first, as for anyone.
    domain::Result<IntakeOffer> for_editing(Actor const& actor, long long id);
    // Creates the intake when its id is 0, else changes it.
    domain::Result<long long> save(Actor const& actor, domain::Intake intake);

    // For the public pages: the intakes open today at the centre this server runs, with their
    // cohorts; none when there is no centre yet.
    std::vector<IntakeOffer> open_today();
    // The offer of one intake, open or not (a draft may outlive its intake).
    std::optional<IntakeOffer> offer(store::Connection& connection, long long organisation_id, long long id);

    Clock const& clock() const { return m_units.clock(); }

  private:
    UnitsOfWork m_units;
};

} // namespace tremplin::service

#pragma once

// Enrolment in a cohort: the entry snapshot is taken on the day she enters, the cohort's seats
// are enforced (an override needs a reason and is audited), and every stage change is decided by
// domain::change_stage on the facts read here.

#include "domain/enrolment.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "service/unit_of_work.hpp"
#include "store/database.hpp"
#include "store/enrolment_repository.hpp"

#include <vector>

namespace tremplin::service {

struct EnrolmentRequest {
    long long cohort_id = 0;
    long long participant_id = 0;
    std::optional<domain::Date> on; // default: today, or the cohort's start if later
    std::string capacity_override_reason;
};

using domain::StageChange;

// The same, in the caller's unit of work (an admission round enrols all its women or none),
// with the enrolment's own permission. `change_stage_in` returns the enrolment she is in
// afterwards: a new one after a transfer.
domain::Result<long long> enrol_in(UnitOfWork& unit, EnrolmentRequest const& request);
domain::Result<long long> change_stage_in(UnitOfWork& unit, long long enrolment_id,
                                          StageChange const& change);

class EnrolmentService {
  public:
    EnrolmentService(store::Database& database, Clock const& clock) : m_units(database, clock) {}

    // Whether she may enrol anyone or change an enrolment's stage: the forms are shown to, and read
    // from, those whose `enrol` and `change_stage` would take them.
    domain::Result<void> may_manage(Actor const& actor) const;
    domain::Result<long long> enrol(Actor const& actor, EnrolmentRequest const& request);
    domain::Result<void> change_stage(Actor const& actor, long long enrolment_id, StageChange const& change);

    domain::Result<store::EnrolmentView> find(Actor const& actor, long long enrolment_id);
    domain::Result<std::vector<store::EnrolmentView>> of_cohort(Actor const& actor, long long cohort_id);
    domain::Result<std::vector<store::EnrolmentView>> of_participant(Actor const& actor,
                                                                     long long participant_id);

  private:
    UnitsOfWork m_units;
};

} // namespace tremplin::service

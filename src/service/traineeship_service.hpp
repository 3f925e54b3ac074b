#pragma once

// Traineeships: the job coach records each trainee's time in a partner enterprise, follows its
// status and the signatures of its agreement; the coordinator reads them.
// docs/domain.md "Traineeship record"

#include "domain/traineeship.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "service/unit_of_work.hpp"
#include "store/database.hpp"
#include "store/traineeship_repository.hpp"

#include <vector>

namespace tremplin::service {

// Who signs the tripartite agreement.
enum class AgreementParty { Centre, Host, Trainee };

// A status change: to interrupt one takes a reason and the last day she was there.
struct TraineeshipStatusChange {
    domain::TraineeshipStatus status = domain::TraineeshipStatus::Ongoing;
    std::optional<domain::InterruptionReason> interruption;
    std::optional<domain::Date> left_on;
};

// Records a planned traineeship in a unit of work already open, through the same checks as
// `TraineeshipService::record`: a placement round's confirmation makes all of its own in one.
domain::Result<long long> record_traineeship_in(UnitOfWork& unit, domain::Traineeship traineeship);

class TraineeshipService {
  public:
    TraineeshipService(store::Database& database, Clock const& clock) : m_units(database, clock) {}

    // The refusal a change would give, asked before a form is shown or read.
    domain::Result<void> may_manage(Actor const& actor) const;

    // Records a planned traineeship of the enrolment: her cohort's period, her other
    // traineeships, the partner, its tutor and its offer are checked. Gives its id.
    domain::Result<long long> record(Actor const& actor, domain::Traineeship traineeship);
    domain::Result<void> change_status(Actor const& actor, long long id,
                                       TraineeshipStatusChange const& change);
    domain::Result<void> record_signature(Actor const& actor, long long id, AgreementParty party,
                                          domain::Date signed_on);
    domain::Result<void> record_hired_by_host(Actor const& actor, long long id, bool hired);

    domain::Result<domain::Traineeship> traineeship(Actor const& actor, long long id);
    domain::Result<std::vector<store::TraineeshipView>> of_cohort(Actor const& actor, long long cohort_id);

  private:
    UnitsOfWork m_units;
};

} // namespace tremplin::service

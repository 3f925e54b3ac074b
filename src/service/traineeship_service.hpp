#pragma once

// Traineeships: the job coach records each trainee's time in a partner enterprise, follows its
// status and the signatures of its agreement; the coordinator reads them.
// docs/domain.md "Traineeship record"

#include "domain/offer.hpp"
#include "domain/partner.hpp"
#include "domain/traineeship.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "service/unit_of_work.hpp"
#include "store/database.hpp"
#include "store/traineeship_repository.hpp"

#include <optional>
#include <string>
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

struct TraineeshipMay {
    bool manage = false;  // record one, change its status, signatures and hire
    bool records = false; // open the trainee's record
};

// A trainee still in the cohort (her enrolment neither withdrawn nor transferred) and her
// traineeships there, in date order.
struct TraineeOfCohort {
    long long enrolment_id = 0;
    long long participant_id = 0;
    std::string first_name;
    std::string last_name;
    std::vector<store::TraineeshipView> traineeships;
};

// The cohort's board: its traineeship period and every trainee with her traineeships.
struct TraineeshipBoard {
    domain::Cohort cohort;
    std::vector<TraineeOfCohort> trainees;
    TraineeshipMay may;
};

// What the form that records one offers: the cohort's trainees and the partners (enterprises
// first); once a partner is chosen, its contacts and its offers (open ones first).
struct TraineeshipForm {
    domain::Cohort cohort;
    std::vector<TraineeOfCohort> trainees;
    std::vector<domain::Partner> partners;
    std::optional<domain::Partner> partner;
    std::vector<domain::PartnerContact> contacts;
    std::vector<domain::Offer> offers;
};

// A traineeship with what its page names: the trainee, her cohort, the host, its tutor, its offer.
struct TraineeshipDetails {
    domain::Traineeship traineeship;
    std::string first_name;
    std::string last_name;
    domain::Cohort cohort;
    domain::Partner partner;
    std::optional<domain::PartnerContact> tutor;
    std::optional<domain::Offer> offer;
    TraineeshipMay may;
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
    // `of_cohort`, when given, is the cohort the page was about: a trainee of another is refused.
    domain::Result<long long> record(Actor const& actor, domain::Traineeship traineeship,
                                     std::optional<long long> of_cohort = std::nullopt);
    domain::Result<void> change_status(Actor const& actor, long long id,
                                       TraineeshipStatusChange const& change);
    domain::Result<void> record_signature(Actor const& actor, long long id, AgreementParty party,
                                          domain::Date signed_on);
    domain::Result<void> record_hired_by_host(Actor const& actor, long long id, bool hired);

    domain::Result<domain::Traineeship> traineeship(Actor const& actor, long long id);
    domain::Result<std::vector<store::TraineeshipView>> of_cohort(Actor const& actor, long long cohort_id);

    // For the pages (traineeship_reads.cpp): the board is audited like of_cohort, a traineeship's
    // page like traineeship().
    domain::Result<TraineeshipBoard> board(Actor const& actor, long long cohort_id);
    // `partner_id` 0: none chosen yet.
    domain::Result<TraineeshipForm> form_for(Actor const& actor, long long cohort_id, long long partner_id);
    domain::Result<TraineeshipDetails> details(Actor const& actor, long long id);

  private:
    UnitsOfWork m_units;
};

} // namespace tremplin::service

#include "service/traineeship_service.hpp"

#include "store/cohort_repository.hpp"
#include "store/enrolment_repository.hpp"
#include "store/offer_repository.hpp"
#include "store/partner_repository.hpp"

namespace tremplin::service {

using domain::Error;
using domain::fail;
using domain::found;
using domain::Permission;
using domain::Result;
using domain::TraineeshipStatus;

namespace {

// The partner, its tutor and its offer must be the centre's and belong together.
Result<void> require_host(UnitOfWork& unit, domain::Traineeship const& traineeship)
{
    auto partners = unit.repository<store::PartnerRepository>();
    if (!partners.find(unit.organisation_id(), traineeship.partner_id))
        return fail(Error::invalid({{"partner_id", "errors.traineeship.partner_missing"}}));
    if (traineeship.tutor_contact_id != 0 &&
        !partners.contact(traineeship.partner_id, traineeship.tutor_contact_id))
        return fail(Error::invalid({{"tutor_contact_id", "errors.traineeship.tutor_not_of_partner"}}));
    if (auto const offer_id = traineeship.offer_id; offer_id != 0) {
        auto const offer = unit.repository<store::OfferRepository>().find(unit.organisation_id(), offer_id);
        if (!offer || offer->partner_id != traineeship.partner_id)
            return fail(Error::invalid({{"offer_id", "errors.traineeship.offer_not_of_partner"}}));
    }
    return {};
}

// Checks it against her cohort's period and her other traineeships.
Result<void> require_valid(UnitOfWork& unit, domain::Traineeship const& traineeship, long long cohort_id)
{
    auto const cohort =
        TRY(found(unit.repository<store::CohortRepository>().find(unit.organisation_id(), cohort_id)));
    auto const others = unit.repository<store::TraineeshipRepository>().of_participant(
        unit.organisation_id(), traineeship.participant_id);
    if (auto errors = domain::validate_traineeship(traineeship, cohort.traineeship, others); !errors.empty())
        return fail(Error::invalid(std::move(errors)));
    return {};
}

} // namespace

Result<void> TraineeshipService::may_manage(Actor const& actor) const
{
    if (!actor.can(Permission::ManagePartners))
        return fail(Error::forbidden());
    return {};
}

Result<long long> record_traineeship_in(UnitOfWork& unit, domain::Traineeship traineeship)
{
    auto const enrolment = TRY(found(unit.repository<store::EnrolmentRepository>().find(
        unit.organisation_id(), traineeship.enrolment_id)));
    using enum domain::EnrolmentStage;
    if (enrolment.stage == Withdrawn || enrolment.stage == Transferred)
        return fail(Error::invalid({{"enrolment_id", "errors.traineeship.enrolment_closed"}}));
    traineeship.organisation_id = unit.organisation_id();
    traineeship.participant_id = enrolment.participant_id;
    traineeship.status = TraineeshipStatus::Planned;
    traineeship.interruption.reset();
    traineeship.hired_by_host = false;
    traineeship.signatures = {};
    TRY(require_host(unit, traineeship));
    TRY(require_valid(unit, traineeship, enrolment.cohort_id));
    auto const id =
        unit.repository<store::TraineeshipRepository>().insert(traineeship, unit.clock().now_iso());
    unit.audit({"traineeship.recorded", "traineeship", id, {}});
    return id;
}

Result<long long> TraineeshipService::record(Actor const& actor, domain::Traineeship traineeship,
                                             std::optional<long long> of_cohort)
{
    TRY(may_manage(actor));
    return m_units.write(actor, Permission::ManagePartners, [&](UnitOfWork& unit) -> Result<long long> {
        if (of_cohort) {
            auto const enrolment = TRY(found(unit.repository<store::EnrolmentRepository>().find(
                unit.organisation_id(), traineeship.enrolment_id)));
            if (enrolment.cohort_id != *of_cohort)
                return fail(
                    Error::invalid({{"enrolment_id", "errors.traineeship.enrolment_of_another_cohort"}}));
        }
        return record_traineeship_in(unit, std::move(traineeship));
    });
}

namespace {

// Reads one of the centre's traineeships, changes it with `change`, and keeps it when it is
// still valid, with an audit row naming `action`.
template <class Change>
Result<void> change_traineeship(UnitOfWork& unit, long long id, std::string const& action, Change&& change)
{
    auto traineeships = unit.repository<store::TraineeshipRepository>();
    auto traineeship = TRY(found(traineeships.find(unit.organisation_id(), id)));
    auto const detail = TRY(change(traineeship));
    auto const enrolment = TRY(found(unit.repository<store::EnrolmentRepository>().find(
        unit.organisation_id(), traineeship.enrolment_id)));
    TRY(require_valid(unit, traineeship, enrolment.cohort_id));
    traineeships.update(traineeship, unit.clock().now_iso());
    unit.audit({action, "traineeship", id, detail});
    return {};
}

} // namespace

Result<void> TraineeshipService::change_status(Actor const& actor, long long id,
                                               TraineeshipStatusChange const& change)
{
    TRY(may_manage(actor));
    return m_units.write(actor, Permission::ManagePartners, [&](UnitOfWork& unit) -> Result<void> {
        return change_traineeship(
            unit, id, "traineeship.status_changed",
            [&](domain::Traineeship& traineeship) -> Result<std::string> {
                if (!domain::traineeship_may_become(traineeship.status, change.status))
                    return fail(Error::invalid({{"status", "errors.traineeship.status_not_allowed"}}));
                if (change.status == TraineeshipStatus::Interrupted) {
                    if (!change.interruption)
                        return fail(
                            Error::invalid({{"interruption", "errors.traineeship.interruption_missing"}}));
                    if (!change.left_on || *change.left_on < traineeship.starts_on ||
                        traineeship.ends_on < *change.left_on)
                        return fail(Error::invalid({{"left_on", "errors.traineeship.left_on_invalid"}}));
                    traineeship.interruption = change.interruption;
                    traineeship.ends_on = *change.left_on;
                }
                traineeship.status = change.status;
                return std::string(domain::code_of(change.status));
            });
    });
}

Result<void> TraineeshipService::record_signature(Actor const& actor, long long id, AgreementParty party,
                                                  domain::Date signed_on)
{
    TRY(may_manage(actor));
    return m_units.write(actor, Permission::ManagePartners, [&](UnitOfWork& unit) -> Result<void> {
        return change_traineeship(
            unit, id, "traineeship.agreement_signed",
            [&](domain::Traineeship& traineeship) -> Result<std::string> {
                if (unit.clock().today() < signed_on)
                    return fail(Error::invalid({{"signed_on", "errors.traineeship.signed_in_future"}}));
                auto& signatures = traineeship.signatures;
                switch (party) {
                case AgreementParty::Centre:
                    signatures.centre = signed_on;
                    return std::string("centre");
                case AgreementParty::Host:
                    signatures.host = signed_on;
                    return std::string("host");
                case AgreementParty::Trainee:
                    signatures.trainee = signed_on;
                    return std::string("trainee");
                }
                return std::string();
            });
    });
}

Result<void> TraineeshipService::record_hired_by_host(Actor const& actor, long long id, bool hired)
{
    TRY(may_manage(actor));
    return m_units.write(actor, Permission::ManagePartners, [&](UnitOfWork& unit) -> Result<void> {
        return change_traineeship(unit, id, "traineeship.hired_by_host_recorded",
                                  [&](domain::Traineeship& traineeship) -> Result<std::string> {
                                      traineeship.hired_by_host = hired;
                                      return std::string(hired ? "yes" : "no");
                                  });
    });
}

Result<domain::Traineeship> TraineeshipService::traineeship(Actor const& actor, long long id)
{
    return m_units.read(
        actor, Permission::ViewPartners, [&](UnitOfWork& unit) -> Result<domain::Traineeship> {
            auto traineeship =
                TRY(found(unit.repository<store::TraineeshipRepository>().find(unit.organisation_id(), id)));
            unit.audit({"traineeship.viewed", "traineeship", id, {}});
            return traineeship;
        });
}

Result<std::vector<store::TraineeshipView>> TraineeshipService::of_cohort(Actor const& actor,
                                                                          long long cohort_id)
{
    return m_units.read(
        actor, Permission::ViewPartners,
        [&](UnitOfWork& unit) -> Result<std::vector<store::TraineeshipView>> {
            TRY(found(unit.repository<store::CohortRepository>().find(unit.organisation_id(), cohort_id)));
            auto views =
                unit.repository<store::TraineeshipRepository>().of_cohort(unit.organisation_id(), cohort_id);
            unit.audit({"traineeships.listed", "cohort", cohort_id,
                        audit_detail({{"rows", std::to_string(views.size())}})});
            return views;
        });
}

} // namespace tremplin::service

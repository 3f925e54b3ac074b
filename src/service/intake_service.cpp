#include "service/intake_service.hpp"

#include "service/public_desk.hpp"
#include "store/cohort_repository.hpp"
#include "store/intake_repository.hpp"
#include "store/track_repository.hpp"

#include <algorithm>

namespace tremplin::service {

using domain::Error;
using domain::fail;
using domain::found;
using domain::Permission;
using domain::Result;

namespace {

IntakeOffer offer_of(store::Connection& connection, domain::Intake intake)
{
    store::CohortRepository cohorts(connection);
    store::TrackRepository tracks(connection);
    IntakeOffer offer{std::move(intake), {}};
    for (auto const id : offer.intake.cohort_ids) {
        auto cohort = cohorts.find(offer.intake.organisation_id, id);
        if (!cohort)
            continue;
        auto track = tracks.find(offer.intake.organisation_id, cohort->track_id);
        offer.cohorts.push_back({std::move(*cohort), track.value_or(domain::Track{})});
    }
    std::ranges::sort(offer.cohorts, {}, [](OfferedCohort const& c) { return c.cohort.starts_on; });
    return offer;
}

// Intakes are read by those who follow applications and by those who plan cohorts: the
// permission she reads them with.
Permission reading_intakes(Actor const& actor)
{
    return actor.can(Permission::ManageCohorts) ? Permission::ManageCohorts : Permission::ViewParticipants;
}

} // namespace

Result<IntakeList> IntakeService::intakes(Actor const& actor)
{
    return m_units.read(actor, reading_intakes(actor), [&](UnitOfWork& unit) -> Result<IntakeList> {
        IntakeList list;
        list.intakes = unit.repository<store::IntakeRepository>().all(unit.organisation_id());
        list.may.manage = actor.can(Permission::ManageCohorts);
        list.may.admit = actor.can(Permission::AdmitApplicants);
        return list;
    });
}

Result<IntakeOffer> IntakeService::intake(Actor const& actor, long long id)
{
    return m_units.read(actor, reading_intakes(actor), [&](UnitOfWork& unit) {
        return found(offer(unit.connection(), unit.organisation_id(), id));
    });
}

Result<void> IntakeService::may_manage(Actor const& actor) const
{
    if (!actor.can(Permission::ManageCohorts))
        return fail(Error::forbidden());
    return {};
}

Result<IntakeOffer> IntakeService::for_editing(Actor const& actor, long long id)
{
    return m_units.read(actor, reading_intakes(actor), [&](UnitOfWork& unit) -> Result<IntakeOffer> {
        auto intake = TRY(found(offer(unit.connection(), unit.organisation_id(), id)));
        TRY(unit.require(Permission::ManageCohorts));
        return intake;
    });
}

Result<long long> IntakeService::save(Actor const& actor, domain::Intake intake)
{
    return m_units.write(actor, Permission::ManageCohorts, [&](UnitOfWork& unit) -> Result<long long> {
        intake.organisation_id = unit.organisation_id();
        TRY(domain::check_intake(intake));
        auto cohorts = unit.repository<store::CohortRepository>();
        for (auto const id : intake.cohort_ids)
            if (!cohorts.find(intake.organisation_id, id))
                return fail(Error::invalid({{"cohorts", "errors.intake.no_cohort"}}));
        auto intakes = unit.repository<store::IntakeRepository>();
        auto const now = unit.clock().now_iso();
        if (intake.id == 0) {
            intake.id = intakes.insert(intake, now);
            unit.audit({"intake.created", "intake", intake.id, intake.name});
        } else {
            TRY(found(intakes.find(intake.organisation_id, intake.id)));
            intakes.update(intake, now);
            unit.audit({"intake.updated", "intake", intake.id, intake.name});
        }
        return intake.id;
    });
}

std::vector<IntakeOffer> IntakeService::open_today()
{
    return m_units
        .read(NoActor{},
              [&](UnitOfWork& unit) -> Result<std::vector<IntakeOffer>> {
                  std::vector<IntakeOffer> offers;
                  auto const centre = PublicDesk::centre(unit.connection());
                  if (!centre)
                      return offers;
                  for (auto& intake :
                       unit.repository<store::IntakeRepository>().open_on(*centre, unit.clock().today()))
                      offers.push_back(offer_of(unit.connection(), std::move(intake)));
                  return offers;
              })
        .value();
}

std::optional<IntakeOffer> IntakeService::offer(store::Connection& connection, long long organisation_id,
                                                long long id)
{
    auto intake = store::IntakeRepository(connection).find(organisation_id, id);
    if (!intake)
        return std::nullopt;
    return offer_of(connection, std::move(*intake));
}

} // namespace tremplin::service

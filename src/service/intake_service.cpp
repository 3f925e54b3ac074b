#include "service/intake_service.hpp"

#include "service/audit_trail.hpp"
#include "store/cohort_repository.hpp"
#include "store/intake_repository.hpp"
#include "store/track_repository.hpp"

#include <algorithm>

namespace tremplin::service {

using domain::Error;
using domain::fail;
using domain::Permission;

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

} // namespace

domain::Result<std::vector<domain::Intake>> IntakeService::intakes(Actor const& actor)
{
    if (!actor.can(Permission::ViewParticipants) && !actor.can(Permission::ManageCohorts))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    return store::IntakeRepository(connection).all(actor.organisation_id());
}

domain::Result<IntakeOffer> IntakeService::intake(Actor const& actor, long long id)
{
    if (!actor.can(Permission::ViewParticipants) && !actor.can(Permission::ManageCohorts))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    auto found = offer(connection, actor.organisation_id(), id);
    if (!found)
        return fail(Error::not_found());
    return std::move(*found);
}

domain::Result<long long> IntakeService::save(Actor const& actor, domain::Intake intake)
{
    if (!actor.can(Permission::ManageCohorts))
        return fail(Error::forbidden());
    intake.organisation_id = actor.organisation_id();
    if (auto checked = domain::check_intake(intake); !checked)
        return fail(std::move(checked.error()));

    auto connection = m_database.connect();
    store::Transaction transaction(connection, store::Transaction::Mode::Write);
    store::CohortRepository cohorts(connection);
    for (auto const id : intake.cohort_ids)
        if (!cohorts.find(intake.organisation_id, id))
            return fail(Error::invalid({{"cohorts", "errors.intake.no_cohort"}}));
    store::IntakeRepository intakes(connection);
    auto const now = m_clock.now_iso();
    if (intake.id == 0) {
        intake.id = intakes.insert(intake, now);
        record_audit(connection, m_clock, actor, {"intake.created", "intake", intake.id, intake.name});
    } else {
        if (!intakes.find(intake.organisation_id, intake.id))
            return fail(Error::not_found());
        intakes.update(intake, now);
        record_audit(connection, m_clock, actor, {"intake.updated", "intake", intake.id, intake.name});
    }
    transaction.commit();
    return intake.id;
}

std::vector<IntakeOffer> IntakeService::open_today(long long organisation_id)
{
    auto connection = m_database.connect();
    std::vector<IntakeOffer> offers;
    for (auto& intake : store::IntakeRepository(connection).open_on(organisation_id, m_clock.today()))
        offers.push_back(offer_of(connection, std::move(intake)));
    return offers;
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

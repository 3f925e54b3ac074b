#include "service/catalogue_service.hpp"

#include "service/audit_trail.hpp"
#include "store/cohort_repository.hpp"
#include "store/track_repository.hpp"

namespace tremplin::service {

using domain::Error;
using domain::fail;
using domain::FieldError;
using domain::Permission;
using store::Transaction;

domain::Result<std::vector<domain::Track>> CatalogueService::tracks(Actor const& actor)
{
    if (!actor.can(Permission::ViewTraining))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    return store::TrackRepository(connection).all(actor.organisation_id());
}

domain::Result<TrackDetails> CatalogueService::track(Actor const& actor, long long id)
{
    if (!actor.can(Permission::ViewTraining))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    store::TrackRepository tracks(connection);
    auto track = tracks.find(actor.organisation_id(), id);
    if (!track)
        return fail(Error::not_found());
    auto version = tracks.version(actor.organisation_id(), track->current_version_id);
    if (!version)
        return fail(Error::not_found());
    bool const in_use = tracks.version_in_use(version->id);
    return TrackDetails{std::move(*track), std::move(*version), in_use};
}

domain::Result<long long> CatalogueService::create_track(Actor const& actor, domain::Track track)
{
    if (!actor.can(Permission::ManageCatalogue))
        return fail(Error::forbidden());
    if (auto errors = domain::validate_track(track); !errors.empty())
        return fail(Error::invalid(std::move(errors)));
    track.organisation_id = actor.organisation_id();
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    store::TrackRepository tracks(connection);
    if (tracks.find_by_code(track.organisation_id, track.code))
        return fail(Error::invalid({{"code", "errors.track.code_taken"}}));
    auto const now = m_clock.now_iso();
    auto const id = tracks.insert(track, now);
    tracks.add_version(track.organisation_id, id, {}, now);
    record_audit(connection, m_clock, actor, {"track.created", "track", id, track.code});
    transaction.commit();
    return id;
}

domain::Result<void> CatalogueService::update_track(Actor const& actor, domain::Track track)
{
    if (!actor.can(Permission::ManageCatalogue))
        return fail(Error::forbidden());
    if (auto errors = domain::validate_track(track); !errors.empty())
        return fail(Error::invalid(std::move(errors)));
    track.organisation_id = actor.organisation_id();
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    store::TrackRepository tracks(connection);
    if (!tracks.find(track.organisation_id, track.id))
        return fail(Error::not_found());
    if (auto same_code = tracks.find_by_code(track.organisation_id, track.code);
        same_code && same_code->id != track.id)
        return fail(Error::invalid({{"code", "errors.track.code_taken"}}));
    tracks.update(track, m_clock.now_iso());
    record_audit(connection, m_clock, actor, {"track.updated", "track", track.id, track.code});
    transaction.commit();
    return {};
}

domain::Result<long long> CatalogueService::save_modules(Actor const& actor, long long track_id,
                                                         std::vector<domain::Module> modules)
{
    if (!actor.can(Permission::ManageCatalogue))
        return fail(Error::forbidden());
    std::vector<FieldError> errors;
    for (std::size_t i = 0; i < modules.size(); ++i)
        for (auto& error : domain::validate_module(modules[i]))
            errors.push_back({error.field + "-" + std::to_string(i + 1), error.message_key});
    if (!errors.empty())
        return fail(Error::invalid(std::move(errors)));

    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    store::TrackRepository tracks(connection);
    auto const track = tracks.find(actor.organisation_id(), track_id);
    if (!track)
        return fail(Error::not_found());
    auto const now = m_clock.now_iso();
    auto version_id = track->current_version_id;
    // A running cohort keeps the modules it started with.
    if (tracks.version_in_use(version_id)) {
        version_id = tracks.add_version(track->organisation_id, track_id, modules, now);
        record_audit(connection, m_clock, actor,
                     {"track.versioned", "track", track_id, std::to_string(version_id)});
    } else {
        tracks.replace_modules(track->organisation_id, version_id, modules);
        record_audit(connection, m_clock, actor, {"track.modules_changed", "track", track_id, {}});
    }
    transaction.commit();
    return version_id;
}

domain::Result<std::vector<domain::Trainer>> CatalogueService::trainers(Actor const& actor)
{
    if (!actor.can(Permission::ViewTraining))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    return store::TrainerRepository(connection).all(actor.organisation_id());
}

domain::Result<domain::Trainer> CatalogueService::trainer(Actor const& actor, long long id)
{
    if (!actor.can(Permission::ViewTraining))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    auto trainer = store::TrainerRepository(connection).find(actor.organisation_id(), id);
    if (!trainer)
        return fail(Error::not_found());
    return std::move(*trainer);
}

domain::Result<long long> CatalogueService::save_trainer(Actor const& actor, domain::Trainer trainer)
{
    if (!actor.can(Permission::ManageCatalogue))
        return fail(Error::forbidden());
    if (auto errors = domain::validate_trainer(trainer); !errors.empty())
        return fail(Error::invalid(std::move(errors)));
    trainer.organisation_id = actor.organisation_id();
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    store::TrainerRepository trainers(connection);
    if (trainer.id == 0) {
        trainer.id = trainers.insert(trainer, m_clock.now_iso());
        record_audit(connection, m_clock, actor, {"trainer.created", "trainer", trainer.id, {}});
    } else {
        if (!trainers.find(trainer.organisation_id, trainer.id))
            return fail(Error::not_found());
        trainers.update(trainer);
        record_audit(connection, m_clock, actor, {"trainer.updated", "trainer", trainer.id, {}});
    }
    transaction.commit();
    return trainer.id;
}

domain::Result<std::vector<domain::ClosureDay>> CatalogueService::closures(Actor const& actor, int year)
{
    if (!actor.can(Permission::ViewTraining))
        return fail(Error::forbidden());
    auto const from = domain::Date::from_parts(year, 1, 1);
    auto const to = domain::Date::from_parts(year, 12, 31);
    if (!from || !to)
        return fail(Error::not_found());
    auto connection = m_database.connect();
    return store::CohortRepository(connection).closures(actor.organisation_id(), *from, *to);
}

domain::Result<void> CatalogueService::add_closure(Actor const& actor, domain::ClosureDay closure)
{
    if (!actor.can(Permission::ManageCatalogue))
        return fail(Error::forbidden());
    if (closure.label.empty())
        return fail(Error::invalid({{"label", "errors.closure.label_missing"}}));
    closure.organisation_id = actor.organisation_id();
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    store::CohortRepository cohorts(connection);
    if (!cohorts.closures(closure.organisation_id, closure.day, closure.day).empty())
        return fail(Error::invalid({{"day", "errors.closure.already_closed"}}));
    cohorts.add_closure(closure);
    record_audit(connection, m_clock, actor, {"closure.added", "closure", std::nullopt, closure.day.iso()});
    transaction.commit();
    return {};
}

domain::Result<void> CatalogueService::remove_closure(Actor const& actor, long long id)
{
    if (!actor.can(Permission::ManageCatalogue))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    store::CohortRepository(connection).remove_closure(actor.organisation_id(), id);
    record_audit(connection, m_clock, actor, {"closure.removed", "closure", id, {}});
    transaction.commit();
    return {};
}

} // namespace tremplin::service

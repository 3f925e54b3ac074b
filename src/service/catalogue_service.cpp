#include "service/catalogue_service.hpp"

#include "domain/text.hpp"
#include "store/cohort_repository.hpp"
#include "store/staff_account_repository.hpp"
#include "store/track_repository.hpp"

namespace tremplin::service {

using domain::Error;
using domain::fail;
using domain::FieldError;
using domain::found;
using domain::Permission;
using domain::Result;

Result<std::vector<domain::Track>> CatalogueService::tracks(Actor const& actor)
{
    return m_units.read(actor, Permission::ViewTraining,
                        [&](UnitOfWork& unit) -> Result<std::vector<domain::Track>> {
                            return unit.repository<store::TrackRepository>().all(unit.organisation_id());
                        });
}

Result<TrackList> CatalogueService::track_list(Actor const& actor)
{
    return m_units.read(actor, Permission::ViewTraining, [&](UnitOfWork& unit) -> Result<TrackList> {
        auto tracks = unit.repository<store::TrackRepository>();
        TrackList list{{}, {.manage = actor.can(Permission::ManageCatalogue)}};
        for (auto& track : tracks.all(unit.organisation_id())) {
            auto const version = tracks.version(unit.organisation_id(), track.current_version_id);
            list.tracks.push_back(
                {std::move(track), version ? std::optional(version->number) : std::nullopt});
        }
        return list;
    });
}

namespace {

Result<TrackDetails> track_details(UnitOfWork& unit, long long id)
{
    auto tracks = unit.repository<store::TrackRepository>();
    auto track = TRY(found(tracks.find(unit.organisation_id(), id)));
    auto version = TRY(found(tracks.version(unit.organisation_id(), track.current_version_id)));
    bool const in_use = tracks.version_in_use(version.id);
    return TrackDetails{std::move(track),
                        std::move(version),
                        in_use,
                        {.manage = unit.actor().can(Permission::ManageCatalogue)}};
}

} // namespace

Result<TrackDetails> CatalogueService::track(Actor const& actor, long long id)
{
    return m_units.read(actor, Permission::ViewTraining,
                        [&](UnitOfWork& unit) -> Result<TrackDetails> { return track_details(unit, id); });
}

Result<TrackDetails> CatalogueService::track_for_editing(Actor const& actor, long long id)
{
    return m_units.read(actor, Permission::ManageCatalogue,
                        [&](UnitOfWork& unit) -> Result<TrackDetails> { return track_details(unit, id); });
}

Result<void> CatalogueService::may_manage(Actor const& actor) const
{
    if (!actor.can(Permission::ManageCatalogue))
        return fail(Error::forbidden());
    return {};
}

Result<long long> CatalogueService::create_track(Actor const& actor, domain::Track track)
{
    if (!actor.can(Permission::ManageCatalogue))
        return fail(Error::forbidden());
    if (auto errors = domain::validate_track(track); !errors.empty())
        return fail(Error::invalid(std::move(errors)));
    track.organisation_id = actor.organisation_id();
    return m_units.write(actor, Permission::ManageCatalogue, [&](UnitOfWork& unit) -> Result<long long> {
        auto tracks = unit.repository<store::TrackRepository>();
        if (tracks.find_by_code(track.organisation_id, track.code))
            return fail(Error::invalid({{"code", "errors.track.code_taken"}}));
        auto const now = unit.clock().now_iso();
        auto const id = tracks.insert(track, now);
        tracks.add_version(track.organisation_id, id, {}, now);
        unit.audit({"track.created", "track", id, track.code});
        return id;
    });
}

Result<void> CatalogueService::update_track(Actor const& actor, domain::Track track)
{
    if (!actor.can(Permission::ManageCatalogue))
        return fail(Error::forbidden());
    if (auto errors = domain::validate_track(track); !errors.empty())
        return fail(Error::invalid(std::move(errors)));
    track.organisation_id = actor.organisation_id();
    return m_units.write(actor, Permission::ManageCatalogue, [&](UnitOfWork& unit) -> Result<void> {
        auto tracks = unit.repository<store::TrackRepository>();
        TRY(found(tracks.find(track.organisation_id, track.id)));
        if (auto same_code = tracks.find_by_code(track.organisation_id, track.code);
            same_code && same_code->id != track.id)
            return fail(Error::invalid({{"code", "errors.track.code_taken"}}));
        tracks.update(track, unit.clock().now_iso());
        unit.audit({"track.updated", "track", track.id, track.code});
        return {};
    });
}

Result<long long> CatalogueService::save_modules(Actor const& actor, long long track_id,
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

    return m_units.write(actor, Permission::ManageCatalogue, [&](UnitOfWork& unit) -> Result<long long> {
        auto tracks = unit.repository<store::TrackRepository>();
        auto const track = TRY(found(tracks.find(unit.organisation_id(), track_id)));
        auto const now = unit.clock().now_iso();
        auto version_id = track.current_version_id;
        // A running cohort keeps the modules it started with.
        if (tracks.version_in_use(version_id)) {
            version_id = tracks.add_version(track.organisation_id, track_id, modules, now);
            unit.audit({"track.versioned", "track", track_id, std::to_string(version_id)});
        } else {
            tracks.replace_modules(track.organisation_id, version_id, modules);
            unit.audit({"track.modules_changed", "track", track_id, {}});
        }
        return version_id;
    });
}

Result<TrainerList> CatalogueService::trainers(Actor const& actor)
{
    return m_units.read(actor, Permission::ViewTraining, [&](UnitOfWork& unit) -> Result<TrainerList> {
        return TrainerList{unit.repository<store::TrainerRepository>().all(unit.organisation_id()),
                           {.manage = actor.can(Permission::ManageCatalogue)}};
    });
}

Result<domain::Trainer> CatalogueService::trainer(Actor const& actor, long long id)
{
    return m_units.read(actor, Permission::ViewTraining, [&](UnitOfWork& unit) -> Result<domain::Trainer> {
        return found(unit.repository<store::TrainerRepository>().find(unit.organisation_id(), id));
    });
}

Result<domain::Trainer> CatalogueService::trainer_for_editing(Actor const& actor, long long id)
{
    return m_units.read(actor, Permission::ManageCatalogue, [&](UnitOfWork& unit) -> Result<domain::Trainer> {
        return found(unit.repository<store::TrainerRepository>().find(unit.organisation_id(), id));
    });
}

Result<long long> CatalogueService::save_trainer(Actor const& actor, domain::Trainer trainer)
{
    if (!actor.can(Permission::ManageCatalogue))
        return fail(Error::forbidden());
    if (auto errors = domain::validate_trainer(trainer); !errors.empty())
        return fail(Error::invalid(std::move(errors)));
    trainer.organisation_id = actor.organisation_id();
    return m_units.write(actor, Permission::ManageCatalogue, [&](UnitOfWork& unit) -> Result<long long> {
        // Her account, when she has one, is one of this centre's: a trainer's account sees the
        // cohorts she teaches, so a link to another centre's account would open them to it.
        if (trainer.staff_account_id != 0) {
            auto const account =
                unit.repository<store::StaffAccountRepository>().find(trainer.staff_account_id);
            if (!account || account->organisation_id != trainer.organisation_id)
                return fail(Error::invalid({{"staff_account_id", "errors.trainer.account_unknown"}}));
        }
        auto trainers = unit.repository<store::TrainerRepository>();
        if (trainer.id == 0) {
            trainer.id = trainers.insert(trainer, unit.clock().now_iso());
            unit.audit({"trainer.created", "trainer", trainer.id, {}});
        } else {
            TRY(found(trainers.find(trainer.organisation_id, trainer.id)));
            trainers.update(trainer);
            unit.audit({"trainer.updated", "trainer", trainer.id, {}});
        }
        return trainer.id;
    });
}

Result<ClosureList> CatalogueService::closures(Actor const& actor, int year)
{
    if (!actor.can(Permission::ViewTraining))
        return fail(Error::forbidden());
    auto const from = domain::Date::from_parts(year, 1, 1);
    auto const to = domain::Date::from_parts(year, 12, 31);
    if (!from || !to)
        return fail(Error::not_found());
    return m_units.read(actor, Permission::ViewTraining, [&](UnitOfWork& unit) -> Result<ClosureList> {
        return ClosureList{
            unit.repository<store::CohortRepository>().closures(unit.organisation_id(), *from, *to),
            {.manage = actor.can(Permission::ManageCatalogue)}};
    });
}

Result<void> CatalogueService::add_closure(Actor const& actor, domain::ClosureDay closure)
{
    if (!actor.can(Permission::ManageCatalogue))
        return fail(Error::forbidden());
    if (closure.label.empty())
        return fail(Error::invalid({{"label", "errors.closure.label_missing"}}));
    if (auto refused = domain::control_characters_error("label", domain::trimmed(closure.label)))
        return fail(Error::invalid({std::move(*refused)}));
    closure.organisation_id = actor.organisation_id();
    return m_units.write(actor, Permission::ManageCatalogue, [&](UnitOfWork& unit) -> Result<void> {
        auto cohorts = unit.repository<store::CohortRepository>();
        if (!cohorts.closures(closure.organisation_id, closure.day, closure.day).empty())
            return fail(Error::invalid({{"day", "errors.closure.already_closed"}}));
        cohorts.add_closure(closure);
        unit.audit({"closure.added", "closure", std::nullopt, closure.day.iso()});
        return {};
    });
}

Result<void> CatalogueService::remove_closure(Actor const& actor, long long id)
{
    return m_units.write(actor, Permission::ManageCatalogue, [&](UnitOfWork& unit) -> Result<void> {
        unit.repository<store::CohortRepository>().remove_closure(unit.organisation_id(), id);
        unit.audit({"closure.removed", "closure", id, {}});
        return {};
    });
}

} // namespace tremplin::service

#include "service/cohort_service.hpp"

#include "service/cohort_scope.hpp"
#include "service/secrets.hpp"
#include "store/partner_repository.hpp"
#include "store/track_repository.hpp"

#include <algorithm>
#include <cctype>

namespace tremplin::service {

using domain::Error;
using domain::fail;
using domain::found;
using domain::Permission;
using domain::Result;

std::string room_key(std::string_view room)
{
    std::string key;
    for (char c : room) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!key.empty() && key.back() != ' ')
                key += ' ';
        } else {
            key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    if (!key.empty() && key.back() == ' ')
        key.pop_back();
    return key;
}

Result<std::vector<store::CohortSummary>> CohortService::cohorts(Actor const& actor)
{
    return m_units.read(
        actor, Permission::ViewTraining, [&](UnitOfWork& unit) -> Result<std::vector<store::CohortSummary>> {
            auto cohorts = unit.repository<store::CohortRepository>().list(unit.organisation_id());
            CohortScope::of(unit).keep_within(
                cohorts, [](store::CohortSummary const& summary) { return summary.cohort.id; });
            return cohorts;
        });
}

Result<CohortList> CohortService::list(Actor const& actor)
{
    return m_units.read(actor, Permission::ViewTraining, [&](UnitOfWork& unit) -> Result<CohortList> {
        CohortList list{unit.repository<store::CohortRepository>().list(unit.organisation_id()),
                        {.manage = actor.can(Permission::ManageCohorts)}};
        CohortScope::of(unit).keep_within(
            list.cohorts, [](store::CohortSummary const& summary) { return summary.cohort.id; });
        return list;
    });
}

Result<void> CohortService::may_manage(Actor const& actor) const
{
    if (!actor.can(Permission::ManageCohorts))
        return fail(Error::forbidden());
    return {};
}

Result<domain::Cohort> CohortService::for_editing(Actor const& actor, long long id)
{
    return m_units.read(actor, Permission::ManageCohorts, [&](UnitOfWork& unit) -> Result<domain::Cohort> {
        return found(unit.repository<store::CohortRepository>().find(unit.organisation_id(), id));
    });
}

Result<std::vector<domain::Partner>> CohortService::possible_funders(Actor const& actor)
{
    return m_units.read(
        actor, Permission::ManageCohorts, [&](UnitOfWork& unit) -> Result<std::vector<domain::Partner>> {
            return unit.repository<store::PartnerRepository>().possible_funders(unit.organisation_id());
        });
}

namespace {

// A funder named among the partners must be one of the centre's.
Result<void> require_known_funder(UnitOfWork& unit, domain::Cohort const& cohort)
{
    auto const id = cohort.funding.partner_id;
    if (id != 0 && !unit.repository<store::PartnerRepository>().find(unit.organisation_id(), id))
        return fail(Error::invalid({{"funding_partner_id", "errors.cohort.funding_partner_unknown"}}));
    return {};
}

// The modules of a cohort's version and the trainers still active: what a lesson may be about
// and who may give it.
Result<std::pair<std::vector<domain::Module>, std::vector<domain::Trainer>>>
lesson_choices(UnitOfWork& unit, domain::Cohort const& cohort)
{
    auto version = TRY(found(
        unit.repository<store::TrackRepository>().version(unit.organisation_id(), cohort.track_version_id)));
    auto trainers = unit.repository<store::TrainerRepository>().all(unit.organisation_id());
    std::erase_if(trainers, [](domain::Trainer const& trainer) { return !trainer.active; });
    return std::pair{std::move(version.modules), std::move(trainers)};
}

} // namespace

Result<CohortDetails> CohortService::cohort(Actor const& actor, long long id)
{
    return m_units.read(actor, Permission::ViewTraining, [&](UnitOfWork& unit) -> Result<CohortDetails> {
        auto const organisation_id = unit.organisation_id();
        TRY(CohortScope::of(unit).require(id));
        auto cohorts = unit.repository<store::CohortRepository>();
        auto cohort = TRY(found(cohorts.find(organisation_id, id)));
        auto tracks = unit.repository<store::TrackRepository>();
        auto track = TRY(found(tracks.find(organisation_id, cohort.track_id)));
        auto version = TRY(found(tracks.version(organisation_id, cohort.track_version_id)));
        auto const seats = cohorts.seats_taken(id);
        auto lesson_store = unit.repository<store::LessonRepository>();
        auto lessons = lesson_store.of_cohort(organisation_id, id);
        auto const parity = lesson_store.teaching_parity_of_cohort(id, unit.clock().today());
        auto funding_partner =
            cohort.funding.partner_id
                ? unit.repository<store::PartnerRepository>().find(organisation_id, cohort.funding.partner_id)
                : std::nullopt;
        return CohortDetails{std::move(cohort),
                             std::move(track),
                             std::move(version),
                             seats,
                             std::move(lessons),
                             parity,
                             std::move(funding_partner),
                             {.manage = actor.can(Permission::ManageCohorts),
                              .records = actor.can(Permission::ViewParticipants),
                              .partners = actor.can(Permission::ViewPartners)}};
    });
}

Result<long long> CohortService::create(Actor const& actor, domain::Cohort cohort)
{
    if (!actor.can(Permission::ManageCohorts))
        return fail(Error::forbidden());
    if (auto errors = domain::validate_cohort(cohort); !errors.empty())
        return fail(Error::invalid(std::move(errors)));
    cohort.organisation_id = actor.organisation_id();
    return m_units.write(actor, Permission::ManageCohorts, [&](UnitOfWork& unit) -> Result<long long> {
        TRY(require_known_funder(unit, cohort));
        auto tracks = unit.repository<store::TrackRepository>();
        auto const track = tracks.find(cohort.organisation_id, cohort.track_id);
        if (!track)
            return fail(Error::invalid({{"track_id", "errors.cohort.track_missing"}}));
        auto const version = tracks.version(cohort.organisation_id, track->current_version_id);
        if (!version || version->modules.empty())
            return fail(Error::invalid({{"track_id", "errors.cohort.track_without_modules"}}));
        cohort.track_version_id = version->id;
        // A secret nobody is given: the cohort has no calendar link until staff make one.
        cohort.calendar_token_hash = token_hash(random_token());
        cohort.calendar_link_made_at.reset();
        auto const id = unit.repository<store::CohortRepository>().insert(cohort, unit.clock().now_iso());
        unit.audit({"cohort.created", "cohort", id, cohort.name});
        return id;
    });
}

Result<void> CohortService::update(Actor const& actor, domain::Cohort cohort)
{
    if (!actor.can(Permission::ManageCohorts))
        return fail(Error::forbidden());
    if (auto errors = domain::validate_cohort(cohort); !errors.empty())
        return fail(Error::invalid(std::move(errors)));
    return m_units.write(actor, Permission::ManageCohorts, [&](UnitOfWork& unit) -> Result<void> {
        auto cohorts = unit.repository<store::CohortRepository>();
        auto const stored = TRY(found(cohorts.find(unit.organisation_id(), cohort.id)));
        TRY(require_known_funder(unit, cohort));
        // The track, its version and the calendar secret are not the form's to change.
        cohort.organisation_id = stored.organisation_id;
        cohort.track_id = stored.track_id;
        cohort.track_version_id = stored.track_version_id;
        cohort.calendar_token_hash = stored.calendar_token_hash;
        cohort.calendar_link_made_at = stored.calendar_link_made_at;
        if (cohort.coordinator_id == 0)
            cohort.coordinator_id = stored.coordinator_id;
        cohorts.update(cohort, unit.clock().now_iso());
        unit.audit({"cohort.updated", "cohort", cohort.id, {}});
        return {};
    });
}

Result<std::string> CohortService::renew_calendar_link(Actor const& actor, long long cohort_id)
{
    return m_units.write(actor, Permission::ManageCohorts, [&](UnitOfWork& unit) -> Result<std::string> {
        auto cohorts = unit.repository<store::CohortRepository>();
        auto cohort = TRY(found(cohorts.find(unit.organisation_id(), cohort_id)));
        auto token = random_token();
        cohort.calendar_token_hash = token_hash(token);
        cohort.calendar_link_made_at = unit.clock().now_iso();
        cohorts.update(cohort, *cohort.calendar_link_made_at);
        unit.audit({"cohort.calendar_link_renewed", "cohort", cohort_id, {}});
        return token;
    });
}

std::optional<domain::Error> CohortService::clash_error(store::LessonRepository& lessons,
                                                        domain::Lesson const& lesson, std::string const& key)
{
    if (lesson.status == domain::LessonStatus::Cancelled)
        return std::nullopt;
    auto const clashes = lessons.clashes(lesson, key);
    if (clashes.empty())
        return std::nullopt;
    bool const trainer = std::ranges::any_of(clashes, &store::BookingClash::same_trainer);
    auto error = Error::invalid({{trainer ? "trainer_id" : "room",
                                  trainer ? "errors.lesson.trainer_busy" : "errors.lesson.room_busy"}});
    error.code = domain::ErrorCode::Conflict;
    return error;
}

Result<ScheduleResult> CohortService::generate_schedule(Actor const& actor, long long cohort_id,
                                                        ScheduleRequest const& request)
{
    return m_units.write(actor, Permission::ManageCohorts, [&](UnitOfWork& unit) -> Result<ScheduleResult> {
        auto const organisation_id = unit.organisation_id();
        auto cohorts = unit.repository<store::CohortRepository>();
        auto const cohort = TRY(found(cohorts.find(organisation_id, cohort_id)));
        auto const version =
            unit.repository<store::TrackRepository>().version(organisation_id, cohort.track_version_id);
        if (!version || std::ranges::none_of(version->modules, [&](domain::Module const& m) {
                return m.id == request.module_id;
            }))
            return fail(Error::invalid({{"module_id", "errors.lesson.module_missing"}}));
        auto const closures = cohorts.closures(organisation_id, cohort.starts_on, cohort.ends_on);
        auto schedule =
            TRY(domain::generate_schedule(request.pattern, cohort.starts_on, cohort.ends_on, closures));

        auto lessons = unit.repository<store::LessonRepository>();
        auto const room = request.room.empty() ? cohort.room : request.room;
        auto const key = room_key(room);
        auto const now = unit.clock().now_iso();
        for (auto lesson : schedule.lessons) {
            lesson.organisation_id = organisation_id;
            lesson.cohort_id = cohort_id;
            lesson.module_id = request.module_id;
            lesson.trainer_id = request.trainer_id;
            lesson.room = room;
            if (auto error = clash_error(lessons, lesson, key))
                return fail(std::move(*error));
            lessons.insert(lesson, key, now);
        }
        unit.audit(
            {"cohort.schedule_generated", "cohort", cohort_id, std::to_string(schedule.lessons.size())});
        return ScheduleResult{static_cast<int>(schedule.lessons.size()), std::move(schedule.skipped)};
    });
}

Result<ScheduleForm> CohortService::schedule_form(Actor const& actor, long long cohort_id)
{
    return m_units.read(actor, Permission::ManageCohorts, [&](UnitOfWork& unit) -> Result<ScheduleForm> {
        auto cohort =
            TRY(found(unit.repository<store::CohortRepository>().find(unit.organisation_id(), cohort_id)));
        auto [modules, trainers] = TRY(lesson_choices(unit, cohort));
        return ScheduleForm{std::move(cohort), std::move(modules), std::move(trainers)};
    });
}

Result<LessonForm> CohortService::lesson_form(Actor const& actor, long long lesson_id)
{
    return m_units.read(actor, Permission::ManageCohorts, [&](UnitOfWork& unit) -> Result<LessonForm> {
        auto const organisation_id = unit.organisation_id();
        auto lesson = TRY(found(unit.repository<store::LessonRepository>().view(organisation_id, lesson_id)));
        auto const cohort = TRY(
            found(unit.repository<store::CohortRepository>().find(organisation_id, lesson.lesson.cohort_id)));
        auto [modules, trainers] = TRY(lesson_choices(unit, cohort));
        return LessonForm{std::move(lesson), std::move(modules), std::move(trainers)};
    });
}

Result<store::LessonView> CohortService::lesson(Actor const& actor, long long id)
{
    return m_units.read(actor, Permission::ViewTraining, [&](UnitOfWork& unit) -> Result<store::LessonView> {
        auto lesson = TRY(found(unit.repository<store::LessonRepository>().view(unit.organisation_id(), id)));
        TRY(CohortScope::of(unit).require(lesson.lesson.cohort_id));
        return lesson;
    });
}

Result<long long> CohortService::save_lesson(Actor const& actor, domain::Lesson lesson)
{
    lesson.organisation_id = actor.organisation_id();
    return m_units.write(actor, Permission::ManageCohorts, [&](UnitOfWork& unit) -> Result<long long> {
        auto lessons = unit.repository<store::LessonRepository>();
        if (lesson.id) {
            auto const stored = TRY(found(lessons.find(lesson.organisation_id, lesson.id)));
            lesson.cohort_id = stored.cohort_id;
        }
        auto const cohort = TRY(
            found(unit.repository<store::CohortRepository>().find(lesson.organisation_id, lesson.cohort_id)));
        if (auto errors = domain::validate_lesson(lesson, cohort.starts_on, cohort.ends_on); !errors.empty())
            return fail(Error::invalid(std::move(errors)));
        auto const version = unit.repository<store::TrackRepository>().version(lesson.organisation_id,
                                                                               cohort.track_version_id);
        if (!version || std::ranges::none_of(version->modules, [&](domain::Module const& m) {
                return m.id == lesson.module_id;
            }))
            return fail(Error::invalid({{"module_id", "errors.lesson.module_missing"}}));
        auto const key = room_key(lesson.room);
        if (auto error = clash_error(lessons, lesson, key))
            return fail(std::move(*error));
        auto const now = unit.clock().now_iso();
        if (lesson.id) {
            lessons.update(lesson, key, now);
            unit.audit(
                {lesson.status == domain::LessonStatus::Cancelled ? "lesson.cancelled" : "lesson.updated",
                 "lesson", lesson.id, lesson.day.iso()});
        } else {
            lesson.id = lessons.insert(lesson, key, now);
            unit.audit({"lesson.created", "lesson", lesson.id, lesson.day.iso()});
        }
        return lesson.id;
    });
}

} // namespace tremplin::service

#include "service/cohort_service.hpp"

#include "service/audit_trail.hpp"
#include "service/secrets.hpp"
#include "store/track_repository.hpp"

#include <algorithm>
#include <cctype>

namespace tremplin::service {

using domain::Error;
using domain::fail;
using domain::Permission;
using store::Transaction;

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

domain::Result<std::vector<store::CohortSummary>> CohortService::cohorts(Actor const& actor)
{
    if (!actor.can(Permission::ViewTraining))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    return store::CohortRepository(connection).list(actor.organisation_id());
}

domain::Result<CohortDetails> CohortService::cohort(Actor const& actor, long long id)
{
    if (!actor.can(Permission::ViewTraining))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    store::CohortRepository cohorts(connection);
    auto cohort = cohorts.find(actor.organisation_id(), id);
    if (!cohort)
        return fail(Error::not_found());
    store::TrackRepository tracks(connection);
    auto track = tracks.find(actor.organisation_id(), cohort->track_id);
    auto version = tracks.version(actor.organisation_id(), cohort->track_version_id);
    if (!track || !version)
        return fail(Error::not_found());
    auto const seats = cohorts.seats_taken(id);
    store::LessonRepository lesson_store(connection);
    auto lessons = lesson_store.of_cohort(actor.organisation_id(), id);
    auto const parity = lesson_store.teaching_parity_of_cohort(id, m_clock.today());
    return CohortDetails{
        std::move(*cohort), std::move(*track), std::move(*version), seats, std::move(lessons), parity};
}

domain::Result<long long> CohortService::create(Actor const& actor, domain::Cohort cohort)
{
    if (!actor.can(Permission::ManageCohorts))
        return fail(Error::forbidden());
    if (auto errors = domain::validate_cohort(cohort); !errors.empty())
        return fail(Error::invalid(std::move(errors)));
    cohort.organisation_id = actor.organisation_id();
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    store::TrackRepository tracks(connection);
    auto const track = tracks.find(cohort.organisation_id, cohort.track_id);
    if (!track)
        return fail(Error::invalid({{"track_id", "errors.cohort.track_missing"}}));
    auto const version = tracks.version(cohort.organisation_id, track->current_version_id);
    if (!version || version->modules.empty())
        return fail(Error::invalid({{"track_id", "errors.cohort.track_without_modules"}}));
    cohort.track_version_id = version->id;
    cohort.calendar_token = random_token();
    auto const id = store::CohortRepository(connection).insert(cohort, m_clock.now_iso());
    record_audit(connection, m_clock, actor, {"cohort.created", "cohort", id, cohort.name});
    transaction.commit();
    return id;
}

domain::Result<void> CohortService::update(Actor const& actor, domain::Cohort cohort)
{
    if (!actor.can(Permission::ManageCohorts))
        return fail(Error::forbidden());
    if (auto errors = domain::validate_cohort(cohort); !errors.empty())
        return fail(Error::invalid(std::move(errors)));
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    store::CohortRepository cohorts(connection);
    auto const stored = cohorts.find(actor.organisation_id(), cohort.id);
    if (!stored)
        return fail(Error::not_found());
    // The track, its version and the calendar secret are not the form's to change.
    cohort.organisation_id = stored->organisation_id;
    cohort.track_id = stored->track_id;
    cohort.track_version_id = stored->track_version_id;
    cohort.calendar_token = stored->calendar_token;
    if (cohort.coordinator_id == 0)
        cohort.coordinator_id = stored->coordinator_id;
    cohorts.update(cohort, m_clock.now_iso());
    record_audit(connection, m_clock, actor, {"cohort.updated", "cohort", cohort.id, {}});
    transaction.commit();
    return {};
}

domain::Result<void> CohortService::renew_calendar_link(Actor const& actor, long long cohort_id)
{
    if (!actor.can(Permission::ManageCohorts))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    store::CohortRepository cohorts(connection);
    auto cohort = cohorts.find(actor.organisation_id(), cohort_id);
    if (!cohort)
        return fail(Error::not_found());
    cohort->calendar_token = random_token();
    cohorts.update(*cohort, m_clock.now_iso());
    record_audit(connection, m_clock, actor, {"cohort.calendar_link_renewed", "cohort", cohort_id, {}});
    transaction.commit();
    return {};
}

domain::Result<domain::Cohort> CohortService::cohort_by_calendar_token(std::string const& token)
{
    if (token.size() < 32)
        return fail(Error::not_found());
    auto connection = m_database.connect();
    auto cohort = store::CohortRepository(connection).find_by_calendar_token(token);
    if (!cohort || !same_secret(cohort->calendar_token, token))
        return fail(Error::not_found());
    return std::move(*cohort);
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

domain::Result<ScheduleResult> CohortService::generate_schedule(Actor const& actor, long long cohort_id,
                                                                ScheduleRequest const& request)
{
    if (!actor.can(Permission::ManageCohorts))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    auto const cohort = store::CohortRepository(connection).find(actor.organisation_id(), cohort_id);
    if (!cohort)
        return fail(Error::not_found());
    auto const version =
        store::TrackRepository(connection).version(actor.organisation_id(), cohort->track_version_id);
    if (!version || std::ranges::none_of(version->modules,
                                         [&](domain::Module const& m) { return m.id == request.module_id; }))
        return fail(Error::invalid({{"module_id", "errors.lesson.module_missing"}}));
    auto const closures = store::CohortRepository(connection)
                              .closures(actor.organisation_id(), cohort->starts_on, cohort->ends_on);
    auto schedule = domain::generate_schedule(request.pattern, cohort->starts_on, cohort->ends_on, closures);
    if (!schedule)
        return fail(std::move(schedule.error()));

    store::LessonRepository lessons(connection);
    auto const room = request.room.empty() ? cohort->room : request.room;
    auto const key = room_key(room);
    auto const now = m_clock.now_iso();
    for (auto lesson : schedule->lessons) {
        lesson.organisation_id = actor.organisation_id();
        lesson.cohort_id = cohort_id;
        lesson.module_id = request.module_id;
        lesson.trainer_id = request.trainer_id;
        lesson.room = room;
        if (auto error = clash_error(lessons, lesson, key))
            return fail(std::move(*error));
        lessons.insert(lesson, key, now);
    }
    record_audit(
        connection, m_clock, actor,
        {"cohort.schedule_generated", "cohort", cohort_id, std::to_string(schedule->lessons.size())});
    transaction.commit();
    return ScheduleResult{static_cast<int>(schedule->lessons.size()), std::move(schedule->skipped)};
}

domain::Result<store::LessonView> CohortService::lesson(Actor const& actor, long long id)
{
    if (!actor.can(Permission::ViewTraining))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    auto lesson = store::LessonRepository(connection).view(actor.organisation_id(), id);
    if (!lesson)
        return fail(Error::not_found());
    return std::move(*lesson);
}

domain::Result<long long> CohortService::save_lesson(Actor const& actor, domain::Lesson lesson)
{
    if (!actor.can(Permission::ManageCohorts))
        return fail(Error::forbidden());
    lesson.organisation_id = actor.organisation_id();
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    store::LessonRepository lessons(connection);
    if (lesson.id) {
        auto const stored = lessons.find(lesson.organisation_id, lesson.id);
        if (!stored)
            return fail(Error::not_found());
        lesson.cohort_id = stored->cohort_id;
    }
    auto const cohort = store::CohortRepository(connection).find(lesson.organisation_id, lesson.cohort_id);
    if (!cohort)
        return fail(Error::not_found());
    if (auto errors = domain::validate_lesson(lesson, cohort->starts_on, cohort->ends_on); !errors.empty())
        return fail(Error::invalid(std::move(errors)));
    auto const version =
        store::TrackRepository(connection).version(lesson.organisation_id, cohort->track_version_id);
    if (!version || std::ranges::none_of(version->modules,
                                         [&](domain::Module const& m) { return m.id == lesson.module_id; }))
        return fail(Error::invalid({{"module_id", "errors.lesson.module_missing"}}));
    auto const key = room_key(lesson.room);
    if (auto error = clash_error(lessons, lesson, key))
        return fail(std::move(*error));
    auto const now = m_clock.now_iso();
    if (lesson.id) {
        lessons.update(lesson, key, now);
        record_audit(
            connection, m_clock, actor,
            {lesson.status == domain::LessonStatus::Cancelled ? "lesson.cancelled" : "lesson.updated",
             "lesson", lesson.id, lesson.day.iso()});
    } else {
        lesson.id = lessons.insert(lesson, key, now);
        record_audit(connection, m_clock, actor, {"lesson.created", "lesson", lesson.id, lesson.day.iso()});
    }
    transaction.commit();
    return lesson.id;
}

} // namespace tremplin::service

#include "service/attendance_service.hpp"

#include "service/audit_trail.hpp"
#include "store/cohort_repository.hpp"
#include "store/organisation_repository.hpp"

#include <algorithm>

namespace tremplin::service {

using domain::Error;
using domain::fail;
using domain::Permission;
using store::Transaction;

namespace {

// A trainer acts on the lessons she gives; other roles on every lesson.
std::optional<long long> own_trainer_id(store::Connection& connection, Actor const& actor)
{
    if (actor.account.role != domain::Role::Trainer)
        return std::nullopt;
    auto const trainer =
        store::TrainerRepository(connection).find_by_account(actor.organisation_id(), actor.account.id);
    return trainer ? trainer->id : -1; // -1: an account with no trainer record gives no lesson
}

} // namespace

domain::Result<std::vector<store::LessonView>> AttendanceService::lessons_on(Actor const& actor,
                                                                             domain::Date day)
{
    if (!actor.can(Permission::ViewTraining))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    return store::LessonRepository(connection)
        .on_day(actor.organisation_id(), day, own_trainer_id(connection, actor));
}

domain::Result<store::LessonView> AttendanceService::lesson_for_sheet(store::Connection& connection,
                                                                      Actor const& actor, long long lesson_id)
{
    if (!actor.can(Permission::TakeAttendance))
        return fail(Error::forbidden());
    auto lesson = store::LessonRepository(connection).view(actor.organisation_id(), lesson_id);
    if (!lesson)
        return fail(Error::not_found());
    if (auto const own = own_trainer_id(connection, actor); own && *own != lesson->lesson.trainer_id)
        return fail(Error::forbidden());
    return std::move(*lesson);
}

domain::Result<AttendanceSheet> AttendanceService::sheet(Actor const& actor, long long lesson_id)
{
    auto connection = m_database.connect();
    auto lesson = lesson_for_sheet(connection, actor, lesson_id);
    if (!lesson)
        return fail(std::move(lesson.error()));
    auto rows = store::AttendanceRepository(connection)
                    .sheet(actor.organisation_id(), lesson->lesson.cohort_id, lesson_id, lesson->lesson.day);
    bool const taken = lesson->sheet_taken;
    return AttendanceSheet{std::move(*lesson), std::move(rows), taken};
}

domain::Result<void> AttendanceService::save_sheet(Actor const& actor, long long lesson_id,
                                                   std::vector<domain::AttendanceEntry> const& entries)
{
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    auto const lesson = lesson_for_sheet(connection, actor, lesson_id);
    if (!lesson)
        return fail(lesson.error());
    auto const& l = lesson->lesson;
    if (l.status == domain::LessonStatus::Cancelled)
        return fail(Error{domain::ErrorCode::Conflict, "errors.attendance.lesson_cancelled", {}});
    if (l.day > m_clock.today())
        return fail(Error{domain::ErrorCode::Conflict, "errors.attendance.lesson_in_future", {}});

    store::AttendanceRepository attendance(connection);
    auto const expected = attendance.sheet(actor.organisation_id(), l.cohort_id, lesson_id, l.day);
    std::vector<domain::FieldError> errors;
    std::vector<store::AttendanceRow> rows;
    for (auto const& entry : entries) {
        auto const trainee = std::ranges::find(expected, entry.enrolment_id, &store::SheetRow::enrolment_id);
        if (trainee == expected.end()) {
            errors.push_back({"sheet", "errors.attendance.not_in_cohort"});
            continue;
        }
        auto row_errors = domain::validate_attendance(entry, l.minutes());
        errors.insert(errors.end(), row_errors.begin(), row_errors.end());
        rows.push_back({entry, trainee->participant_id, domain::minutes_attended(entry, l.minutes())});
    }
    if (!errors.empty())
        return fail(Error::invalid(std::move(errors)));
    attendance.replace_sheet(actor.organisation_id(), l.cohort_id, lesson_id, l.day, rows, actor.account.id,
                             m_clock.now_iso());
    record_audit(connection, m_clock, actor,
                 {"attendance.recorded", "lesson", lesson_id, std::to_string(rows.size())});
    transaction.commit();
    return {};
}

domain::Result<std::map<long long, TraineeAttendance>>
AttendanceService::cohort_attendance(Actor const& actor, long long cohort_id)
{
    if (!actor.can(Permission::ViewTraining))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    if (!store::CohortRepository(connection).find(actor.organisation_id(), cohort_id))
        return fail(Error::not_found());
    auto const threshold =
        store::OrganisationRepository(connection).minimum_attendance_percent(actor.organisation_id());
    auto const records = store::AttendanceRepository(connection).records(cohort_id);
    std::map<long long, TraineeAttendance> result;
    for (auto const& record : records)
        result[record.enrolment_id] = {
            record.enrolment_id, record.minutes_attended, record.rate_percent(), {}};
    for (auto const& alert : domain::attendance_alerts(records, threshold))
        result[alert.enrolment_id].alerts.push_back(alert);
    return result;
}

domain::Result<CentreHours> AttendanceService::centre_hours(Actor const& actor, int year)
{
    if (!actor.can(Permission::ViewAggregates))
        return fail(Error::forbidden());
    auto const from = domain::Date::from_parts(year, 1, 1);
    auto const to = domain::Date::from_parts(year, 12, 31);
    if (!from || !to)
        return fail(Error::not_found());
    auto connection = m_database.connect();
    auto const org = actor.organisation_id();
    store::AttendanceRepository attendance(connection);
    CentreHours hours{
        attendance.minutes_of_centre(org, *from, *to), {}, attendance.minutes_by_funder(org, *from, *to), {}};
    auto figures_of = [&](std::string const& code) -> TrackFigures& {
        auto found = std::ranges::find(hours.by_track, code, &TrackFigures::track_code);
        return found != hours.by_track.end() ? *found
                                             : hours.by_track.emplace_back(TrackFigures{code, 0, {}});
    };
    for (auto const& line : attendance.minutes_by_track(org, *from, *to))
        figures_of(line.key).minutes_attended = line.minutes;
    auto const taught_until = std::min(*to, m_clock.today());
    for (auto const& line : store::LessonRepository(connection).teaching_by_track(org, *from, taught_until)) {
        bool const woman = line.gender == domain::code_of(domain::Gender::Woman);
        for (auto* parity : {&figures_of(line.track_code).parity, &hours.parity}) {
            parity->minutes_in_all += line.minutes;
            parity->minutes_by_women += woman ? line.minutes : 0;
        }
    }
    std::ranges::sort(hours.by_track, {}, &TrackFigures::track_code);
    return hours;
}

} // namespace tremplin::service

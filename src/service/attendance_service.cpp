#include "service/attendance_service.hpp"

#include "domain/attendance_import.hpp"
#include "service/cohort_scope.hpp"
#include "store/cohort_repository.hpp"
#include "store/enrolment_repository.hpp"
#include "store/organisation_repository.hpp"

#include <algorithm>

namespace tremplin::service {

using domain::Error;
using domain::fail;
using domain::found;
using domain::Permission;
using domain::Result;

namespace {

// A trainer acts on the lessons she gives; other roles on every lesson.
std::optional<long long> own_trainer_id(UnitOfWork& unit)
{
    auto const& actor = unit.actor();
    if (actor.account.role != domain::Role::Trainer)
        return std::nullopt;
    auto const trainer =
        unit.repository<store::TrainerRepository>().find_by_account(unit.organisation_id(), actor.account.id);
    return trainer ? trainer->id : -1; // -1: an account with no trainer record gives no lesson
}

} // namespace

Result<std::vector<store::LessonView>> AttendanceService::lessons_on(Actor const& actor, domain::Date day)
{
    return m_units.read(actor, Permission::ViewTraining,
                        [&](UnitOfWork& unit) -> Result<std::vector<store::LessonView>> {
                            return unit.repository<store::LessonRepository>().on_day(
                                unit.organisation_id(), day, own_trainer_id(unit));
                        });
}

// The unit has checked that the actor may take attendance at all.
Result<store::LessonView> AttendanceService::lesson_for_sheet(UnitOfWork& unit, long long lesson_id)
{
    auto lesson =
        TRY(found(unit.repository<store::LessonRepository>().view(unit.organisation_id(), lesson_id)));
    // A cohort she does not teach is not found; another trainer's lesson of hers is refused.
    TRY(CohortScope::of(unit).require(lesson.lesson.cohort_id));
    if (auto const own = own_trainer_id(unit); own && *own != lesson.lesson.trainer_id)
        return fail(Error::forbidden());
    return lesson;
}

Result<AttendanceSheet> AttendanceService::sheet(Actor const& actor, long long lesson_id)
{
    return m_units.read(actor, Permission::TakeAttendance, [&](UnitOfWork& unit) -> Result<AttendanceSheet> {
        auto lesson = TRY(lesson_for_sheet(unit, lesson_id));
        auto rows = unit.repository<store::AttendanceRepository>().sheet(
            unit.organisation_id(), lesson.lesson.cohort_id, lesson_id, lesson.lesson.day);
        bool const taken = lesson.sheet_taken;
        return AttendanceSheet{std::move(lesson), std::move(rows), taken};
    });
}

Result<AttendanceSheet> AttendanceService::sheet_for_export(Actor const& actor, long long lesson_id)
{
    return m_units.read(actor, Permission::TakeAttendance, [&](UnitOfWork& unit) -> Result<AttendanceSheet> {
        auto lesson = TRY(lesson_for_sheet(unit, lesson_id));
        auto rows = unit.repository<store::AttendanceRepository>().sheet(
            unit.organisation_id(), lesson.lesson.cohort_id, lesson_id, lesson.lesson.day);
        unit.audit({"lesson.attendance_exported", "lesson", lesson_id,
                    audit_detail({{"format", "csv"}, {"rows", std::to_string(rows.size())}})});
        bool const taken = lesson.sheet_taken;
        return AttendanceSheet{std::move(lesson), std::move(rows), taken};
    });
}

Result<void> AttendanceService::save_sheet(Actor const& actor, long long lesson_id,
                                           std::vector<domain::AttendanceEntry> const& entries)
{
    return m_units.write(actor, Permission::TakeAttendance, [&](UnitOfWork& unit) -> Result<void> {
        auto const lesson = TRY(lesson_for_sheet(unit, lesson_id));
        TRY(save_entries(unit, lesson, entries, {}));
        unit.audit({"attendance.recorded", "lesson", lesson_id, std::to_string(entries.size())});
        return {};
    });
}

Result<int> AttendanceService::import_sheet(
    Actor const& actor, long long lesson_id, std::string_view csv,
    std::function<std::optional<domain::AttendanceMark>(std::string_view)> const& mark_named)
{
    return m_units.write(actor, Permission::TakeAttendance, [&](UnitOfWork& unit) -> Result<int> {
        auto const lesson = TRY(lesson_for_sheet(unit, lesson_id));
        auto const imported = TRY(domain::read_attendance_csv(csv, mark_named));
        std::vector<domain::AttendanceEntry> entries;
        std::vector<int> lines;
        for (auto const& mark : imported) {
            entries.push_back(mark.entry);
            lines.push_back(mark.line);
        }
        // Whoever the file leaves out keeps what was recorded for her.
        auto const expected = unit.repository<store::AttendanceRepository>().sheet(
            unit.organisation_id(), lesson.lesson.cohort_id, lesson_id, lesson.lesson.day);
        for (auto const& row : expected) {
            bool const in_file = std::ranges::any_of(
                entries, [&](auto const& entry) { return entry.enrolment_id == row.enrolment_id; });
            if (row.mark && !in_file) {
                entries.push_back({row.enrolment_id, *row.mark, row.late_minutes, row.minutes_attended});
                lines.push_back(0);
            }
        }
        TRY(save_entries(unit, lesson, entries, lines));
        unit.audit({"attendance.imported", "lesson", lesson_id, std::to_string(imported.size())});
        return static_cast<int>(imported.size());
    });
}

Result<void> AttendanceService::save_entries(UnitOfWork& unit, store::LessonView const& lesson,
                                             std::vector<domain::AttendanceEntry> const& entries,
                                             std::vector<int> const& lines)
{
    auto const& l = lesson.lesson;
    if (l.status == domain::LessonStatus::Cancelled)
        return fail(Error{domain::ErrorCode::Conflict, "errors.attendance.lesson_cancelled", {}});
    if (l.day > unit.clock().today())
        return fail(Error{domain::ErrorCode::Conflict, "errors.attendance.lesson_in_future", {}});

    auto attendance = unit.repository<store::AttendanceRepository>();
    auto const expected = attendance.sheet(unit.organisation_id(), l.cohort_id, l.id, l.day);
    std::vector<domain::FieldError> errors;
    std::vector<store::AttendanceRow> rows;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        auto const& entry = entries[i];
        int const line = i < lines.size() ? lines[i] : 0;
        auto const trainee = std::ranges::find(expected, entry.enrolment_id, &store::SheetRow::enrolment_id);
        if (trainee == expected.end()) {
            if (line)
                return fail(domain::import_error(line, "errors.import.unknown_trainee"));
            errors.push_back({"sheet", "errors.attendance.not_in_cohort"});
            continue;
        }
        auto row_errors = domain::validate_attendance(entry, l.minutes());
        if (line && !row_errors.empty()) {
            // "errors.attendance.late_missing" names her on the sheet; the import names the line.
            auto const& key = row_errors.front().message_key;
            return fail(domain::import_error(line, "errors.import." + key.substr(key.rfind('.') + 1)));
        }
        errors.insert(errors.end(), row_errors.begin(), row_errors.end());
        rows.push_back({entry, trainee->participant_id, domain::minutes_attended(entry, l.minutes())});
    }
    if (!errors.empty())
        return fail(Error::invalid(std::move(errors)));
    attendance.replace_sheet(unit.organisation_id(), l.cohort_id, l.id, l.day, rows, unit.actor().account.id,
                             unit.clock().now_iso());
    return {};
}

Result<std::map<long long, TraineeAttendance>> AttendanceService::cohort_attendance(Actor const& actor,
                                                                                    long long cohort_id)
{
    return m_units.read(
        actor, Permission::ViewTraining,
        [&](UnitOfWork& unit) -> Result<std::map<long long, TraineeAttendance>> {
            auto const organisation_id = unit.organisation_id();
            TRY(CohortScope::of(unit).require(cohort_id));
            TRY(found(unit.repository<store::CohortRepository>().find(organisation_id, cohort_id)));
            auto const threshold =
                unit.repository<store::OrganisationRepository>().minimum_attendance_percent(organisation_id);
            auto const records = unit.repository<store::AttendanceRepository>().records(cohort_id);
            std::map<long long, TraineeAttendance> result;
            for (auto const& record : records)
                result[record.enrolment_id] = {
                    record.enrolment_id, record.minutes_attended, record.rate_percent(), {}};
            for (auto const& alert : domain::attendance_alerts(records, threshold))
                result[alert.enrolment_id].alerts.push_back(alert);
            return result;
        });
}

Result<std::vector<AlertLine>> AttendanceService::alerts(Actor const& actor)
{
    return m_units.read(
        actor, Permission::ViewParticipants, [&](UnitOfWork& unit) -> Result<std::vector<AlertLine>> {
            auto const org = unit.organisation_id();
            auto const threshold =
                unit.repository<store::OrganisationRepository>().minimum_attendance_percent(org);
            auto attendance = unit.repository<store::AttendanceRepository>();
            auto enrolments = unit.repository<store::EnrolmentRepository>();
            std::vector<AlertLine> lines;
            for (auto const& summary :
                 unit.repository<store::CohortRepository>().list(org, unit.clock().today())) {
                auto const records = attendance.records(summary.cohort.id);
                auto const alerts = domain::attendance_alerts(records, threshold);
                if (alerts.empty())
                    continue;
                for (auto const& view : enrolments.of_cohort(org, summary.cohort.id)) {
                    if (!domain::holds_seat(view.enrolment.stage))
                        continue;
                    AlertLine line{summary.cohort.id,
                                   summary.cohort.name,
                                   view.enrolment.participant_id,
                                   view.first_name + " " + view.last_name,
                                   {}};
                    for (auto const& alert : alerts)
                        if (alert.enrolment_id == view.enrolment.id)
                            line.alerts.push_back(alert);
                    if (!line.alerts.empty())
                        lines.push_back(std::move(line));
                }
            }
            return lines;
        });
}

Result<CentreHours> AttendanceService::centre_hours(Actor const& actor, int year)
{
    if (!actor.can(Permission::ViewAggregates))
        return fail(Error::forbidden());
    auto const from = domain::Date::from_parts(year, 1, 1);
    auto const to = domain::Date::from_parts(year, 12, 31);
    if (!from || !to)
        return fail(Error::not_found());
    return m_units.read(actor, Permission::ViewAggregates, [&](UnitOfWork& unit) -> Result<CentreHours> {
        auto const org = unit.organisation_id();
        auto attendance = unit.repository<store::AttendanceRepository>();
        CentreHours hours{attendance.minutes_of_centre(org, *from, *to),
                          {},
                          attendance.minutes_by_funder(org, *from, *to),
                          {}};
        auto figures_of = [&](std::string const& code) -> TrackFigures& {
            auto known = std::ranges::find(hours.by_track, code, &TrackFigures::track_code);
            return known != hours.by_track.end() ? *known
                                                 : hours.by_track.emplace_back(TrackFigures{code, 0, {}});
        };
        for (auto const& line : attendance.minutes_by_track(org, *from, *to))
            figures_of(line.key).minutes_attended = line.minutes;
        auto const taught_until = std::min(*to, unit.clock().today());
        for (auto const& line :
             unit.repository<store::LessonRepository>().teaching_by_track(org, *from, taught_until)) {
            bool const woman = line.gender == domain::code_of(domain::Gender::Woman);
            for (auto* parity : {&figures_of(line.track_code).parity, &hours.parity}) {
                parity->minutes_in_all += line.minutes;
                parity->minutes_by_women += woman ? line.minutes : 0;
            }
        }
        std::ranges::sort(hours.by_track, {}, &TrackFigures::track_code);
        return hours;
    });
}

} // namespace tremplin::service

#pragma once

// The attendance sheet of a lesson and the training hours summed from it. A trainer takes the
// sheets of her own lessons only; coordinators and the director take any.

#include "domain/attendance.hpp"
#include "domain/cohort.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "service/unit_of_work.hpp"
#include "store/attendance_repository.hpp"
#include "store/database.hpp"
#include "store/lesson_repository.hpp"

#include <functional>
#include <map>
#include <vector>

namespace tremplin::service {

// A trainee's line of a sheet, with what was recorded (a read model of the store).
using SheetRow = store::SheetRow;

struct AttendanceSheet {
    store::LessonView lesson;
    std::vector<store::SheetRow> rows;
    bool taken = false; // saved at least once
};

// A trainee of the cohort with her hours, her rate over lessons held so far, and her alerts.
struct TraineeAttendance {
    long long enrolment_id = 0;
    long long minutes_attended = 0;
    std::optional<int> rate_percent;
    std::vector<domain::AttendanceAlert> alerts;
};

// A track's line of the yearly figures.
struct TrackFigures {
    std::string track_code;
    long long minutes_attended = 0;
    domain::TeachingParity parity;
};

// A trainee of a running cohort whose attendance needs a word with her.
struct AlertLine {
    long long cohort_id = 0;
    std::string cohort_name;
    long long participant_id = 0;
    std::string name;
    std::vector<domain::AttendanceAlert> alerts;
};

struct CentreHours {
    long long minutes = 0;
    std::vector<TrackFigures> by_track;
    std::vector<store::MinutesBy> by_funder;
    domain::TeachingParity parity; // the whole year's
};

class AttendanceService {
  public:
    AttendanceService(store::Database& database, Clock const& clock) : m_units(database, clock) {}

    Clock const& clock() const { return m_units.clock(); }

    // Lessons on a day: a trainer sees hers, others every lesson of the centre.
    domain::Result<std::vector<store::LessonView>> lessons_on(Actor const& actor, domain::Date day);

    domain::Result<AttendanceSheet> sheet(Actor const& actor, long long lesson_id);
    // The same sheet taken away as a file (CSV): an export, audited with its rows.
    domain::Result<AttendanceSheet> sheet_for_export(Actor const& actor, long long lesson_id);
    // Saves the whole sheet or nothing. Every trainee on it must be expected on the lesson.
    domain::Result<void> save_sheet(Actor const& actor, long long lesson_id,
                                    std::vector<domain::AttendanceEntry> const& entries);

    // A sheet filled in a spreadsheet (domain/attendance_import.hpp), applied whole or not at
    // all; an error names the line. Trainees the file leaves out keep what was recorded.
    domain::Result<int>
    import_sheet(Actor const& actor, long long lesson_id, std::string_view csv,
                 std::function<std::optional<domain::AttendanceMark>(std::string_view)> const& mark_named);

    // Per enrolment of the cohort; alerts use the centre's threshold.
    domain::Result<std::map<long long, TraineeAttendance>> cohort_attendance(Actor const& actor,
                                                                             long long cohort_id);
    // The alert list: trainees of the cohorts running today, still in training, with an alert.
    domain::Result<std::vector<AlertLine>> alerts(Actor const& actor);

    // Hours attended and teaching parity of a year, up to today: lessons to come are not taught yet.
    domain::Result<CentreHours> centre_hours(Actor const& actor, int year);

  private:
    // Checks the entries against the lesson and its trainees and saves them, or nothing.
    domain::Result<void> save_entries(UnitOfWork& unit, store::LessonView const& lesson,
                                      std::vector<domain::AttendanceEntry> const& entries,
                                      std::vector<int> const& lines);
    // The lesson, if the actor may take its sheet.
    domain::Result<store::LessonView> lesson_for_sheet(UnitOfWork& unit, long long lesson_id);

    UnitsOfWork m_units;
};

} // namespace tremplin::service

#pragma once

// Attendance rows and the training hours summed from them (never a stored counter).

#include "domain/attendance.hpp"
#include "store/database.hpp"

#include <map>
#include <optional>
#include <vector>

namespace tremplin::store {

// A trainee expected on a lesson, with what was recorded for her if the sheet was taken.
struct SheetRow {
    long long enrolment_id = 0;
    long long participant_id = 0;
    std::string first_name;
    std::string last_name;
    std::optional<domain::AttendanceMark> mark;
    int late_minutes = 0;
    int minutes_attended = 0;
};

// A recorded mark, as the register lists it.
struct RecordedMark {
    long long lesson_id = 0;
    long long enrolment_id = 0;
    domain::AttendanceMark mark = domain::AttendanceMark::Present;
    int late_minutes = 0;
    int minutes_attended = 0;
};

struct AttendanceRow {
    domain::AttendanceEntry entry;
    long long participant_id = 0;
    int minutes_attended = 0;
};

// Minutes attended, summed under a label (a track, a funder, a module, a day).
struct MinutesBy {
    std::string key;
    long long minutes = 0;
};

struct DayMinutes {
    long long participant_id = 0;
    domain::Date day;
    long long minutes = 0;
};

class AttendanceRepository {
  public:
    explicit AttendanceRepository(Connection& connection) : m_connection(connection) {}

    // Trainees enrolled on the lesson's day and not gone before it, and anyone already marked,
    // in alphabetical order. A lesson before her enrolment is not hers: she is not on its sheet.
    std::vector<SheetRow> sheet(long long organisation_id, long long cohort_id, long long lesson_id,
                                domain::Date day);

    // Replaces every row of the lesson by `rows`.
    void replace_sheet(long long organisation_id, long long cohort_id, long long lesson_id, domain::Date day,
                       std::vector<AttendanceRow> const& rows, long long recorded_by, std::string const& now);

    // Every mark recorded for the cohort, in one read.
    std::vector<RecordedMark> marks_of_cohort(long long cohort_id);

    // Each trainee's marks in lesson order, and her minutes attended out of those held.
    std::vector<domain::AttendanceRecord> records(long long cohort_id);

    std::map<long long, long long> minutes_by_enrolment(long long cohort_id);
    long long minutes_of_cohort(long long cohort_id);
    // Between two days, both included.
    long long minutes_of_centre(long long organisation_id, domain::Date from, domain::Date to);
    std::vector<MinutesBy> minutes_by_track(long long organisation_id, domain::Date from, domain::Date to);
    std::vector<MinutesBy> minutes_by_funder(long long organisation_id, domain::Date from, domain::Date to);
    // Module id (as text) -> minutes she attended.
    std::vector<MinutesBy> minutes_by_module(long long enrolment_id);
    // Per trainee and day, for the monthly statement; `cohort_id` 0: the whole centre.
    std::vector<DayMinutes> minutes_by_day(long long organisation_id, long long cohort_id, domain::Date from,
                                           domain::Date to);

  private:
    Connection& m_connection;
};

} // namespace tremplin::store

#pragma once

// Attendance: one row per trainee per lesson carrying the minutes she attended
// (docs/design.md "Attendance rows", after PMM service deliveries). Training hours are always a
// sum of these rows, never a stored counter.

#include "domain/codes.hpp"
#include "domain/date.hpp"
#include "domain/error.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tremplin::domain {

enum class AttendanceMark { Present, Late, Excused, Unexcused };

// A row of the attendance sheet as the trainer fills it in.
struct AttendanceEntry {
    long long enrolment_id = 0;
    AttendanceMark mark = AttendanceMark::Present;
    int late_minutes = 0;                // only for Late
    std::optional<int> minutes_attended; // partial attendance; nothing: follows from the mark
};

// Minutes she attended: what was typed, else the whole lesson when present, the lesson less
// the minutes late when late, none when absent.
int minutes_attended(AttendanceEntry const& entry, int lesson_minutes);

// Errors name the row's fields as "<field>-<enrolment id>" (e.g. "minutes-42"): negative
// minutes, more than the lesson, late without minutes.
std::vector<FieldError> validate_attendance(AttendanceEntry const& entry, int lesson_minutes);

// Hours shown to people: minutes as hours with at most two decimals ("7", "6.5", "2.25").
std::string hours_of(long long minutes);
// Reads hours as typed ("2,5", "2.5", "2h30", "2:30") into minutes; nothing when unreadable.
// A leading minus is read, not refused ("-1" -> -60), so that validation can say the minutes
// are negative instead of unreadable.
std::optional<int> parse_hours(std::string_view text);

// One trainee's marks on the lessons held since her enrolment, oldest first.
struct AttendanceRecord {
    long long enrolment_id = 0;
    std::vector<AttendanceMark> marks;
    long long minutes_attended = 0;
    long long minutes_held = 0; // of the lessons she was marked on

    // Whole percent of held minutes attended; nothing before any lesson was held.
    std::optional<int> rate_percent() const;
};

enum class AttendanceAlertKind { ConsecutiveUnexcused, LowRate };

struct AttendanceAlert {
    long long enrolment_id = 0;
    AttendanceAlertKind kind;
    int value = 0; // the run of absences, or the rate in percent
};

// Three unexcused absences in a row (at the end of her record or anywhere in it), or a rate
// under `minimum_rate_percent` (a centre's setting). Any other mark, an excused absence
// included, ends a run: she told the centre why. The rate is read from the record's minutes.
std::vector<AttendanceAlert> attendance_alerts(std::span<AttendanceRecord const> records,
                                               int minimum_rate_percent, int consecutive_absences = 3);

template <> struct Codes<AttendanceMark> {
    static constexpr std::array table{
        std::pair{AttendanceMark::Present, std::string_view("present")},
        std::pair{AttendanceMark::Late, std::string_view("late")},
        std::pair{AttendanceMark::Excused, std::string_view("excused")},
        std::pair{AttendanceMark::Unexcused, std::string_view("unexcused")},
    };
};

template <> struct Codes<AttendanceAlertKind> {
    static constexpr std::array table{
        std::pair{AttendanceAlertKind::ConsecutiveUnexcused, std::string_view("consecutive_unexcused")},
        std::pair{AttendanceAlertKind::LowRate, std::string_view("low_rate")},
    };
};

} // namespace tremplin::domain

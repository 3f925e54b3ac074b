#pragma once

// Lessons and how a cohort's timetable is generated from a weekly pattern.
// Times are local to the centre (Europe/Brussels): a day plus minutes since midnight.

#include "domain/calendar.hpp"
#include "domain/codes.hpp"
#include "domain/error.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tremplin::domain {

// "09:00" -> 540; also "9:00", "9h00", "9h" and "09.30" as people write them in Brussels.
// Nothing for anything that is not a time of day, "24:00" included.
std::optional<int> parse_time_of_day(std::string_view text);
std::string time_of_day(int minutes); // 540 -> "09:00"

enum class LessonStatus { Planned, Cancelled };

struct Lesson {
    long long id = 0;
    long long organisation_id = 0;
    long long cohort_id = 0;
    long long module_id = 0;
    long long trainer_id = 0; // 0: not yet assigned
    std::string room;
    Date day;
    int starts_at = 0; // minutes since midnight
    int ends_at = 0;
    LessonStatus status = LessonStatus::Planned;

    int minutes() const { return ends_at - starts_at; }
    bool overlaps(Lesson const& other) const
    {
        return day == other.day && starts_at < other.ends_at && other.starts_at < ends_at;
    }
};

// A lesson as typed: checked against the cohort's dates, and its end after its start.
std::vector<FieldError> validate_lesson(Lesson const& lesson, Date cohort_starts_on, Date cohort_ends_on);

struct WeeklySlot {
    int weekday = 1; // ISO: Monday 1 .. Sunday 7
    int starts_at = 0;
    int ends_at = 0;
};

struct WeeklyPattern {
    Date from;
    Date to;
    std::vector<WeeklySlot> slots;
};

struct SkippedDay {
    Date day;
    std::string reason; // a holiday's catalogue key ("holidays.easter_monday") or the closure's label
};

struct GeneratedSchedule {
    std::vector<Lesson> lessons; // day and times only; the caller sets cohort, module, trainer, room
    std::vector<SkippedDay> skipped;
};

// Every slot of the pattern between `from` and `to` (both included), skipping Belgian public
// holidays and the closure days. Errors: "to" before "from", a slot ending before it starts, no
// slot, dates outside the cohort's.
Result<GeneratedSchedule> generate_schedule(WeeklyPattern const& pattern, Date cohort_starts_on,
                                            Date cohort_ends_on, std::vector<ClosureDay> const& closures);

template <> struct Codes<LessonStatus> {
    static constexpr std::array table{
        std::pair{LessonStatus::Planned, std::string_view("planned")},
        std::pair{LessonStatus::Cancelled, std::string_view("cancelled")},
    };
};

} // namespace tremplin::domain

#include "domain/attendance.hpp"

#include "domain/text.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace tremplin::domain {

namespace {

constexpr std::size_t most_hour_digits = 4; // 9,999 hours: more than any course, and no overflow

bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

std::optional<int> read_number(std::string_view text, std::size_t most_digits)
{
    if (text.empty() || text.size() > most_digits || !std::ranges::all_of(text, is_digit))
        return std::nullopt;
    int value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

std::string row_field(std::string_view field, long long enrolment_id)
{
    return std::string(field) + "-" + std::to_string(enrolment_id);
}

// Whole percent, rounded half up, of two non-negative counts.
int percent_of(long long part, long long whole)
{
    return static_cast<int>((200 * part + whole) / (2 * whole));
}

// Unsigned hours as typed: "2", "2,5", "2.25", "2h", "2h30", "2:30".
std::optional<int> read_hours(std::string_view text)
{
    auto const separator = text.find_first_of(",.hH:");
    auto const hours = read_number(text.substr(0, separator), most_hour_digits);
    if (!hours)
        return std::nullopt;
    if (separator == std::string_view::npos)
        return *hours * 60;
    auto const after = text.substr(separator + 1);
    switch (text[separator]) {
    case ',':
    case '.': {
        // Two decimals at most, as hours_of writes them; a hundredth of an hour is 0.6 minute,
        // rounded half up, so that every figure hours_of shows reads back as the same minutes.
        auto const fraction = read_number(after, 2);
        if (!fraction)
            return std::nullopt;
        int const hundredths = after.size() == 1 ? *fraction * 10 : *fraction;
        return *hours * 60 + (hundredths * 60 + 50) / 100;
    }
    default: {
        bool const may_omit_minutes = text[separator] != ':';
        if (after.empty() && may_omit_minutes)
            return *hours * 60;
        auto const minutes = after.size() == 2 ? read_number(after, 2) : std::nullopt;
        if (!minutes || *minutes > 59)
            return std::nullopt;
        return *hours * 60 + *minutes;
    }
    }
}

int longest_unexcused_run(std::vector<AttendanceMark> const& marks)
{
    int longest = 0;
    int run = 0;
    for (auto mark : marks) {
        run = mark == AttendanceMark::Unexcused ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

} // namespace

int minutes_attended(AttendanceEntry const& entry, int lesson_minutes)
{
    if (entry.minutes_attended)
        return *entry.minutes_attended;
    switch (entry.mark) {
    case AttendanceMark::Present:
        return lesson_minutes;
    case AttendanceMark::Late:
        return std::max(0, lesson_minutes - entry.late_minutes);
    case AttendanceMark::Excused:
    case AttendanceMark::Unexcused:
        return 0;
    }
    return 0;
}

std::vector<FieldError> validate_attendance(AttendanceEntry const& entry, int lesson_minutes)
{
    std::vector<FieldError> errors;
    if (entry.minutes_attended) {
        auto const field = row_field("minutes", entry.enrolment_id);
        if (*entry.minutes_attended < 0)
            errors.push_back({field, "errors.attendance.minutes_negative"});
        else if (*entry.minutes_attended > lesson_minutes)
            errors.push_back({field, "errors.attendance.minutes_too_many"});
    }
    if (entry.mark == AttendanceMark::Late) {
        auto const field = row_field("late", entry.enrolment_id);
        if (entry.late_minutes <= 0)
            errors.push_back({field, "errors.attendance.late_missing"});
        else if (entry.late_minutes >= lesson_minutes)
            errors.push_back({field, "errors.attendance.late_too_long"});
    }
    return errors;
}

std::string hours_of(long long minutes)
{
    bool const negative = minutes < 0;
    long long const magnitude = negative ? -minutes : minutes;
    // Hundredths of an hour, rounded half up: 100 * minutes / 60 = 5 * minutes / 3.
    long long const hundredths = (10 * magnitude + 3) / 6;
    long long const whole = hundredths / 100;
    long long const fraction = hundredths % 100;
    char buffer[32];
    if (fraction == 0)
        std::snprintf(buffer, sizeof buffer, "%lld", whole);
    else if (fraction % 10 == 0)
        std::snprintf(buffer, sizeof buffer, "%lld.%lld", whole, fraction / 10);
    else
        std::snprintf(buffer, sizeof buffer, "%lld.%02lld", whole, fraction);
    return (negative ? "-" : "") + std::string(buffer);
}

std::optional<int> parse_hours(std::string_view text)
{
    auto written = trimmed(text);
    bool const negative = written.starts_with('-');
    if (negative)
        written.remove_prefix(1);
    auto const minutes = read_hours(written);
    if (!minutes)
        return std::nullopt;
    return negative ? -*minutes : *minutes;
}

std::optional<int> AttendanceRecord::rate_percent() const
{
    if (minutes_held <= 0)
        return std::nullopt;
    return percent_of(minutes_attended, minutes_held);
}

std::vector<AttendanceAlert> attendance_alerts(std::span<AttendanceRecord const> records,
                                               int minimum_rate_percent, int consecutive_absences)
{
    std::vector<AttendanceAlert> alerts;
    for (auto const& record : records) {
        int const run = longest_unexcused_run(record.marks);
        if (run > 0 && run >= consecutive_absences)
            alerts.push_back({record.enrolment_id, AttendanceAlertKind::ConsecutiveUnexcused, run});
        auto const rate = record.rate_percent();
        if (rate && *rate < minimum_rate_percent)
            alerts.push_back({record.enrolment_id, AttendanceAlertKind::LowRate, *rate});
    }
    return alerts;
}

} // namespace tremplin::domain

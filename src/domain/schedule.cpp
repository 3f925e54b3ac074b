#include "domain/schedule.hpp"

#include "domain/text.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <map>

namespace tremplin::domain {

namespace {

constexpr int minutes_in_a_day = 24 * 60;

bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

bool is_time(int minutes)
{
    return minutes >= 0 && minutes <= minutes_in_a_day;
}

// One or two digits, the whole of `text`.
std::optional<int> read_digits(std::string_view text)
{
    if (text.empty() || text.size() > 2 || !std::ranges::all_of(text, is_digit))
        return std::nullopt;
    int value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

// Adds a problem once: three slots with the same fault make one message, not three.
void add_once(std::vector<FieldError>& errors, std::string field, std::string key)
{
    FieldError error{std::move(field), std::move(key)};
    if (std::ranges::find(errors, error) == errors.end())
        errors.push_back(std::move(error));
}

std::vector<FieldError> check_pattern(WeeklyPattern const& pattern, Date cohort_starts_on,
                                      Date cohort_ends_on)
{
    std::vector<FieldError> errors;
    if (pattern.from < cohort_starts_on || pattern.from > cohort_ends_on)
        add_once(errors, "from", "errors.schedule.outside_cohort");
    if (pattern.to < pattern.from)
        add_once(errors, "to", "errors.schedule.to_before_from");
    else if (pattern.to < cohort_starts_on || pattern.to > cohort_ends_on)
        add_once(errors, "to", "errors.schedule.outside_cohort");
    if (pattern.slots.empty())
        add_once(errors, "slots", "errors.schedule.no_slot");
    for (auto const& slot : pattern.slots) {
        if (slot.weekday < 1 || slot.weekday > 7)
            add_once(errors, "slots", "errors.schedule.bad_weekday");
        if (!is_time(slot.starts_at) || !is_time(slot.ends_at))
            add_once(errors, "slots", "errors.schedule.time_invalid");
        else if (slot.ends_at <= slot.starts_at)
            add_once(errors, "slots", "errors.schedule.end_before_start");
    }
    return errors;
}

// Why no lesson is given on `day`, or nothing when the centre teaches. A public holiday is
// named before a closure that falls on it: the law closed the day first.
std::optional<std::string> reason_to_skip(Date day, std::vector<ClosureDay> const& closures,
                                          std::map<int, std::vector<Holiday>>& holidays_by_year)
{
    auto [year, inserted] = holidays_by_year.try_emplace(day.year());
    if (inserted)
        year->second = belgian_public_holidays(day.year());
    auto holiday = std::ranges::find(year->second, day, &Holiday::day);
    if (holiday != year->second.end())
        return "holidays." + std::string(holiday->code);
    auto closure = std::ranges::find(closures, day, &ClosureDay::day);
    if (closure != closures.end())
        return closure->label;
    return std::nullopt;
}

} // namespace

std::optional<int> parse_time_of_day(std::string_view text)
{
    auto const time = trimmed(text);
    // "9:00", "09.30", "9h00", "9h": hours, a separator, then two digits of minutes, which
    // only the Belgian "h" may leave out.
    auto const separator = time.find_first_of(":.hH");
    if (separator == std::string_view::npos)
        return std::nullopt;
    auto const hours = read_digits(time.substr(0, separator));
    auto const minutes_text = time.substr(separator + 1);
    std::optional<int> minutes;
    if (minutes_text.empty() && (time[separator] == 'h' || time[separator] == 'H'))
        minutes = 0;
    else if (minutes_text.size() == 2)
        minutes = read_digits(minutes_text);
    if (!hours || !minutes || *hours > 23 || *minutes > 59)
        return std::nullopt;
    return *hours * 60 + *minutes;
}

std::string time_of_day(int minutes)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", minutes / 60, minutes % 60);
    return buffer;
}

std::vector<FieldError> validate_lesson(Lesson const& lesson, Date cohort_starts_on, Date cohort_ends_on)
{
    std::vector<FieldError> errors;
    if (lesson.day < cohort_starts_on || lesson.day > cohort_ends_on)
        errors.push_back({"day", "errors.lesson.outside_cohort"});
    bool const times_are_real = is_time(lesson.starts_at) && is_time(lesson.ends_at);
    if (!is_time(lesson.starts_at))
        errors.push_back({"starts_at", "errors.lesson.time_invalid"});
    if (!is_time(lesson.ends_at))
        errors.push_back({"ends_at", "errors.lesson.time_invalid"});
    if (times_are_real && lesson.ends_at <= lesson.starts_at)
        errors.push_back({"ends_at", "errors.lesson.end_before_start"});
    if (lesson.module_id == 0)
        errors.push_back({"module_id", "errors.lesson.module_missing"});
    refuse_control_characters(errors, "room", trimmed(lesson.room));
    return errors;
}

Result<GeneratedSchedule> generate_schedule(WeeklyPattern const& pattern, Date cohort_starts_on,
                                            Date cohort_ends_on, std::vector<ClosureDay> const& closures)
{
    if (auto errors = check_pattern(pattern, cohort_starts_on, cohort_ends_on); !errors.empty())
        return fail(Error::invalid(std::move(errors)));

    auto slots = pattern.slots;
    std::ranges::sort(slots, {}, [](WeeklySlot const& slot) {
        return std::pair{slot.starts_at, slot.ends_at};
    });

    GeneratedSchedule schedule;
    std::map<int, std::vector<Holiday>> holidays_by_year;
    for (long day_number = pattern.from.days_since_epoch(); day_number <= pattern.to.days_since_epoch();
         ++day_number) {
        Date const day = Date::from_days_since_epoch(day_number);
        int const weekday = iso_weekday(day);
        if (std::ranges::find(slots, weekday, &WeeklySlot::weekday) == slots.end())
            continue;
        if (auto reason = reason_to_skip(day, closures, holidays_by_year)) {
            schedule.skipped.push_back({day, std::move(*reason)});
            continue;
        }
        for (auto const& slot : slots) {
            if (slot.weekday != weekday)
                continue;
            Lesson lesson;
            lesson.day = day;
            lesson.starts_at = slot.starts_at;
            lesson.ends_at = slot.ends_at;
            lesson.status = LessonStatus::Planned;
            schedule.lessons.push_back(std::move(lesson));
        }
    }
    return schedule;
}

} // namespace tremplin::domain

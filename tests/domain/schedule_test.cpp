#include "domain/schedule.hpp"

#include <algorithm>

#include <gtest/gtest.h>

using namespace tremplin::domain;

namespace {

Date on(std::string_view iso)
{
    return Date::parse_iso(iso).value();
}

constexpr int monday = 1;
constexpr int tuesday = 2;
constexpr int wednesday = 3;
constexpr int friday = 5;

Date const cohort_starts_on = on("2026-03-02");
Date const cohort_ends_on = on("2026-06-30");

WeeklyPattern two_weeks_around_easter()
{
    // Given out of order on purpose: the lessons come out by date, then time.
    return {on("2026-03-30"),
            on("2026-04-10"),
            {{friday, 13 * 60, 16 * 60},
             {monday, 13 * 60 + 30, 16 * 60},
             {wednesday, 9 * 60, 12 * 60},
             {monday, 9 * 60, 12 * 60 + 30}}};
}

std::vector<std::string> lines_of(std::vector<Lesson> const& lessons)
{
    std::vector<std::string> lines;
    for (auto const& lesson : lessons)
        lines.push_back(lesson.day.iso() + " " + time_of_day(lesson.starts_at) + "-" +
                        time_of_day(lesson.ends_at));
    return lines;
}

std::vector<std::string> lines_of(std::vector<SkippedDay> const& skipped)
{
    std::vector<std::string> lines;
    for (auto const& day : skipped)
        lines.push_back(day.day.iso() + " " + day.reason);
    return lines;
}

std::vector<FieldError> errors_of(WeeklyPattern const& pattern)
{
    auto result = generate_schedule(pattern, cohort_starts_on, cohort_ends_on, {});
    EXPECT_FALSE(result);
    if (result)
        return {};
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    return result.error().fields;
}

bool contains(std::vector<FieldError> const& errors, std::string_view field, std::string_view key)
{
    return std::ranges::find(errors, FieldError{std::string(field), std::string(key)}) != errors.end();
}

} // namespace

TEST(TimeOfDay, ReadsTheWaysPeopleWriteATime)
{
    EXPECT_EQ(parse_time_of_day("09:00"), 540);
    EXPECT_EQ(parse_time_of_day("9:00"), 540);
    EXPECT_EQ(parse_time_of_day("9h00"), 540);
    EXPECT_EQ(parse_time_of_day("9h"), 540);
    EXPECT_EQ(parse_time_of_day("9H30"), 570);
    EXPECT_EQ(parse_time_of_day("09.30"), 570);
    EXPECT_EQ(parse_time_of_day(" 13:45 "), 13 * 60 + 45);
    EXPECT_EQ(parse_time_of_day("0:00"), 0);
    EXPECT_EQ(parse_time_of_day("23:59"), 23 * 60 + 59);
}

TEST(TimeOfDay, RefusesWhatIsNotATimeOfDay)
{
    for (auto text : {"", "24:00", "25:00", "9:60", "9:5", "9:", "9.", ":30", "900", "9", "nine", "9h00h",
                      "-1:00", "9:00am", "123:00", "9 h"})
        EXPECT_FALSE(parse_time_of_day(text)) << text;
}

TEST(TimeOfDay, WritesHoursAndMinutesWithTwoDigits)
{
    EXPECT_EQ(time_of_day(540), "09:00");
    EXPECT_EQ(time_of_day(0), "00:00");
    EXPECT_EQ(time_of_day(13 * 60 + 5), "13:05");
    EXPECT_EQ(time_of_day(23 * 60 + 59), "23:59");
}

TEST(TimeOfDay, ReadsBackWhatItWrites)
{
    for (int minutes = 0; minutes < 24 * 60; ++minutes)
        EXPECT_EQ(parse_time_of_day(time_of_day(minutes)), minutes);
}

TEST(Lesson, OverlapsOnlyAnotherLessonOnTheSameDayAtTheSameTime)
{
    Lesson morning;
    morning.day = on("2026-03-02");
    morning.starts_at = 9 * 60;
    morning.ends_at = 12 * 60;
    Lesson afternoon = morning;
    afternoon.starts_at = 12 * 60;
    afternoon.ends_at = 15 * 60;
    Lesson late_morning = morning;
    late_morning.starts_at = 11 * 60;
    late_morning.ends_at = 13 * 60;
    Lesson next_day = morning;
    next_day.day = on("2026-03-03");
    EXPECT_FALSE(morning.overlaps(afternoon));
    EXPECT_TRUE(morning.overlaps(late_morning));
    EXPECT_TRUE(late_morning.overlaps(afternoon));
    EXPECT_FALSE(morning.overlaps(next_day));
    EXPECT_EQ(morning.minutes(), 180);
}

TEST(LessonValidation, AcceptsALessonWithinTheCohort)
{
    Lesson lesson;
    lesson.module_id = 7;
    lesson.day = cohort_ends_on;
    lesson.starts_at = 9 * 60;
    lesson.ends_at = 24 * 60;
    EXPECT_TRUE(validate_lesson(lesson, cohort_starts_on, cohort_ends_on).empty());
}

TEST(LessonValidation, RefusesADayOutsideTheCohortAnEndBeforeTheStartAndNoModule)
{
    Lesson lesson;
    lesson.day = on("2026-07-01");
    lesson.starts_at = 14 * 60;
    lesson.ends_at = 14 * 60;
    EXPECT_EQ(validate_lesson(lesson, cohort_starts_on, cohort_ends_on),
              (std::vector<FieldError>{{"day", "errors.lesson.outside_cohort"},
                                       {"ends_at", "errors.lesson.end_before_start"},
                                       {"module_id", "errors.lesson.module_missing"}}));
    lesson.day = on("2026-03-01");
    EXPECT_TRUE(contains(validate_lesson(lesson, cohort_starts_on, cohort_ends_on), "day",
                         "errors.lesson.outside_cohort"));
}

TEST(LessonValidation, RefusesTimesOutsideTheDayWithOneMessagePerField)
{
    Lesson lesson;
    lesson.module_id = 7;
    lesson.day = cohort_starts_on;
    lesson.starts_at = -30;
    lesson.ends_at = 24 * 60 + 1;
    EXPECT_EQ(validate_lesson(lesson, cohort_starts_on, cohort_ends_on),
              (std::vector<FieldError>{{"starts_at", "errors.lesson.time_invalid"},
                                       {"ends_at", "errors.lesson.time_invalid"}}));
}

TEST(GenerateSchedule, GivesEveryMatchingDayItsLessonsInDateThenTimeOrder)
{
    auto schedule = generate_schedule(two_weeks_around_easter(), cohort_starts_on, cohort_ends_on, {});
    ASSERT_TRUE(schedule);
    EXPECT_EQ(lines_of(schedule->lessons), (std::vector<std::string>{
                                               "2026-03-30 09:00-12:30",
                                               "2026-03-30 13:30-16:00",
                                               "2026-04-01 09:00-12:00",
                                               "2026-04-03 13:00-16:00",
                                               "2026-04-08 09:00-12:00",
                                               "2026-04-10 13:00-16:00",
                                           }));
    for (auto const& lesson : schedule->lessons) {
        EXPECT_EQ(lesson.status, LessonStatus::Planned);
        EXPECT_EQ(lesson.cohort_id, 0);
        EXPECT_EQ(lesson.module_id, 0);
    }
}

TEST(GenerateSchedule, SkipsEasterMondayOnceForAllItsSlots)
{
    auto schedule = generate_schedule(two_weeks_around_easter(), cohort_starts_on, cohort_ends_on, {});
    ASSERT_TRUE(schedule);
    EXPECT_EQ(lines_of(schedule->skipped), (std::vector<std::string>{"2026-04-06 holidays.easter_monday"}));
}

TEST(GenerateSchedule, SkipsTheCentresClosureDaysWithTheirLabel)
{
    std::vector<ClosureDay> const closures{{1, 1, on("2026-04-08"), "Staff training day"},
                                           {2, 1, on("2026-04-07"), "Tuesday without lessons anyway"},
                                           {3, 1, on("2026-04-06"), "Easter break"}};
    auto schedule = generate_schedule(two_weeks_around_easter(), cohort_starts_on, cohort_ends_on, closures);
    ASSERT_TRUE(schedule);
    EXPECT_EQ(lines_of(schedule->skipped), (std::vector<std::string>{"2026-04-06 holidays.easter_monday",
                                                                     "2026-04-08 Staff training day"}));
    EXPECT_EQ(schedule->lessons.size(), 5u);
}

TEST(GenerateSchedule, IncludesBothEndsOfThePattern)
{
    WeeklyPattern const pattern{on("2026-03-02"), on("2026-03-09"), {{monday, 9 * 60, 12 * 60}}};
    auto schedule = generate_schedule(pattern, cohort_starts_on, cohort_ends_on, {});
    ASSERT_TRUE(schedule);
    EXPECT_EQ(lines_of(schedule->lessons),
              (std::vector<std::string>{"2026-03-02 09:00-12:00", "2026-03-09 09:00-12:00"}));
}

TEST(GenerateSchedule, SkipsHolidaysOfEachYearItCrosses)
{
    WeeklyPattern const pattern{on("2026-12-21"), on("2027-01-08"), {{friday, 9 * 60, 12 * 60}}};
    auto schedule = generate_schedule(pattern, on("2026-09-01"), on("2027-06-30"), {});
    ASSERT_TRUE(schedule);
    EXPECT_EQ(lines_of(schedule->skipped),
              (std::vector<std::string>{"2026-12-25 holidays.christmas", "2027-01-01 holidays.new_year"}));
    EXPECT_EQ(lines_of(schedule->lessons), (std::vector<std::string>{"2027-01-08 09:00-12:00"}));
}

TEST(GenerateSchedule, GivesNothingWhenNoSlotFallsInTheDates)
{
    WeeklyPattern const pattern{on("2026-03-03"), on("2026-03-03"), {{monday, 9 * 60, 12 * 60}}};
    auto schedule = generate_schedule(pattern, cohort_starts_on, cohort_ends_on, {});
    ASSERT_TRUE(schedule);
    EXPECT_TRUE(schedule->lessons.empty());
    EXPECT_TRUE(schedule->skipped.empty());
}

TEST(GenerateSchedule, RefusesAnEndBeforeTheStart)
{
    auto pattern = two_weeks_around_easter();
    pattern.to = on("2026-03-29");
    EXPECT_EQ(errors_of(pattern), (std::vector<FieldError>{{"to", "errors.schedule.to_before_from"}}));
}

TEST(GenerateSchedule, RefusesDatesOutsideTheCohort)
{
    auto pattern = two_weeks_around_easter();
    pattern.from = on("2026-03-01");
    pattern.to = on("2026-07-01");
    EXPECT_EQ(errors_of(pattern), (std::vector<FieldError>{{"from", "errors.schedule.outside_cohort"},
                                                           {"to", "errors.schedule.outside_cohort"}}));
    pattern.from = on("2026-07-01");
    pattern.to = on("2026-07-03");
    EXPECT_EQ(errors_of(pattern), (std::vector<FieldError>{{"from", "errors.schedule.outside_cohort"},
                                                           {"to", "errors.schedule.outside_cohort"}}));
}

TEST(GenerateSchedule, RefusesAPatternWithoutSlots)
{
    auto pattern = two_weeks_around_easter();
    pattern.slots.clear();
    EXPECT_EQ(errors_of(pattern), (std::vector<FieldError>{{"slots", "errors.schedule.no_slot"}}));
}

TEST(GenerateSchedule, RefusesSlotsThatEndBeforeTheyStartOrOnNoDay)
{
    auto pattern = two_weeks_around_easter();
    pattern.slots.push_back({tuesday, 12 * 60, 9 * 60});
    pattern.slots.push_back({wednesday, 12 * 60, 12 * 60});
    pattern.slots.push_back({8, 9 * 60, 12 * 60});
    pattern.slots.push_back({0, 9 * 60, 12 * 60});
    pattern.slots.push_back({friday, 23 * 60, 25 * 60});
    EXPECT_EQ(errors_of(pattern), (std::vector<FieldError>{{"slots", "errors.schedule.end_before_start"},
                                                           {"slots", "errors.schedule.bad_weekday"},
                                                           {"slots", "errors.schedule.time_invalid"}}));
}

TEST(GenerateSchedule, ListsEveryProblemAtOnce)
{
    WeeklyPattern const pattern{on("2026-07-10"), on("2026-07-01"), {}};
    auto const errors = errors_of(pattern);
    EXPECT_TRUE(contains(errors, "from", "errors.schedule.outside_cohort"));
    EXPECT_TRUE(contains(errors, "to", "errors.schedule.to_before_from"));
    EXPECT_TRUE(contains(errors, "slots", "errors.schedule.no_slot"));
}

TEST(LessonStatus, HasStableCodes)
{
    EXPECT_EQ(code_of(LessonStatus::Planned), "planned");
    EXPECT_EQ(from_code<LessonStatus>("cancelled"), LessonStatus::Cancelled);
    EXPECT_FALSE(from_code<LessonStatus>("postponed"));
}

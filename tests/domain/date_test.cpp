#include "domain/date.hpp"
#include "domain/timestamp.hpp"

#include <gtest/gtest.h>

using namespace tremplin::domain;

TEST(Date, AcceptsRealDatesAndRefusesOthers)
{
    EXPECT_TRUE(Date::from_parts(2024, 2, 29));
    EXPECT_FALSE(Date::from_parts(2023, 2, 29));
    EXPECT_FALSE(Date::from_parts(2026, 4, 31));
    EXPECT_FALSE(Date::from_parts(2026, 13, 1));
    EXPECT_FALSE(Date::from_parts(2026, 0, 1));
    EXPECT_TRUE(Date::from_parts(2000, 2, 29));
    EXPECT_FALSE(Date::from_parts(1900, 2, 29));
}

TEST(Date, ReadsAndWritesIso)
{
    auto date = Date::parse_iso("1988-03-27");
    ASSERT_TRUE(date);
    EXPECT_EQ(date->iso(), "1988-03-27");
    EXPECT_FALSE(Date::parse_iso("1988-3-27"));
    EXPECT_FALSE(Date::parse_iso("1988/03/27"));
    EXPECT_FALSE(Date::parse_iso("1988-02-30"));
}

TEST(Date, CountsDaysFromTheEpochBothWays)
{
    for (long day : {-800000L, -1L, 0L, 1L, 19000L, 20781L, 2932896L}) {
        auto const date = Date::from_days_since_epoch(day);
        EXPECT_EQ(date.days_since_epoch(), day) << date.iso();
    }
    EXPECT_EQ(Date::from_days_since_epoch(0).iso(), "1970-01-01");
    EXPECT_EQ(Date::parse_iso("2026-11-24")->days_since_epoch(), 20781);
}

TEST(Date, MovesByDaysAcrossMonthAndYearEnds)
{
    auto const day = [](std::string_view iso) { return *Date::parse_iso(iso); };
    EXPECT_EQ(day("2026-03-12").plus_days(0), day("2026-03-12"));
    EXPECT_EQ(day("2026-04-30").plus_days(1), day("2026-05-01"));
    EXPECT_EQ(day("2026-12-31").plus_days(1), day("2027-01-01"));
    EXPECT_EQ(day("2026-12-25").plus_days(14), day("2027-01-08"));
    EXPECT_EQ(day("2026-01-31").plus_days(365), day("2027-01-31"));
}

TEST(Date, MovesByDaysThroughTheTwentyNinthOfFebruaryOfALeapYear)
{
    auto const day = [](std::string_view iso) { return *Date::parse_iso(iso); };
    EXPECT_EQ(day("2028-02-28").plus_days(1), day("2028-02-29"));
    EXPECT_EQ(day("2028-02-28").plus_days(2), day("2028-03-01"));
    EXPECT_EQ(day("2026-02-28").plus_days(1), day("2026-03-01"));
    EXPECT_EQ(day("2000-02-28").plus_days(1), day("2000-02-29")) << "divisible by 400: a leap year";
    EXPECT_EQ(day("2100-02-28").plus_days(1), day("2100-03-01")) << "divisible by 100 only: not one";
}

TEST(Date, MovesBackByANegativeNumberOfDays)
{
    auto const day = [](std::string_view iso) { return *Date::parse_iso(iso); };
    EXPECT_EQ(day("2027-01-01").plus_days(-1), day("2026-12-31"));
    EXPECT_EQ(day("2028-03-01").plus_days(-1), day("2028-02-29"));
    EXPECT_EQ(day("2026-05-01").plus_days(-31), day("2026-03-31"));
    EXPECT_EQ(day("1970-01-01").plus_days(-1), day("1969-12-31")) << "before the epoch";
    EXPECT_EQ(day("2026-03-12").plus_days(-28).plus_days(28), day("2026-03-12"));
}

TEST(Date, AgeChangesOnTheBirthday)
{
    auto const born = *Date::parse_iso("1990-06-15");
    EXPECT_EQ(born.years_until(*Date::parse_iso("2026-06-14")), 35);
    EXPECT_EQ(born.years_until(*Date::parse_iso("2026-06-15")), 36);
}

TEST(DateFields, ReadsThreeFieldsForgivingSpacesAndLeadingZeros)
{
    DateProblem problem{};
    auto date = read_date_fields({" 07", "03 ", "1988"}, problem);
    ASSERT_TRUE(date);
    EXPECT_EQ(date->iso(), "1988-03-07");
}

TEST(DateFields, SaysWhichPartIsMissing)
{
    DateProblem problem{};
    EXPECT_FALSE(read_date_fields({"", "", ""}, problem));
    EXPECT_EQ(problem, DateProblem::Missing);
    EXPECT_FALSE(read_date_fields({"", "3", "1988"}, problem));
    EXPECT_EQ(problem, DateProblem::MissingDay);
    EXPECT_FALSE(read_date_fields({"7", "", "1988"}, problem));
    EXPECT_EQ(problem, DateProblem::MissingMonth);
    EXPECT_FALSE(read_date_fields({"7", "3", ""}, problem));
    EXPECT_EQ(problem, DateProblem::MissingYear);
}

TEST(DateFields, RefusesDatesThatAreNotReal)
{
    DateProblem problem{};
    EXPECT_FALSE(read_date_fields({"31", "2", "2001"}, problem));
    EXPECT_EQ(problem, DateProblem::NotReal);
    EXPECT_FALSE(read_date_fields({"1", "2", "88"}, problem)) << "a two-digit year cannot say its century";
    EXPECT_EQ(problem, DateProblem::NotReal);
    EXPECT_FALSE(read_date_fields({"one", "2", "1988"}, problem));
    EXPECT_EQ(problem, DateProblem::NotReal);
}

TEST(YearMonth, CountsMonthsUntilADate)
{
    auto const since = *YearMonth::parse_iso("2025-09");
    EXPECT_EQ(since.months_until(*Date::parse_iso("2026-11-24")), 14);
    EXPECT_FALSE(YearMonth::parse_iso("2025-13"));
}

TEST(Timestamp, RoundTripsIsoUtc)
{
    auto const instant = parse_iso_timestamp("2026-11-24T18:54:19Z");
    ASSERT_TRUE(instant);
    EXPECT_EQ(iso_timestamp(*instant), "2026-11-24T18:54:19Z");
    EXPECT_EQ(utc_date_of(*instant).iso(), "2026-11-24");
    EXPECT_FALSE(parse_iso_timestamp("2026-11-24 18:54:19"));
    EXPECT_FALSE(parse_iso_timestamp("2026-11-24T25:00:00Z"));
}

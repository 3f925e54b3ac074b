#include "domain/calendar.hpp"

#include <algorithm>

#include <gtest/gtest.h>

using namespace tremplin::domain;

namespace {

Date on(std::string_view iso)
{
    return Date::parse_iso(iso).value();
}

std::optional<Date> holiday(int year, std::string_view code)
{
    for (auto const& holiday : belgian_public_holidays(year))
        if (holiday.code == code)
            return holiday.day;
    return std::nullopt;
}

} // namespace

TEST(IsoWeekday, PutsTheFirstDayOfTheEpochOnAThursday)
{
    EXPECT_EQ(iso_weekday(on("1970-01-01")), 4);
    EXPECT_EQ(iso_weekday(on("1970-01-04")), 7);
    EXPECT_EQ(iso_weekday(on("1970-01-05")), 1);
}

TEST(IsoWeekday, CountsMondayAsOneAndSundayAsSevenBeforeAndAfterTheEpoch)
{
    EXPECT_EQ(iso_weekday(on("2026-11-23")), 1);
    EXPECT_EQ(iso_weekday(on("2026-11-29")), 7);
    EXPECT_EQ(iso_weekday(on("1969-12-31")), 3);
    EXPECT_EQ(iso_weekday(on("1969-12-28")), 7);
    EXPECT_EQ(iso_weekday(on("1944-06-06")), 2);
    EXPECT_EQ(iso_weekday(on("2000-02-29")), 2);
}

TEST(EasterSunday, FallsOnTheKnownDates)
{
    EXPECT_EQ(easter_sunday(2024).iso(), "2024-03-31");
    EXPECT_EQ(easter_sunday(2025).iso(), "2025-04-20");
    EXPECT_EQ(easter_sunday(2026).iso(), "2026-04-05");
    EXPECT_EQ(easter_sunday(2027).iso(), "2027-03-28");
    EXPECT_EQ(easter_sunday(2008).iso(), "2008-03-23");
    EXPECT_EQ(easter_sunday(1818).iso(), "1818-03-22");
}

TEST(EasterSunday, ReachesTheEarliestAndLatestPossibleDays)
{
    EXPECT_EQ(easter_sunday(2285).iso(), "2285-03-22");
    EXPECT_EQ(easter_sunday(2038).iso(), "2038-04-25");
    EXPECT_EQ(easter_sunday(1943).iso(), "1943-04-25");
}

TEST(EasterSunday, IsAlwaysASundayBetweenTheTwentySecondOfMarchAndTheTwentyFifthOfApril)
{
    for (int year = 1600; year <= 2600; ++year) {
        auto const easter = easter_sunday(year);
        EXPECT_EQ(iso_weekday(easter), 7) << year;
        EXPECT_GE(easter, *Date::from_parts(year, 3, 22)) << year;
        EXPECT_LE(easter, *Date::from_parts(year, 4, 25)) << year;
    }
}

TEST(BelgianHolidays, AreTheTenLegalDaysInDateOrder)
{
    auto const holidays = belgian_public_holidays(2026);
    ASSERT_EQ(holidays.size(), 10u);
    std::vector<std::string> listed;
    for (auto const& holiday : holidays)
        listed.push_back(holiday.day.iso() + " " + std::string(holiday.code));
    EXPECT_EQ(listed, (std::vector<std::string>{
                          "2026-01-01 new_year",
                          "2026-04-06 easter_monday",
                          "2026-05-01 labour_day",
                          "2026-05-14 ascension",
                          "2026-05-25 whit_monday",
                          "2026-07-21 national_day",
                          "2026-08-15 assumption",
                          "2026-11-01 all_saints",
                          "2026-11-11 armistice",
                          "2026-12-25 christmas",
                      }));
}

TEST(BelgianHolidays, PutsEasterMondayTheDayAfterEaster)
{
    EXPECT_EQ(holiday(2025, "easter_monday")->iso(), "2025-04-21");
    EXPECT_EQ(holiday(2027, "easter_monday")->iso(), "2027-03-29");
}

TEST(BelgianHolidays, PutsAscensionAndWhitMondayAfterEaster)
{
    EXPECT_EQ(holiday(2025, "ascension")->iso(), "2025-05-29");
    EXPECT_EQ(holiday(2025, "whit_monday")->iso(), "2025-06-09");
    EXPECT_EQ(iso_weekday(*holiday(2031, "ascension")), 4);
    EXPECT_EQ(iso_weekday(*holiday(2031, "whit_monday")), 1);
}

TEST(BelgianHolidays, SortsAnAscensionThatComesBeforeLabourDay)
{
    auto const holidays = belgian_public_holidays(2285);
    EXPECT_EQ(holiday(2285, "ascension")->iso(), "2285-04-30");
    EXPECT_TRUE(std::ranges::is_sorted(holidays, {}, &Holiday::day));
    EXPECT_EQ(holidays[2].code, "ascension");
    EXPECT_EQ(holidays[3].code, "labour_day");
}

TEST(BelgianHolidays, KeepsBothHolidaysWhenAscensionFallsOnLabourDay)
{
    auto const holidays = belgian_public_holidays(2008);
    ASSERT_EQ(holidays.size(), 10u);
    EXPECT_EQ(holidays[2].day.iso(), "2008-05-01");
    EXPECT_EQ(holidays[2].code, "labour_day");
    EXPECT_EQ(holidays[3].day.iso(), "2008-05-01");
    EXPECT_EQ(holidays[3].code, "ascension");
}

TEST(BelgianHolidays, AreInDateOrderEveryYear)
{
    for (int year = 1900; year <= 2400; ++year) {
        auto const holidays = belgian_public_holidays(year);
        EXPECT_EQ(holidays.size(), 10u);
        EXPECT_TRUE(std::ranges::is_sorted(holidays, {}, &Holiday::day)) << year;
    }
}

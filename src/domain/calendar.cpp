#include "domain/calendar.hpp"

#include <algorithm>

namespace tremplin::domain {

int iso_weekday(Date day)
{
    // 1970-01-01, day 0, was a Thursday (4); the modulo is taken towards minus infinity so that
    // dates before 1970 land on the right day too.
    long const shifted = (day.days_since_epoch() + 3) % 7;
    return static_cast<int>(shifted < 0 ? shifted + 7 : shifted) + 1;
}

// The Meeus/Jones/Butcher algorithm (J. Meeus, Astronomical Algorithms, ch. 8), in its steps.
Date easter_sunday(int year)
{
    // 1. The year's place in the 19-year Metonic cycle, its century and year in the century.
    int const a = year % 19;
    int const b = year / 100;
    int const c = year % 100;
    // 2. The Gregorian corrections: skipped leap years and the lunar drift.
    int const d = b / 4;
    int const e = b % 4;
    int const f = (b + 8) / 25;
    int const g = (b - f + 1) / 3;
    // 3. Days from 21 March to the paschal full moon.
    int const h = (19 * a + b - d - g + 15) % 30;
    // 4. Days from that full moon to the next Sunday.
    int const i = c / 4;
    int const k = c % 4;
    int const l = (32 + 2 * e + 2 * i - h - k) % 7;
    // 5. The two exceptions that would put Easter after 25 April.
    int const m = (a + 11 * h + 22 * l) / 451;
    int const month = (h + l - 7 * m + 114) / 31;
    int const day = (h + l - 7 * m + 114) % 31 + 1;
    return Date::from_parts(year, month, day).value();
}

// Law of 4 January 1974 on public holidays (Belgium), art. 1.
std::vector<Holiday> belgian_public_holidays(int year)
{
    auto const fixed = [year](int month, int day) { return Date::from_parts(year, month, day).value(); };
    Date const easter = easter_sunday(year);
    std::vector<Holiday> holidays{
        {fixed(1, 1), "new_year"},
        {easter.plus_days(1), "easter_monday"},
        {fixed(5, 1), "labour_day"},
        {easter.plus_days(39), "ascension"},
        {easter.plus_days(50), "whit_monday"},
        {fixed(7, 21), "national_day"},
        {fixed(8, 15), "assumption"},
        {fixed(11, 1), "all_saints"},
        {fixed(11, 11), "armistice"},
        {fixed(12, 25), "christmas"},
    };
    // Ascension falls on 30 April when Easter is on 22 March (2285), and on Labour Day when it
    // is on 23 March (2008): a stable sort keeps the law's order for the shared day.
    std::ranges::stable_sort(holidays, {}, &Holiday::day);
    return holidays;
}

} // namespace tremplin::domain

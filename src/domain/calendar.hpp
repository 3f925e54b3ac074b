#pragma once

// Days the centre does not teach: Belgian public holidays, computed for any year (the movable
// ones from Easter), and the closure days the centre sets itself.

#include "domain/date.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tremplin::domain {

// Monday 1 .. Sunday 7 (ISO 8601).
int iso_weekday(Date day);

// Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm), for a year that
// Date holds (1 to 9999).
Date easter_sunday(int year);

struct Holiday {
    Date day;
    std::string_view code; // catalogue key "holidays.<code>", e.g. "easter_monday"
};

// The ten legal public holidays of Belgium (law of 4 January 1974): New Year, Easter Monday,
// Labour Day, Ascension, Whit Monday, National Day, Assumption, All Saints, Armistice,
// Christmas; in date order. Regional and community days (8 May, 27 September, 11 July) are
// not legal holidays everywhere: a centre adds them as closure days.
std::vector<Holiday> belgian_public_holidays(int year);

struct ClosureDay {
    long long id = 0;
    long long organisation_id = 0;
    Date day;
    std::string label; // written by the centre, e.g. "Staff training day"
};

} // namespace tremplin::domain

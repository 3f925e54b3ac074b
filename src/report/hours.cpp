#include "report/hours.hpp"

#include <cstdlib>

namespace tremplin::report {

namespace {

// Hundredths of an hour, rounded half away from zero, in integers so that 2 h 15 gives
// exactly "2.25" and never "2.2499999".
long long hundredths_of_hour(long long minutes)
{
    auto const scaled = std::llabs(minutes) * 100;
    auto const rounded = (scaled + 30) / 60;
    return minutes < 0 ? -rounded : rounded;
}

} // namespace

std::string hours_text(long long minutes, std::string_view decimal_separator)
{
    auto const hundredths = hundredths_of_hour(minutes);
    auto const whole = std::llabs(hundredths) / 100;
    auto fraction = std::llabs(hundredths) % 100;
    std::string text = (hundredths < 0 ? "-" : "") + std::to_string(whole);
    if (fraction == 0)
        return text;
    text += decimal_separator;
    text += static_cast<char>('0' + fraction / 10);
    if (fraction % 10 != 0)
        text += static_cast<char>('0' + fraction % 10);
    return text;
}

double hours_number(long long minutes)
{
    return static_cast<double>(hundredths_of_hour(minutes)) / 100.0;
}

} // namespace tremplin::report

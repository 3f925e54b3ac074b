#include "domain/timestamp.hpp"

#include <cstdio>

namespace tremplin::domain {

std::string iso_timestamp(Instant instant)
{
    auto const days = std::chrono::floor<std::chrono::days>(instant);
    auto const date = Date::from_days_since_epoch(days.time_since_epoch().count());
    auto const seconds = (instant - days).count();
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%sT%02lld:%02lld:%02lldZ", date.iso().c_str(),
                  static_cast<long long>(seconds / 3600), static_cast<long long>(seconds / 60 % 60),
                  static_cast<long long>(seconds % 60));
    return buffer;
}

std::optional<Instant> parse_iso_timestamp(std::string_view text)
{
    if (text.size() != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z')
        return std::nullopt;
    auto const date = Date::parse_iso(text.substr(0, 10));
    if (!date)
        return std::nullopt;
    int hours = 0, minutes = 0, seconds = 0;
    if (std::sscanf(std::string(text.substr(11, 8)).c_str(), "%2d:%2d:%2d", &hours, &minutes, &seconds) !=
            3 ||
        hours > 23 || minutes > 59 || seconds > 60)
        return std::nullopt;
    return Instant(
        std::chrono::seconds(date->days_since_epoch() * 86400LL + hours * 3600 + minutes * 60 + seconds));
}

Date utc_date_of(Instant instant)
{
    return Date::from_days_since_epoch(
        std::chrono::floor<std::chrono::days>(instant).time_since_epoch().count());
}

} // namespace tremplin::domain

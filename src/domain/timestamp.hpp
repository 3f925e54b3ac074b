#pragma once

// Instants are stored and exchanged in UTC, ISO 8601, to the second: "2026-11-24T18:54:19Z".
// Text of this form sorts in time order, in SQL as in C++.

#include "domain/date.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace tremplin::domain {

using Instant = std::chrono::sys_seconds;

std::string iso_timestamp(Instant instant);
std::optional<Instant> parse_iso_timestamp(std::string_view text);

// The calendar day of an instant in UTC.
Date utc_date_of(Instant instant);

} // namespace tremplin::domain

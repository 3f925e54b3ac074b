#pragma once

// Minutes attended as the hours people read: documents count hours, the store counts minutes.

#include <string>
#include <string_view>

namespace tremplin::report {

// Hours rounded to two decimals, trailing zeros removed: "7", "6.5", "2.25" (or "6,5" with a
// comma as separator, as a French or Dutch reader writes them).
std::string hours_text(long long minutes, std::string_view decimal_separator = ".");

// The same rounding as a number, for spreadsheet cells that must stay summable.
double hours_number(long long minutes);

} // namespace tremplin::report

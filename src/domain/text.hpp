#pragma once

// Typed text as the rules read it: the spaces, tabs and line ends around a value are not part
// of it, and a number is a whole number or nothing.

#include <optional>
#include <string_view>

namespace tremplin::domain {

std::string_view trimmed(std::string_view text);

// "12", " 12 " → 12; "", "12a", "1.5" and numbers beyond `long long` → nothing.
std::optional<long long> whole_number(std::string_view text);

} // namespace tremplin::domain

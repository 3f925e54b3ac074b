#pragma once

// Typed text as the rules read it: the spaces, tabs and line ends around a value are not part
// of it, a number is a whole number or nothing, and no control character gets in.

#include "domain/error.hpp"

#include <optional>
#include <string_view>

namespace tremplin::domain {

std::string_view trimmed(std::string_view text);

// "12", " 12 " → 12; "", "12a", "1.5" and numbers beyond `long long` → nothing.
std::optional<long long> whole_number(std::string_view text);

// What a typed text may span: a name or a place is one line, a note several.
enum class Lines { One, Several };

// True when `text` (UTF-8) holds a control character: C0 (U+0000–U+001F), DEL (U+007F) or C1
// (U+0080–U+009F). A text of several lines may hold line ends and tabs (LF, CR, TAB); a line,
// none. Such characters are never typed on purpose; in a name they would break the headers,
// files and letters it is written into (docs/design.md "Security").
bool holds_control_characters(std::string_view text, Lines lines = Lines::One);

constexpr std::string_view control_characters_message = "errors.text.control_characters";

// The one rule every text the domain reads goes through: the field's error when its text holds
// a control character, else nothing.
std::optional<FieldError> control_characters_error(std::string_view field, std::string_view text,
                                                   Lines lines = Lines::One);

// Adds that error to `errors`, and says whether it did.
bool refuse_control_characters(std::vector<FieldError>& errors, std::string_view field, std::string_view text,
                               Lines lines = Lines::One);

} // namespace tremplin::domain

#include "domain/text.hpp"

#include <charconv>

namespace tremplin::domain {

namespace {

constexpr std::string_view blanks = " \t\r\n";

} // namespace

std::string_view trimmed(std::string_view text)
{
    auto const first = text.find_first_not_of(blanks);
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(blanks) - first + 1);
}

std::optional<long long> whole_number(std::string_view text)
{
    text = trimmed(text);
    long long value = 0;
    auto const [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

bool holds_control_characters(std::string_view text, Lines lines)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto const byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x20) {
            bool const line_end_or_tab = byte == '\n' || byte == '\r' || byte == '\t';
            if (lines == Lines::One || !line_end_or_tab)
                return true;
        } else if (byte == 0x7F) {
            return true;
        } else if (byte == 0xC2 && i + 1 < text.size()) {
            // U+0080–U+009F are C2 80 – C2 9F in UTF-8.
            auto const next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0x80 && next <= 0x9F)
                return true;
        }
    }
    return false;
}

std::optional<FieldError> control_characters_error(std::string_view field, std::string_view text, Lines lines)
{
    if (!holds_control_characters(text, lines))
        return std::nullopt;
    return FieldError{std::string(field), std::string(control_characters_message)};
}

bool refuse_control_characters(std::vector<FieldError>& errors, std::string_view field, std::string_view text,
                               Lines lines)
{
    auto error = control_characters_error(field, text, lines);
    if (error)
        errors.push_back(std::move(*error));
    return error.has_value();
}

} // namespace tremplin::domain

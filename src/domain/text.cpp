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

} // namespace tremplin::domain

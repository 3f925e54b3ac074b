#pragma once

// Every enumeration the centre records has a stable text code: the code is what the database,
// the forms, the API and the catalogues ("gender.woman") use, so labels can be translated and
// renamed without touching stored data.

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace tremplin::domain {

// Specialise with `static constexpr std::array<std::pair<E, std::string_view>, N> table`.
template <class E> struct Codes;

template <class E> constexpr std::string_view code_of(E value)
{
    for (auto const& [candidate, code] : Codes<E>::table)
        if (candidate == value)
            return code;
    return {};
}

template <class E> constexpr std::optional<E> from_code(std::string_view code)
{
    for (auto const& [value, candidate] : Codes<E>::table)
        if (candidate == code)
            return value;
    return std::nullopt;
}

template <class E> constexpr auto all_values()
{
    std::array<E, Codes<E>::table.size()> values{};
    std::ranges::transform(Codes<E>::table, values.begin(), [](auto const& entry) { return entry.first; });
    return values;
}

} // namespace tremplin::domain

#pragma once

// How the participant pages show stored values: coded answers by their label, a Brussels
// commune by its name in the reader's language, dates in words.

#include "domain/codes.hpp"
#include "domain/date.hpp"
#include "locale/catalogue.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace tremplin::web {

// The label of a coded answer, read as "<key_prefix>.<code>"; "" when never answered.
template <class E>
std::string label_of(locale::Catalogue const& catalogue, std::string_view key_prefix, std::optional<E> value)
{
    if (!value)
        return {};
    return std::string(catalogue.text(std::string(key_prefix) + "." + std::string(domain::code_of(*value))));
}

// The municipality as typed, or for a Brussels postcode its commune in the reader's language.
std::string municipality_of(locale::Catalogue const& catalogue, std::string const& municipality,
                            std::string const& postcode);

std::string optional_date(locale::Catalogue const& catalogue, std::optional<domain::Date> date);

} // namespace tremplin::web

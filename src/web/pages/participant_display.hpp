#pragma once

// How the participant pages show stored values: coded answers by their label, a Brussels
// commune by its name in the reader's language, dates in words.

#include "domain/codes.hpp"
#include "domain/date.hpp"
#include "domain/participant_fields.hpp"
#include "locale/catalogue.hpp"
#include "locale/catalogues.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
// The day of a UTC ISO 8601 timestamp ("2026-03-02T09:30:00Z"), in words; the text as it is when
// it is no timestamp.
std::string day_of(locale::Catalogue const& catalogue, std::string const& timestamp);

std::string optional_month(locale::Catalogue const& catalogue, std::optional<domain::YearMonth> month);

// A field of her record as a page shows it: a field, or one consent (then named
// "consent_<kind>"), with its value in words ("" when not given) and the value's language when
// it is not the page's.
struct ShownField {
    std::string name;
    domain::ParticipantField const* field = nullptr;
    std::string value;
    std::string lang;
};

// Every field of the record, in the order of the record page (a month asked only of some is
// there, empty, for the others); special categories only when the record was read with them.
std::vector<ShownField> shown_fields(domain::Participant const& p, locale::Catalogue const& catalogue,
                                     locale::Catalogues const& catalogues);

} // namespace tremplin::web

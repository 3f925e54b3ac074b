#pragma once

// ISO 3166-1 countries, named in the reader's language by ICU's data: no list is written by
// hand, and a new language gets its names for free.

#include <string>
#include <string_view>
#include <vector>

namespace tremplin::locale {

struct Country {
    std::string code; // alpha-2, e.g. "BE"
    std::string name; // e.g. "Belgique", "België", "Belgium"
};

bool is_country_code(std::string_view code);

// Every country, sorted for the reader (ICU collation of `locale_id`, e.g. "fr-BE").
std::vector<Country> const& countries_for(std::string_view locale_id);

std::string country_name(std::string_view code, std::string_view locale_id);

} // namespace tremplin::locale

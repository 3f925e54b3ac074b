#pragma once

// The 19 communes of the Brussels-Capital Region and their postcodes, so that a record shows
// the commune in the reader's language (catalogue key "commune.<code>") and figures can be
// broken down by commune.

#include <optional>
#include <span>
#include <string_view>

namespace tremplin::domain {

// The commune a Brussels postcode belongs to (its main commune where a postcode spans two,
// as 1040 and 1050 do with the City of Brussels), or nothing outside the region.
std::optional<std::string_view> brussels_commune_of(std::string_view postcode);

std::span<std::string_view const> brussels_communes();

} // namespace tremplin::domain

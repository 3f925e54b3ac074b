#pragma once

// Files carried inside the binary: migrations, templates, catalogues and web assets.

#include <map>
#include <optional>
#include <string_view>
#include <vector>

namespace tremplin::resources {

// Keyed by the file's path in the source tree, e.g. "migrations/0001_create_organisations.sql".
using ResourceTable = std::map<std::string_view, std::string_view, std::less<>>;

ResourceTable const& embedded();

std::optional<std::string_view> find(std::string_view name);

// The names starting with `prefix`, in lexical order.
std::vector<std::string_view> names_under(std::string_view prefix);

} // namespace tremplin::resources

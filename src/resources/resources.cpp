#include "resources/resources.hpp"

namespace tremplin::resources {

std::optional<std::string_view> find(std::string_view name)
{
    auto const& table = embedded();
    if (auto it = table.find(name); it != table.end())
        return it->second;
    return std::nullopt;
}

std::vector<std::string_view> names_under(std::string_view prefix)
{
    std::vector<std::string_view> names;
    auto const& table = embedded();
    for (auto it = table.lower_bound(prefix); it != table.end() && it->first.starts_with(prefix); ++it)
        names.push_back(it->first);
    return names;
}

} // namespace tremplin::resources

#include "domain/brussels.hpp"

#include <array>
#include <utility>

namespace tremplin::domain {

namespace {

// bpost postcodes of the Brussels-Capital Region (residential ones).
constexpr std::array<std::pair<std::string_view, std::string_view>, 22> postcodes{{
    {"1000", "brussels"},
    {"1020", "brussels"},
    {"1030", "schaerbeek"},
    {"1040", "etterbeek"},
    {"1050", "ixelles"},
    {"1060", "saint_gilles"},
    {"1070", "anderlecht"},
    {"1080", "molenbeek"},
    {"1081", "koekelberg"},
    {"1082", "berchem"},
    {"1083", "ganshoren"},
    {"1090", "jette"},
    {"1120", "brussels"},
    {"1130", "brussels"},
    {"1140", "evere"},
    {"1150", "woluwe_st_pierre"},
    {"1160", "auderghem"},
    {"1170", "watermael_boitsfort"},
    {"1180", "uccle"},
    {"1190", "forest"},
    {"1200", "woluwe_st_lambert"},
    {"1210", "saint_josse"},
}};

constexpr std::array<std::string_view, 19> communes{
    "anderlecht",       "auderghem",   "berchem",    "brussels", "etterbeek",           "evere",
    "forest",           "ganshoren",   "ixelles",    "jette",    "koekelberg",          "molenbeek",
    "saint_gilles",     "saint_josse", "schaerbeek", "uccle",    "watermael_boitsfort", "woluwe_st_lambert",
    "woluwe_st_pierre",
};

} // namespace

std::optional<std::string_view> brussels_commune_of(std::string_view postcode)
{
    for (auto const& [code, commune] : postcodes)
        if (code == postcode)
            return commune;
    return std::nullopt;
}

std::span<std::string_view const> brussels_communes()
{
    return communes;
}

} // namespace tremplin::domain

#include "web/pages/participant_display.hpp"

#include "domain/brussels.hpp"

namespace tremplin::web {

std::string municipality_of(locale::Catalogue const& catalogue, std::string const& municipality,
                            std::string const& postcode)
{
    if (!municipality.empty())
        return municipality;
    if (auto commune = domain::brussels_commune_of(postcode))
        return std::string(catalogue.text("communes." + std::string(*commune)));
    return {};
}

std::string optional_date(locale::Catalogue const& catalogue, std::optional<domain::Date> date)
{
    return date ? catalogue.date(*date) : std::string();
}

} // namespace tremplin::web

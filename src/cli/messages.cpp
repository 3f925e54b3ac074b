#include "cli/messages.hpp"

#include <cstdlib>

namespace tremplin::cli {

locale::Catalogue const& terminal_catalogue(locale::Catalogues const& catalogues)
{
    for (char const* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        char const* value = std::getenv(variable);
        if (!value || !*value)
            continue;
        if (auto const* catalogue = catalogues.find(std::string(value).substr(0, 2)))
            return *catalogue;
        break;
    }
    if (auto const* english = catalogues.find("en"))
        return *english;
    return *catalogues.find(catalogues.languages().front());
}

std::string describe(domain::Error const& error, locale::Catalogue const& catalogue)
{
    std::string text;
    if (!error.message_key.empty())
        text += std::string(catalogue.text(error.message_key)) + "\n";
    for (auto const& field : error.fields)
        text += field.field + ": " + std::string(catalogue.text(field.message_key)) + "\n";
    return text;
}

} // namespace tremplin::cli

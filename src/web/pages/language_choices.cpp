#include "web/pages/language_choices.hpp"

namespace tremplin::web::pages {

std::string language_name(Context const& context, std::string const& code)
{
    auto const* catalogue = context.site.catalogues.find(code);
    return catalogue ? std::string(catalogue->text("language.name")) : code;
}

std::vector<Choice> language_choices(Context const& context)
{
    std::vector<Choice> choices;
    for (auto const& language : context.site.catalogues.languages())
        choices.push_back({language,
                           language_name(context, language),
                           {},
                           language == context.catalogue->language() ? std::string() : language});
    return choices;
}

} // namespace tremplin::web::pages

#include "locale/catalogues.hpp"

#include "domain/text.hpp"
#include "resources/resources.hpp"

#include <algorithm>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace tremplin::locale {

namespace {

void flatten(nlohmann::json const& node, std::string const& prefix,
             std::map<std::string, std::string, std::less<>>& out)
{
    for (auto const& [name, value] : node.items()) {
        auto const key = prefix.empty() ? name : prefix + "." + name;
        if (value.is_object())
            flatten(value, key, out);
        else if (value.is_string())
            out.emplace(key, value.get<std::string>());
        else
            throw std::invalid_argument("message " + key + " is not text");
    }
}

} // namespace

Catalogue Catalogues::parse(std::string const& language, std::string_view json)
{
    auto document = nlohmann::json::parse(json);
    auto const locale_id = document.at("_meta").at("locale").get<std::string>();
    document.erase("_meta");
    std::map<std::string, std::string, std::less<>> patterns;
    flatten(document, "", patterns);
    return Catalogue(language, locale_id, std::move(patterns));
}

Catalogues Catalogues::embedded()
{
    std::vector<Catalogue> catalogues;
    for (auto name : resources::names_under("i18n/")) {
        if (!name.ends_with(".json"))
            continue;
        auto const language = std::string(name.substr(5, name.size() - 5 - 5));
        catalogues.push_back(parse(language, *resources::find(name)));
    }
    return Catalogues(std::move(catalogues));
}

Catalogues::Catalogues(std::vector<Catalogue> catalogues)
{
    for (auto& catalogue : catalogues) {
        m_languages.push_back(catalogue.language());
        m_catalogues.push_back(std::make_unique<Catalogue const>(std::move(catalogue)));
    }
}

Catalogue const* Catalogues::find(std::string_view language) const
{
    for (auto const& catalogue : m_catalogues)
        if (catalogue->language() == language)
            return catalogue.get();
    return nullptr;
}

std::string Catalogues::negotiate(std::string_view accept_language) const
{
    std::string best;
    double best_quality = 0;
    while (!accept_language.empty()) {
        auto const comma = accept_language.find(',');
        auto item = domain::trimmed(accept_language.substr(0, comma));
        accept_language =
            comma == std::string_view::npos ? std::string_view() : accept_language.substr(comma + 1);

        double quality = 1;
        if (auto const semicolon = item.find(';'); semicolon != std::string_view::npos) {
            auto const parameter = domain::trimmed(item.substr(semicolon + 1));
            if (parameter.starts_with("q="))
                quality = std::strtod(std::string(parameter.substr(2)).c_str(), nullptr);
            item = domain::trimmed(item.substr(0, semicolon));
        }
        auto primary = std::string(item.substr(0, item.find('-')));
        std::ranges::transform(primary, primary.begin(),
                               [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (quality > best_quality && find(primary)) {
            best = primary;
            best_quality = quality;
        }
    }
    return best;
}

} // namespace tremplin::locale

#include "web/pages/participant_display.hpp"

#include "domain/brussels.hpp"
#include "locale/countries.hpp"

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

std::string day_of(locale::Catalogue const& catalogue, std::string const& timestamp)
{
    auto const day = domain::Date::parse_iso(timestamp.substr(0, 10));
    return day ? catalogue.date(*day) : timestamp;
}

std::string optional_month(locale::Catalogue const& catalogue, std::optional<domain::YearMonth> month)
{
    return month ? catalogue.month_year(*month) : std::string();
}

std::vector<ShownField> shown_fields(domain::Participant const& p, locale::Catalogue const& catalogue,
                                     locale::Catalogues const& catalogues)
{
    std::vector<ShownField> rows;
    auto const locale_id = catalogue.locale_id();
    for (auto const& field : domain::participant_fields::table()) {
        // Left out for a reader who may not see them: no row, not even "not given".
        if (field.special_category && p.special_categories_withheld)
            continue;
        auto shown = [&](auto const& name, std::string value, std::string lang = {}) {
            rows.push_back({std::string(name), &field, std::move(value), std::move(lang)});
        };
        auto const stored = field.stored ? field.stored(p).value_or("") : std::string();
        switch (field.kind) {
        case domain::FieldKind::Text:
            if (field.name == domain::participant_fields::municipality)
                shown(field.name, municipality_of(catalogue, p.municipality, p.postcode));
            else
                shown(field.name, stored);
            break;
        case domain::FieldKind::Date:
            shown(field.name, optional_date(catalogue, domain::Date::parse_iso(stored)));
            break;
        case domain::FieldKind::MonthYear:
            shown(field.name, optional_month(catalogue, domain::YearMonth::parse_iso(stored)));
            break;
        case domain::FieldKind::Choice:
        case domain::FieldKind::Answer:
        case domain::FieldKind::SensitiveAnswer:
            shown(field.name, stored.empty()
                                  ? std::string()
                                  : std::string(catalogue.text(std::string(field.code_list) + "." + stored)));
            break;
        case domain::FieldKind::Language: {
            auto const* language = catalogues.find(stored);
            // Each language is named in its own words, as in the language switch.
            shown(field.name, language ? std::string(language->text("language.name")) : stored,
                  language && stored != catalogue.language() ? stored : std::string());
            break;
        }
        case domain::FieldKind::Country:
            if (stored == "stateless")
                shown(field.name, std::string(catalogue.text("participant.stateless")));
            else
                shown(field.name, stored.empty() ? std::string() : locale::country_name(stored, locale_id));
            break;
        case domain::FieldKind::Partner:
            shown(field.name, p.referral_partner_name);
            break;
        case domain::FieldKind::Consents:
            for (auto kind : domain::all_values<domain::ConsentKind>()) {
                auto const consent = p.consent(kind);
                std::string value;
                if (consent)
                    value = catalogue.format(consent->given ? "participant.consent_given"
                                                            : "participant.consent_refused",
                                             {{"date", catalogue.date(consent->recorded_on)}});
                shown(domain::participant_fields::consent_field(kind), std::move(value));
            }
            break;
        }
    }
    return rows;
}

} // namespace tremplin::web

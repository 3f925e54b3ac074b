#include "web/pages/offer_display.hpp"

#include "web/pages/language_choices.hpp"

#include <algorithm>

namespace tremplin::web::pages::offers {

domain::OfferInput offer_input_from(FormData const& form)
{
    domain::OfferInput input;
    for (auto const& [name, member] : domain::offer_inputs)
        input.*member = std::string(form.get(name));
    for (auto const& [name, value] : form.fields()) {
        if (name == "tracks")
            input.tracks.push_back(value);
        else if (name == "languages")
            input.languages.push_back(value);
    }
    return input;
}

FormView::ValueOf typed_in(domain::OfferInput const& input)
{
    return [&input](std::string_view field) -> std::string_view {
        for (auto const& [name, member] : domain::offer_inputs)
            if (name == field)
                return input.*member;
        return {};
    };
}

TemplateValue checkboxes(FormView const& form, locale::Catalogue const& catalogue, std::string const& field,
                         std::vector<Choice> const& choices, std::vector<std::string> const& checked)
{
    TemplateValue data = TemplateValue::object();
    auto const key = "offers.fields." + field;
    data["label"] = catalogue.text(key + ".label");
    std::string described_by;
    if (catalogue.has(key + ".hint")) {
        data["hint"] = catalogue.text(key + ".hint");
        data["hint_id"] = field + "-hint";
        described_by = field + "-hint";
    }
    if (auto const error = form.error_for(field); !error.empty()) {
        data["error"] = error;
        data["error_id"] = field + "-error";
        described_by += (described_by.empty() ? "" : " ") + field + "-error";
    }
    data["described_by"] = described_by;
    bool first = true;
    for (auto const& choice : choices) {
        auto& option = data["options"].append();
        // The error summary links to the field's name: the first box.
        option["id"] = first ? field : field + "-" + choice.value;
        option["name"] = field;
        option["value"] = choice.value;
        option["label"] = choice.label;
        option["lang"] = choice.lang;
        option["checked"] = std::ranges::find(checked, choice.value) != checked.end();
        first = false;
    }
    return data;
}

std::string status_label(Context const& context, domain::OfferStatus status)
{
    return std::string(context.text("offers.statuses." + std::string(domain::code_of(status))));
}

std::string track_codes(std::vector<domain::Track> const& tracks, std::vector<long long> const& ids)
{
    std::string codes;
    for (auto const& track : tracks)
        if (std::ranges::find(ids, track.id) != ids.end())
            codes += (codes.empty() ? "" : ", ") + track.code;
    return codes;
}

std::string period_of(Context const& context, domain::Offer const& offer)
{
    return context.catalogue->date(offer.starts_on) + " – " + context.catalogue->date(offer.ends_on);
}

std::string language_names(Context const& context, std::vector<std::string> const& codes)
{
    std::string names;
    for (auto const& code : codes)
        names += (names.empty() ? "" : ", ") + language_name(context, code);
    return names;
}

} // namespace tremplin::web::pages::offers

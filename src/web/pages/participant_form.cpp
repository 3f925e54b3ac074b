#include "web/pages/participant_form.hpp"

#include "domain/participant_fields.hpp"
#include "locale/countries.hpp"
#include "web/form_data.hpp"

namespace tremplin::web {

namespace fields = domain::participant_fields;

domain::ParticipantInput participant_input_from(FormData const& form)
{
    domain::ParticipantInput input;
    for (auto field : fields::all())
        input.set(field, std::string(form.get(field)));
    return input;
}

namespace {

// How a text input is shown: its type and width fit what is typed in it.
TextFieldOptions text_options(std::string_view field)
{
    if (field == fields::phone)
        return {.type = "tel", .autocomplete = "off", .width = "width-10"};
    if (field == fields::email)
        return {.type = "email", .autocomplete = "off", .width = "width-20"};
    if (field == fields::postcode)
        return {.autocomplete = "off", .input_mode = "numeric", .width = "width-4"};
    if (field == fields::municipality || field == fields::actiris_number)
        return {.autocomplete = "off", .width = "width-10"};
    return {.autocomplete = "off", .width = "width-20"};
}

// The codes of a closed question, labelled from the catalogue as `<code_list>.<code>` (with a hint
// at `<code_list>.<code>_hint` when there is one).
std::vector<Choice> choices_of(domain::ParticipantField const& field, locale::Catalogue const& catalogue)
{
    std::vector<Choice> choices;
    for (auto const code : field.codes()) {
        auto const key = std::string(field.code_list) + "." + std::string(code);
        auto const hint_key = key + "_hint";
        choices.push_back({std::string(code), std::string(catalogue.text(key)),
                           catalogue.has(hint_key) ? std::string(catalogue.text(hint_key)) : std::string()});
    }
    return choices;
}

} // namespace

TemplateValue participant_form_fields(domain::ParticipantInput const& input,
                                      std::vector<domain::FieldError> errors,
                                      locale::Catalogue const& catalogue,
                                      locale::Catalogues const& catalogues,
                                      SpecialQuestions special_questions,
                                      std::span<domain::Partner const> referrers, bool& has_errors)
{
    FormView form(
        catalogue, "participant.fields", [&input](std::string_view field) { return input[field]; },
        std::move(errors));

    std::vector<Choice> countries;
    for (auto const& country : locale::countries_for(catalogue.locale_id()))
        countries.push_back({country.code, country.name, {}});
    auto nationalities = countries;
    nationalities.insert(nationalities.begin(),
                         {"stateless", std::string(catalogue.text("participant.stateless")), {}});

    std::vector<Choice> languages;
    for (auto const& language : catalogues.languages())
        languages.push_back({language,
                             std::string(catalogues.find(language)->text("language.name")),
                             {},
                             language == catalogue.language() ? std::string() : language});

    std::vector<Choice> partners;
    for (auto const& partner : referrers)
        partners.push_back({std::to_string(partner.id), partner.name, {}});

    auto const answers = coded_choices<domain::Answer>(catalogue, "answers");
    std::vector<Choice> const consent_choices(answers.begin(), answers.begin() + 2);

    // The form's sections follow the record's; within each, the fields of the table in order.
    TemplateValue data = TemplateValue::object();
    std::optional<domain::RecordSection> section;
    TemplateValue* inputs = nullptr;
    bool special_explained = false;
    for (auto const& field : fields::table()) {
        if (field.section != section) {
            section = field.section;
            auto const code = std::string(domain::code_of(field.section));
            auto& item = data["form_sections"].append();
            item["section_code"] = code;
            item["section_title"] = catalogue.text("participant.sections." + code);
            if (auto const key = "participant." + code + "_explanation"; catalogue.has(key))
                item["section_explanation"] = catalogue.text(key);
            inputs = &item["inputs"];
            special_explained = false;
        }
        if (field.special_category && special_questions == SpecialQuestions::LeftOut)
            continue;
        auto& shown = inputs->append();
        // Special-category questions are introduced once, by what makes them so.
        if (field.special_category && !special_explained) {
            shown["special_explanation"] = catalogue.text("participant.special_categories_explanation");
            special_explained = true;
        }
        switch (field.kind) {
        case domain::FieldKind::Text:
            shown["text_input"] = form.text(field.name, text_options(field.name));
            break;
        case domain::FieldKind::Date:
            shown["date_input"] = form.date(field.name);
            break;
        case domain::FieldKind::MonthYear:
            shown["date_input"] = form.date(field.name, FormView::Parts::MonthYear);
            break;
        case domain::FieldKind::Choice:
            // A long list of sources is easier to scan as a menu.
            if (field.name == fields::referral_source)
                shown["select"] =
                    form.select(field.name, choices_of(field, catalogue), catalogue.text("forms.not_given"));
            else
                shown["radios"] = form.radios(field.name, choices_of(field, catalogue));
            break;
        case domain::FieldKind::Answer:
        case domain::FieldKind::SensitiveAnswer:
            shown["radios"] = form.radios(field.name, choices_of(field, catalogue), true);
            break;
        case domain::FieldKind::Language:
            shown["radios"] = form.radios(field.name, languages, true);
            break;
        case domain::FieldKind::Country:
            shown["select"] =
                form.select(field.name, field.name == fields::nationality ? nationalities : countries,
                            catalogue.text("forms.not_given"));
            break;
        case domain::FieldKind::Partner:
            shown["select"] = form.select(field.name, partners, catalogue.text("forms.not_given"));
            break;
        case domain::FieldKind::Consents:
            // One question per kind, shown one after the other.
            for (auto kind : domain::all_values<domain::ConsentKind>()) {
                auto& consent =
                    shown["radios"].append(form.radios(fields::consent_field(kind), consent_choices, true));
                consent["kind"] = domain::code_of(kind);
            }
            break;
        }
    }

    data["error_summary"] = form.error_summary();
    has_errors = form.has_errors();
    return data;
}

} // namespace tremplin::web

#include "web/pages/participant_form.hpp"

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

TemplateValue participant_form_fields(domain::ParticipantInput const& input,
                                      std::vector<domain::FieldError> errors,
                                      locale::Catalogue const& catalogue,
                                      locale::Catalogues const& catalogues, bool& has_errors)
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

    auto const answers = coded_choices<domain::Answer>(catalogue, "answers");
    std::vector<Choice> const yes_no_unknown(answers.begin(), answers.begin() + 3);
    std::vector<Choice> const consent_choices(answers.begin(), answers.begin() + 2);

    TemplateValue data = TemplateValue::object();
    data["first_name"] = form.text(fields::first_name, {.autocomplete = "off", .width = "width-20"});
    data["last_name"] = form.text(fields::last_name, {.autocomplete = "off", .width = "width-20"});
    data["birth_date"] = form.date("birth_date");
    data["gender"] = form.radios(fields::gender, coded_choices<domain::Gender>(catalogue, "genders"));
    data["preferred_language"] = form.radios(fields::preferred_language, languages, true);

    data["phone"] = form.text(fields::phone, {.type = "tel", .autocomplete = "off", .width = "width-10"});
    data["email"] = form.text(fields::email, {.type = "email", .autocomplete = "off", .width = "width-20"});
    data["street"] = form.text(fields::street, {.autocomplete = "off", .width = "width-20"});
    data["postcode"] =
        form.text(fields::postcode, {.autocomplete = "off", .input_mode = "numeric", .width = "width-4"});
    data["municipality"] = form.text(fields::municipality, {.autocomplete = "off", .width = "width-10"});

    data["nationality"] = form.select(fields::nationality, nationalities, catalogue.text("forms.not_given"));
    data["country_of_birth"] =
        form.select(fields::country_of_birth, countries, catalogue.text("forms.not_given"));

    data["education_level"] =
        form.radios(fields::education_level, coded_choices<domain::EducationLevel>(catalogue, "education"));
    data["diploma_obtained_abroad"] = form.radios(fields::diploma_obtained_abroad, yes_no_unknown, true);
    data["diploma_recognised"] = form.radios(fields::diploma_recognised, yes_no_unknown, true);
    data["qualification_obsolete"] = form.radios(fields::qualification_obsolete, yes_no_unknown, true);

    data["labour_market_status"] = form.radios(
        fields::labour_market_status, coded_choices<domain::LabourMarketStatus>(catalogue, "labour_market"));
    data["unemployed_since"] = form.date("unemployed_since", FormView::Parts::MonthYear);
    data["actiris_number"] = form.text(fields::actiris_number, {.autocomplete = "off", .width = "width-10"});

    data["single_parent"] = form.radios(fields::single_parent, answers, true);
    data["housing_exclusion"] = form.radios(fields::housing_exclusion, answers, true);
    data["disability"] = form.radios(fields::disability, answers, true);
    data["minority"] = form.radios(fields::minority, answers, true);

    data["referral_source"] =
        form.select(fields::referral_source, coded_choices<domain::ReferralSource>(catalogue, "referral"),
                    catalogue.text("forms.not_given"));
    data["referral_detail"] =
        form.text(fields::referral_detail, {.autocomplete = "off", .width = "width-20"});

    for (auto kind : domain::all_values<domain::ConsentKind>()) {
        auto& consent =
            data["consents"].append(form.radios(fields::consent_field(kind), consent_choices, true));
        consent["kind"] = domain::code_of(kind);
    }

    data["error_summary"] = form.error_summary();
    has_errors = form.has_errors();
    return data;
}

} // namespace tremplin::web

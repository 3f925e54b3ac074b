#include "web/pages/application_questions.hpp"

#include "web/form_view.hpp"

#include <charconv>

namespace tremplin::web {

namespace fields = domain::participant_fields;
using domain::ApplicationQuestion;

namespace {

// Her own words on a public form: "I prefer not to say", not the staff's "Prefers not to say".
std::vector<Choice> answers_without_unknown(locale::Catalogue const& catalogue)
{
    auto choices = coded_choices<domain::Answer>(catalogue, "apply.answers");
    std::erase_if(choices, [](Choice const& c) { return c.value == domain::code_of(domain::Answer::Unknown); });
    return choices;
}

std::vector<Choice> language_choices(locale::Catalogue const& catalogue, locale::Catalogues const& catalogues)
{
    std::vector<Choice> languages;
    for (auto const& language : catalogues.languages())
        languages.push_back({language, std::string(catalogues.find(language)->text("language.name")), {},
                             language == catalogue.language() ? std::string() : language});
    return languages;
}

std::vector<Choice> cohort_choices(service::IntakeOffer const& offer, locale::Catalogue const& catalogue)
{
    std::vector<Choice> choices;
    for (auto const& offered : offer.cohorts)
        choices.push_back({std::to_string(offered.cohort.id), offered_cohort_label(offered, catalogue), {}});
    return choices;
}

// Which component of templates/components/ shows an input.
enum class Component { Text, Radios, Date, Select };

TemplateValue component(Component kind, TemplateValue field)
{
    TemplateValue item = TemplateValue::object();
    switch (kind) {
    case Component::Text:
        item["text"] = true;
        break;
    case Component::Radios:
        item["radios"] = true;
        break;
    case Component::Date:
        item["date"] = true;
        break;
    case Component::Select:
        item["select"] = true;
        break;
    }
    item["field"] = std::move(field);
    return item;
}

// A box she ticks to agree: ticked, it sends "yes".
TemplateValue checkbox(FormView const& form, std::string_view field, domain::ApplicationAnswers const& answers,
                       locale::Catalogue const& catalogue)
{
    TemplateValue item = TemplateValue::object();
    item["checkbox"] = true;
    auto& box = item["field"];
    box["id"] = field;
    box["name"] = field;
    box["label"] = catalogue.text("apply.fields.consent_special_categories.label");
    box["checked"] = answers[field] == "yes";
    if (auto const error = form.error_for(field); !error.empty()) {
        box["error"] = error;
        box["error_id"] = std::string(field) + "-error";
    }
    return item;
}

std::string label_of(std::vector<Choice> const& choices, std::string_view value)
{
    for (auto const& choice : choices)
        if (choice.value == value)
            return choice.label;
    return {};
}

} // namespace

std::string offered_cohort_label(service::OfferedCohort const& offered, locale::Catalogue const& catalogue)
{
    auto label = catalogue.format("apply.cohort_label", {{"course", offered.track.name.in(catalogue.language())},
                                                        {"from", catalogue.date(offered.cohort.starts_on)},
                                                        {"to", catalogue.date(offered.cohort.ends_on)}});
    if (!offered.cohort.place.empty())
        label += ", " + offered.cohort.place;
    return label;
}

TemplateValue question_fields(ApplicationQuestion question, domain::ApplicationAnswers const& answers,
                              std::vector<domain::FieldError> errors, locale::Catalogue const& catalogue,
                              locale::Catalogues const& catalogues, service::IntakeOffer const& offer)
{
    FormView form(
        catalogue, "apply.fields", [&answers](std::string_view field) { return answers[field]; },
        std::move(errors));
    TemplateValue data = TemplateValue::object();
    auto& items = data["fields"];
    auto const answer_choices = answers_without_unknown(catalogue);
    switch (question) {
    case ApplicationQuestion::Name:
        items.append(component(Component::Text, form.text(fields::first_name, {.autocomplete = "given-name",
                                                                       .width = "width-20", .spellcheck = false})));
        items.append(component(Component::Text, form.text(fields::last_name, {.autocomplete = "family-name",
                                                                      .width = "width-20"})));
        break;
    case ApplicationQuestion::Contact:
        items.append(component(Component::Text, form.text(fields::phone, {.type = "tel", .autocomplete = "tel",
                                                                  .width = "width-10"})));
        items.append(component(Component::Text, form.text(fields::email, {.type = "email", .autocomplete = "email",
                                                                  .width = "width-20"})));
        items.append(component(Component::Radios, form.radios(fields::preferred_language,
                                                     language_choices(catalogue, catalogues), true)));
        break;
    case ApplicationQuestion::BirthDate:
        items.append(component(Component::Date, form.date("birth_date")));
        break;
    case ApplicationQuestion::Education:
        items.append(component(Component::Radios, form.radios(fields::education_level,
                                                     coded_choices<domain::EducationLevel>(catalogue,
                                                                                           "apply.education"))));
        break;
    case ApplicationQuestion::Qualification: {
        auto const all_answers = coded_choices<domain::Answer>(catalogue, "apply.answers");
        for (auto const field :
             {fields::diploma_obtained_abroad, fields::diploma_recognised, fields::qualification_obsolete})
            items.append(component(Component::Radios, form.radios(field, all_answers)));
        break;
    }
    case ApplicationQuestion::Situation:
        items.append(component(Component::Radios, form.radios(fields::labour_market_status,
                                                     coded_choices<domain::LabourMarketStatus>(
                                                         catalogue, "apply.labour_market"))));
        items.append(component(Component::Date, form.date("unemployed_since", FormView::Parts::MonthYear)));
        break;
    case ApplicationQuestion::Circumstances:
        for (auto const field : {fields::single_parent, fields::housing_exclusion})
            items.append(component(Component::Radios, form.radios(field, answer_choices)));
        break;
    case ApplicationQuestion::Equality:
        for (auto const field : {fields::disability, fields::minority})
            items.append(component(Component::Radios, form.radios(field, answer_choices)));
        items.append(checkbox(form, "consent_special_categories", answers, catalogue));
        break;
    case ApplicationQuestion::Choices: {
        auto const choices = cohort_choices(offer, catalogue);
        for (auto const field : domain::application_fields::choices)
            items.append(component(Component::Select, form.select(field, choices, catalogue.text("apply.no_choice"))));
        break;
    }
    }
    data["error_summary"] = form.error_summary();
    return data;
}

std::string question_key(ApplicationQuestion question, std::string_view part)
{
    auto code = std::string(domain::code_of(question));
    std::ranges::replace(code, '-', '_');
    return "apply.questions." + code + "." + std::string(part);
}

std::vector<std::string> answer_lines(ApplicationQuestion question, domain::ApplicationAnswers const& answers,
                                      locale::Catalogue const& catalogue, locale::Catalogues const& catalogues,
                                      service::IntakeOffer const& offer)
{
    std::vector<std::string> lines;
    auto const add = [&](std::string line) {
        if (!line.empty())
            lines.push_back(std::move(line));
    };
    // "Single parent: No" for the questions asked as a group.
    auto const labelled = [&](std::string_view field, std::vector<Choice> const& choices) {
        auto const answer = label_of(choices, answers[field]);
        if (!answer.empty())
            add(std::string(catalogue.text("apply.fields." + std::string(field) + ".label")) + " " + answer);
    };
    auto const all_answers = coded_choices<domain::Answer>(catalogue, "apply.answers");
    switch (question) {
    case ApplicationQuestion::Name:
        add(std::string(answers[fields::first_name]) + " " + std::string(answers[fields::last_name]));
        break;
    case ApplicationQuestion::Contact:
        add(std::string(answers[fields::phone]));
        add(std::string(answers[fields::email]));
        add(label_of(language_choices(catalogue, catalogues), answers[fields::preferred_language]));
        break;
    case ApplicationQuestion::BirthDate: {
        domain::DateProblem problem{};
        if (auto const date = domain::read_date_fields({std::string(answers[fields::birth_date_day]),
                                                        std::string(answers[fields::birth_date_month]),
                                                        std::string(answers[fields::birth_date_year])},
                                                       problem))
            add(catalogue.date(*date));
        break;
    }
    case ApplicationQuestion::Education:
        add(label_of(coded_choices<domain::EducationLevel>(catalogue, "apply.education"),
                     answers[fields::education_level]));
        break;
    case ApplicationQuestion::Qualification:
        for (auto const field :
             {fields::diploma_obtained_abroad, fields::diploma_recognised, fields::qualification_obsolete})
            labelled(field, all_answers);
        break;
    case ApplicationQuestion::Situation:
        add(label_of(coded_choices<domain::LabourMarketStatus>(catalogue, "apply.labour_market"),
                     answers[fields::labour_market_status]));
        if (!answers[fields::unemployed_since_year].empty())
            add(catalogue.format("apply.looking_since", {{"month", std::string(answers[fields::unemployed_since_month])},
                                                        {"year", std::string(answers[fields::unemployed_since_year])}}));
        break;
    case ApplicationQuestion::Circumstances:
        for (auto const field : {fields::single_parent, fields::housing_exclusion})
            labelled(field, all_answers);
        break;
    case ApplicationQuestion::Equality:
        for (auto const field : {fields::disability, fields::minority})
            labelled(field, all_answers);
        break;
    case ApplicationQuestion::Choices: {
        auto const choices = cohort_choices(offer, catalogue);
        int rank = 1;
        for (auto const field : domain::application_fields::choices)
            if (auto const label = label_of(choices, answers[field]); !label.empty())
                add(std::to_string(rank++) + ". " + label);
        break;
    }
    }
    return lines;
}

} // namespace tremplin::web

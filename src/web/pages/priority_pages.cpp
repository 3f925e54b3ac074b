// Social priority kept by the director: the criteria (what the record must say, the proof to
// ask for and how long it stays valid) and the tier each places a woman in, on one page saved
// all at once; and the aptitude test of each track with its pass mark.

#include "web/pages/priority_pages.hpp"

#include "web/application.hpp"
#include "web/form_outcome.hpp"
#include "web/pages/priority_display.hpp"
#include "web/pages/training_display.hpp"

#include <charconv>

namespace tremplin::web::pages::priority {

namespace {

using domain::CriterionInput;

// Room for a new criterion below the others.
constexpr int blank_rows = 1;

struct FieldSpec {
    std::string id;
    std::string label;
    std::string value;
    std::string width;
    std::string lang;
};

std::string message_for(std::vector<domain::FieldError> const& errors, std::string const& field,
                        locale::Catalogue const& catalogue)
{
    for (auto const& error : errors)
        if (error.field == field)
            return std::string(catalogue.text(error.message_key));
    return {};
}

// The data templates/components/text_input.mustache reads; every key set, so none is found
// in an enclosing context instead.
TemplateValue text_field(FieldSpec const& spec, std::vector<domain::FieldError> const& errors,
                         locale::Catalogue const& catalogue)
{
    TemplateValue field = TemplateValue::object();
    auto const error = message_for(errors, spec.id, catalogue);
    field["id"] = spec.id;
    field["name"] = spec.id;
    field["label"] = spec.label;
    field["value"] = spec.value;
    field["width"] = spec.width;
    field["lang"] = spec.lang;
    field["type"] = "text";
    field["autocomplete"] = "off";
    field["inputmode"] = "";
    field["spellcheck"] = spec.lang.empty() ? "false" : "true";
    field["hint"] = "";
    field["hint_id"] = "";
    field["error_id"] = error.empty() ? std::string() : spec.id + "-error";
    field["described_by"] = error.empty() ? std::string() : spec.id + "-error";
    field["error"] = error;
    return field;
}

TemplateValue select_field(FieldSpec const& spec,
                           std::vector<std::pair<std::string, std::string>> const& choices,
                           std::vector<domain::FieldError> const& errors, locale::Catalogue const& catalogue)
{
    auto field = text_field(spec, errors, catalogue);
    for (auto const& [value, label] : choices) {
        auto& option = field["options"].append();
        option["value"] = value;
        option["label"] = label;
        option["selected"] = value == spec.value;
    }
    return field;
}

// The error summary (templates/components/error_summary.mustache), each error linking to its field.
TemplateValue error_summary(std::vector<domain::FieldError> const& errors, locale::Catalogue const& catalogue)
{
    TemplateValue summary = TemplateValue::object();
    summary["has_errors"] = !errors.empty();
    for (auto const& error : errors) {
        auto& item = summary["errors"].append();
        item["href"] = "#" + error.field;
        item["message"] = std::string(catalogue.text(error.message_key));
    }
    return summary;
}

std::vector<CriterionInput> typed_criteria(FormData const& form)
{
    std::vector<CriterionInput> typed;
    for (int index = 0;; ++index) {
        auto const prefix = "criteria-" + std::to_string(index) + "-";
        if (!form.has(prefix + "code"))
            break;
        auto const get = [&](std::string_view name) {
            return std::string(form.get(prefix + std::string(name)));
        };
        typed.push_back({get("code"), get("name_fr"), get("name_nl"), get("name_en"), get("proof_fr"),
                         get("proof_nl"), get("proof_en"), get("proof_valid_months"), get("rule"),
                         get("parameter"), get("tier"), form.get(prefix + "remove") == "yes"});
    }
    return typed;
}

// The tiers as they stand, said in words above the form.
void add_tiers(TemplateValue& data, domain::PriorityScheme const& scheme, locale::Catalogue const& catalogue)
{
    for (auto const& tier : scheme.tiers()) {
        auto& item = data["tiers"].append();
        item["tier"] = tier_label(tier.number, catalogue);
        for (auto const& criterion : tier.criteria)
            item["members"].append()["name"] = in_reader_language(criterion.name, catalogue);
    }
    data["everyone_else"] = catalogue.format("priority.everyone_else",
                                             {{"tier", static_cast<long long>(scheme.everyone_else_tier())}});
}

// The choices of the rule and tier selects of every criterion.
struct CriterionChoices {
    std::vector<std::pair<std::string, std::string>> rules;
    std::vector<std::pair<std::string, std::string>> tiers;
};

CriterionChoices criterion_choices(locale::Catalogue const& catalogue)
{
    CriterionChoices choices;
    for (auto const rule : domain::all_values<domain::CriterionRule>())
        choices.rules.emplace_back(
            std::string(domain::code_of(rule)),
            std::string(catalogue.text("priority.rules." + std::string(domain::code_of(rule)))));
    choices.tiers.emplace_back("", std::string(catalogue.text("priority.fields.no_tier")));
    for (int tier = 1; tier <= domain::most_tiers; ++tier)
        choices.tiers.emplace_back(std::to_string(tier), tier_label(tier, catalogue));
    return choices;
}

// The fieldset of the criterion in row `index`, as typed; the last, when blank, is a new one.
TemplateValue criterion_view(std::vector<CriterionInput> const& typed, std::size_t index,
                             CriterionChoices const& choices, std::vector<domain::FieldError> const& errors,
                             locale::Catalogue const& catalogue)
{
    auto const& row = typed[index];
    auto const prefix = "criteria-" + std::to_string(index) + "-";
    bool const is_new = index + blank_rows >= typed.size() && row.code.empty();
    TemplateValue criterion = TemplateValue::object();
    criterion["legend"] =
        is_new ? std::string(catalogue.text("priority.fields.new_criterion"))
               : catalogue.format(
                     "priority.fields.criterion",
                     {{"number", static_cast<long long>(index + 1)},
                      {"name", in_reader_language({row.name_fr, row.name_nl, row.name_en}, catalogue)}});
    auto add = [&](std::string_view name, std::string const& value, std::string width,
                   std::string lang = {}) {
        criterion["fields"].append(text_field(
            {prefix + std::string(name), std::string(catalogue.text("priority.fields." + std::string(name))),
             value, std::move(width), std::move(lang)},
            errors, catalogue));
    };
    add("code", row.code, "width-20");
    add("name_fr", row.name_fr, "width-30", "fr");
    add("name_nl", row.name_nl, "width-30", "nl");
    add("name_en", row.name_en, "width-30", "en");
    add("proof_fr", row.proof_fr, "", "fr");
    add("proof_nl", row.proof_nl, "", "nl");
    add("proof_en", row.proof_en, "", "en");
    add("proof_valid_months", row.proof_valid_months, "width-4");
    criterion["selects"].append(
        select_field({prefix + "rule", std::string(catalogue.text("priority.fields.rule")), row.rule, "", ""},
                     choices.rules, errors, catalogue));
    add("parameter", row.parameter, "width-4");
    criterion["selects"].append(
        select_field({prefix + "tier", std::string(catalogue.text("priority.fields.tier")), row.tier, "", ""},
                     choices.tiers, errors, catalogue));
    criterion["can_remove"] = !is_new;
    criterion["remove_id"] = prefix + "remove";
    criterion["removed"] = row.remove;
    return criterion;
}

domain::Result<Response> priority_form(Context& context, Services& services,
                                       std::vector<CriterionInput> typed,
                                       std::vector<domain::FieldError> const& errors)
{
    auto const& catalogue = *context.catalogue;
    bool const has_errors = !errors.empty();
    auto const scheme = TRY(services.recruitment.priority.for_editing(context.signed_in()));
    if (!has_errors)
        typed = domain::inputs_of(scheme);
    TemplateValue data = TemplateValue::object();
    add_tiers(data, scheme, catalogue);
    CriterionInput blank;
    blank.proof_valid_months = "12";
    blank.rule = std::string(domain::code_of(domain::CriterionRule::SingleParent));
    while (typed.size() < 1 || !(typed.back().code.empty() && typed.back().name_fr.empty() &&
                                 typed.back().name_nl.empty() && typed.back().name_en.empty()))
        typed.push_back(blank);
    auto const choices = criterion_choices(catalogue);
    for (std::size_t index = 0; index < typed.size(); ++index)
        data["criteria"].append(criterion_view(typed, index, choices, errors, catalogue));
    data["error_summary"] = error_summary(errors, catalogue);
    if (context.query.get("notice") == "saved")
        data["notice"] = catalogue.text("priority.saved");
    return context.page("priority/edit", catalogue.text("priority.title"), std::move(data),
                        has_errors ? 422 : 200, has_errors ? Context::Errors::Shown : Context::Errors::None);
}

} // namespace

domain::Result<Response> priority_page(Context& context, Services& services)
{
    return priority_form(context, services, {}, {});
}

domain::Result<Response> save_priority(Context& context, Services& services)
{
    auto const typed = typed_criteria(context.form);
    return after_form(
        services.recruitment.priority.save(context.signed_in(), typed),
        [&](auto errors) { return priority_form(context, services, typed, errors); },
        [] { return Response::redirect("/priority?notice=saved"); });
}

namespace {

domain::Result<Response> aptitude_form(Context& context, Services& services,
                                       std::vector<service::AptitudeTestInput> const& typed,
                                       std::vector<domain::FieldError> const& errors)
{
    auto const& catalogue = *context.catalogue;
    auto const tracks = TRY(services.recruitment.aptitude.for_editing(context.signed_in()));
    bool const has_errors = !errors.empty();
    TemplateValue data = TemplateValue::object();
    data["has_tracks"] = !tracks.empty();
    for (auto const& track : tracks) {
        service::AptitudeTestInput row{track.track.id,
                                       track.test ? std::to_string(track.test->maximum_score) : "",
                                       track.test ? std::to_string(track.test->pass_mark) : ""};
        for (auto const& kept : typed)
            if (kept.track_id == track.track.id)
                row = kept;
        auto const prefix = "tests-" + std::to_string(track.track.id) + "-";
        auto& item = data["tracks"].append();
        item["name"] = in_reader_language(track.track.name, catalogue) + " (" + track.track.code + ")";
        item["track_id"] = track.track.id;
        item["fields"].append(text_field({prefix + "maximum_score",
                                          std::string(catalogue.text("aptitude.fields.maximum_score.label")),
                                          row.maximum_score, "width-4", ""},
                                         errors, catalogue));
        item["fields"].append(
            text_field({prefix + "pass_mark", std::string(catalogue.text("aptitude.fields.pass_mark.label")),
                        row.pass_mark, "width-4", ""},
                       errors, catalogue));
    }
    data["error_summary"] = error_summary(errors, catalogue);
    if (context.query.get("notice") == "saved")
        data["notice"] = catalogue.text("aptitude.saved");
    return context.page("aptitude/tests", catalogue.text("aptitude.title"), std::move(data),
                        has_errors ? 422 : 200, has_errors ? Context::Errors::Shown : Context::Errors::None);
}

} // namespace

domain::Result<Response> aptitude_tests_page(Context& context, Services& services)
{
    return aptitude_form(context, services, {}, {});
}

domain::Result<Response> save_aptitude_tests(Context& context, Services& services)
{
    std::vector<service::AptitudeTestInput> typed;
    for (auto const& [name, value] : context.form.fields()) {
        long long id = 0;
        if (name == "tracks" &&
            std::from_chars(value.data(), value.data() + value.size(), id).ec == std::errc()) {
            auto const prefix = "tests-" + value + "-";
            typed.push_back({id, std::string(context.form.get(prefix + "maximum_score")),
                             std::string(context.form.get(prefix + "pass_mark"))});
        }
    }
    return after_form(
        services.recruitment.aptitude.save_tests(context.signed_in(), typed),
        [&](auto errors) { return aptitude_form(context, services, typed, errors); },
        [] { return Response::redirect("/aptitude-tests?notice=saved"); });
}

} // namespace tremplin::web::pages::priority

// A course's modules, edited together: one group of fields per module and three empty ones to
// add more. A row left without names and hours is dropped, which is how a module is removed.
// When a cohort runs on the current version, saving makes a new version (the service decides).

#include "domain/attendance.hpp"
#include "web/form_outcome.hpp"
#include "web/form_view.hpp"
#include "web/pages/catalogue_pages.hpp"
#include "web/pages/training_display.hpp"
#include "web/paths.hpp"

#include <algorithm>
#include <map>

namespace tremplin::web::pages::catalogue {

namespace {

constexpr int empty_rows = 3;

constexpr int most_rows = 200;

using Typed = std::map<std::string, std::string, std::less<>>;

std::string row_field(std::string_view field, int row)
{
    return std::string(field) + "-" + std::to_string(row);
}

// The input of the form where a module's error is shown.
std::string form_field(std::string_view module_field, int row)
{
    if (module_field == "name")
        return row_field("name_fr", row);
    if (module_field == "planned_minutes")
        return row_field("hours", row);
    return row_field(module_field, row);
}

Typed typed_of(std::vector<domain::Module> const& modules)
{
    Typed typed;
    int row = 0;
    for (auto const& module : modules) {
        ++row;
        typed[row_field("name_fr", row)] = module.name.fr;
        typed[row_field("name_nl", row)] = module.name.nl;
        typed[row_field("name_en", row)] = module.name.en;
        typed[row_field("hours", row)] = domain::hours_of(module.planned_minutes);
        typed[row_field("competences", row)] = joined_codes(module.competences);
    }
    return typed;
}

Response modules_page(Context& context, service::TrackDetails const& details, Typed const& typed, int rows,
                      std::vector<domain::FieldError> errors, int status)
{
    auto const& catalogue = *context.catalogue;
    FormView form(
        catalogue, "tracks.modules.fields",
        [&](std::string_view field) -> std::string_view {
            auto const found = typed.find(field);
            return found == typed.end() ? std::string_view() : std::string_view(found->second);
        },
        std::move(errors));
    TemplateValue data = TemplateValue::object();
    data["action"] = paths::track_modules(details.track.id);
    data["cancel_href"] = paths::track(details.track.id);
    data["rows"] = rows;
    data["version"] = catalogue.format("tracks.show.version", {{"number", details.version.number}});
    if (details.version_in_use)
        data["version_in_use"] =
            catalogue.format("tracks.show.version_in_use", {{"next", details.version.number + 1}});
    for (int row = 1; row <= rows; ++row) {
        auto& group = data["modules"].append();
        group["legend"] = catalogue.format("tracks.modules.legend", {{"number", row}});
        for (auto [field, language] : {std::pair{"name_fr", "fr"}, {"name_nl", "nl"}, {"name_en", "en"}}) {
            auto input = form.text(row_field(field, row), {.width = "width-20", .spellcheck = true});
            input["label"] = catalogue.text("tracks.modules.fields." + std::string(field) + ".label");
            input["lang"] = language;
            group["fields"].append(std::move(input));
        }
        auto hours = form.text(row_field("hours", row), {.input_mode = "decimal", .width = "width-4"});
        hours["label"] = catalogue.text("tracks.modules.fields.hours.label");
        group["fields"].append(std::move(hours));
        auto competences = form.text(row_field("competences", row), {.width = "width-10"});
        competences["label"] = catalogue.text("tracks.modules.fields.competences.label");
        group["fields"].append(std::move(competences));
    }
    data["error_summary"] = form.error_summary();
    auto const title = catalogue.format("tracks.modules.title", {{"code", details.track.code}});
    return context.page("tracks/modules", title, std::move(data), status,
                        form.has_errors() ? Context::Errors::Shown : Context::Errors::None);
}

} // namespace

domain::Result<Response> modules_form(Context& context, Services& services)
{
    auto const details =
        TRY(services.training.catalogue.track_for_editing(context.signed_in(), TRY(context.record_id())));
    auto const& modules = details.version.modules;
    return modules_page(context, details, typed_of(modules), static_cast<int>(modules.size()) + empty_rows,
                        {}, 200);
}

namespace {

// The modules as sent: the rows kept (a row without names and hours is dropped), and the
// form's row of each.
struct SentModules {
    Typed typed;
    std::vector<domain::Module> modules;
    std::vector<int> row_of_module;
    std::vector<domain::FieldError> errors;
};

SentModules modules_sent(FormData const& form, int rows)
{
    SentModules sent;
    auto& typed = sent.typed;
    for (int row = 1; row <= rows; ++row) {
        for (auto field : {"name_fr", "name_nl", "name_en", "hours", "competences"})
            typed[row_field(field, row)] = std::string(form.get(row_field(field, row)));
        domain::Module module;
        module.name = {typed[row_field("name_fr", row)], typed[row_field("name_nl", row)],
                       typed[row_field("name_en", row)]};
        auto const& hours = typed[row_field("hours", row)];
        if (module.name.empty() && hours.find_first_not_of(" \t") == std::string::npos)
            continue;
        // Hours that cannot be read count as none, which validation refuses in its own words.
        module.planned_minutes = domain::parse_hours(hours).value_or(0);
        module.competences = split_codes(typed[row_field("competences", row)]);
        module.position = static_cast<int>(sent.modules.size()) + 1;
        for (auto const& error : domain::validate_module(module))
            sent.errors.push_back({form_field(error.field, row), error.message_key});
        sent.modules.push_back(std::move(module));
        sent.row_of_module.push_back(row);
    }
    return sent;
}

// The service numbers the modules it was given ("name-2"); the form numbers its rows.
std::vector<domain::FieldError> on_rows(std::vector<domain::FieldError> const& errors,
                                        std::vector<int> const& row_of_module)
{
    std::vector<domain::FieldError> shown;
    for (auto const& error : errors) {
        auto const dash = error.field.rfind('-');
        auto const index = std::atoi(error.field.c_str() + dash + 1) - 1;
        bool const known =
            dash != std::string::npos && index >= 0 && index < static_cast<int>(row_of_module.size());
        shown.push_back(
            {form_field(error.field.substr(0, dash), known ? row_of_module[index] : 1), error.message_key});
    }
    return shown;
}

} // namespace

domain::Result<Response> save_modules(Context& context, Services& services)
{
    auto const details =
        TRY(services.training.catalogue.track(context.signed_in(), TRY(context.record_id())));
    auto const rows = std::clamp(std::atoi(std::string(context.form.get("rows")).c_str()), 0, most_rows);
    auto const sent = modules_sent(context.form, rows);
    auto const redisplay = [&](std::vector<domain::FieldError> errors) {
        return modules_page(context, details, sent.typed, std::max(rows, 1), std::move(errors), 422);
    };
    if (!sent.errors.empty())
        return redisplay(sent.errors);
    return after_form(
        services.training.catalogue.save_modules(context.signed_in(), details.track.id, sent.modules),
        [&](auto errors) { return redisplay(on_rows(errors, sent.row_of_module)); },
        [&](long long) { return Response::redirect(paths::track(details.track.id) + "?notice=modules"); });
}

} // namespace tremplin::web::pages::catalogue

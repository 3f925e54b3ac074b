// Module results: one grid per module of a cohort, every trainee on one screen with passed or
// failed and an optional score; a plain form, saved whole, like the attendance sheet.

#include "web/pages/results_pages.hpp"

#include "web/application.hpp"
#include "web/form_outcome.hpp"
#include "web/pages/trainee_rows.hpp"
#include "web/pages/training_display.hpp"
#include "web/paths.hpp"

#include <algorithm>
#include <charconv>

namespace tremplin::web::pages::results {

namespace {

using domain::ModuleOutcome;

// What was typed on a row, kept to show the grid again after an error.
struct TypedResult {
    std::string outcome;
    std::string score;
};

// A score as typed: a whole number, possibly out of range (validation says so), else nothing.
std::optional<int> whole_number(std::string_view text)
{
    int value = 0;
    auto const [end, problem] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || problem != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::string results_href(long long cohort_id, long long module_id)
{
    return paths::cohort_results(cohort_id, module_id);
}

Response grid_page(Context& context, service::ResultsGrid const& grid,
                   std::map<long long, TypedResult> const& typed,
                   std::vector<domain::FieldError> const& errors, int status)
{
    auto const& catalogue = *context.catalogue;
    auto const module = in_reader_language(grid.module.name, catalogue);
    TemplateValue data = TemplateValue::object();
    data["action"] = results_href(grid.cohort.id, grid.module.id);
    data["cohort"] = grid.cohort.name;
    data["cohort_href"] = paths::cohort(grid.cohort.id);
    data["can_record"] = grid.may.record;
    for (auto const& other : grid.modules) {
        auto& item = data["modules"].append();
        item["name"] = in_reader_language(other.name, catalogue);
        item["href"] = results_href(grid.cohort.id, other.id);
        item["current"] = other.id == grid.module.id;
    }
    data["has_rows"] = !grid.trainees.empty();

    RowErrors row_errors(catalogue, errors, "results");
    for (auto const& view : grid.trainees) {
        auto const id = view.enrolment.id;
        auto const name = view.first_name + " " + view.last_name;
        TypedResult shown;
        if (auto const found = typed.find(id); found != typed.end()) {
            shown = found->second;
        } else if (auto const saved = grid.results.find(id); saved != grid.results.end()) {
            shown.outcome = saved->second.outcome ? domain::code_of(*saved->second.outcome) : "";
            shown.score = saved->second.score ? std::to_string(*saved->second.score) : "";
        }
        auto& item = data["rows"].append();
        item["name"] = name;
        item["legend_id"] = row_field("trainee", id);
        auto const outcome_field = row_field("outcome", id);
        auto const score_field = row_field("score", id);
        item["outcome_name"] = outcome_field;
        for (auto outcome : domain::all_values<ModuleOutcome>()) {
            auto const code = std::string(domain::code_of(outcome));
            auto& option = item["outcomes"].append();
            option["id"] = outcome_field + "-" + code;
            option["value"] = code;
            option["label"] = catalogue.text("module_outcomes." + code);
            option["checked"] = shown.outcome == code;
        }
        item["score_id"] = score_field;
        item["score_value"] = shown.score;
        item["outcome_error"] = row_errors.show(outcome_field, name, outcome_field + "-passed", item);
        item["score_error"] = row_errors.show(score_field, name, score_field, item);
    }
    if (context.query.get("notice") == "saved")
        data["notice"] = catalogue.text("results.saved");
    data["error_summary"] = row_errors.take_summary();
    auto const title = catalogue.format("results.title", {{"module", module}, {"cohort", grid.cohort.name}});
    return context.page("cohorts/results", title, std::move(data), status,
                        errors.empty() ? Context::Errors::None : Context::Errors::Shown);
}

} // namespace

domain::Result<Response> show_results(Context& context, Services& services)
{
    auto const grid = TRY(services.training.assessments.grid(context.signed_in(), TRY(context.record_id()),
                                                             context.query_number("module").value_or(0)));
    return grid_page(context, grid, {}, {}, 200);
}

namespace {

// The grid as sent: a row per trainee on it, and the results sent for anyone else.
struct SentResults {
    std::map<long long, TypedResult> typed;
    std::vector<domain::ModuleResult> results;
    std::vector<domain::FieldError> errors;
};

SentResults results_sent(service::ResultsGrid const& grid, FormData const& form)
{
    SentResults sent;
    for (auto const& view : grid.trainees) {
        auto const id = view.enrolment.id;
        TypedResult const input{std::string(form.get(row_field("outcome", id))),
                                std::string(form.get(row_field("score", id)))};
        sent.typed[id] = input;
        if (input.outcome.empty() && input.score.empty())
            continue; // not assessed yet: her result, if any, stays
        domain::ModuleResult result{
            id, grid.module.id, domain::from_code<ModuleOutcome>(input.outcome), {}, {}};
        if (!input.score.empty()) {
            result.score = whole_number(input.score);
            if (!result.score) {
                sent.errors.push_back({row_field("score", id), "errors.results.score_unreadable"});
                if (!result.outcome)
                    sent.errors.push_back({row_field("outcome", id), "errors.results.outcome_missing"});
                continue;
            }
        }
        sent.results.push_back(result);
    }
    // A row sent for someone not on this grid (another cohort's trainee, say) is refused whole.
    for (auto const& [name, value] : form.fields()) {
        if (!name.starts_with("outcome-"))
            continue;
        auto const id = std::strtoll(name.c_str() + 8, nullptr, 10);
        if (!sent.typed.contains(id))
            sent.results.push_back({id, grid.module.id, domain::from_code<ModuleOutcome>(value), {}, {}});
    }
    if (!sent.errors.empty()) {
        // Report the other rows' problems at once, not one round at a time.
        for (auto const& result : sent.results)
            for (auto& error : domain::validate_module_result(result))
                sent.errors.push_back(error);
    }
    return sent;
}

} // namespace

domain::Result<Response> save_results(Context& context, Services& services)
{
    auto const grid = TRY(services.training.assessments.grid(context.signed_in(), TRY(context.record_id()),
                                                             context.query_number("module").value_or(0)));
    auto const sent = results_sent(grid, context.form);
    auto const redisplay = [&](auto errors) { return grid_page(context, grid, sent.typed, errors, 422); };
    if (!sent.errors.empty())
        return redisplay(sent.errors);
    return after_form(
        services.training.assessments.save_results(context.signed_in(), grid.cohort.id, grid.module.id,
                                                   sent.results),
        redisplay,
        [&] { return Response::redirect(results_href(grid.cohort.id, grid.module.id) + "&notice=saved"); });
}

} // namespace tremplin::web::pages::results

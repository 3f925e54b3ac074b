// The pipeline: the applications sent, as a list (to select some and move them together) or as
// a board with a column per stage, filtered by intake, stage and course chosen.

#include "web/application.hpp"
#include "web/form_outcome.hpp"
#include "web/form_view.hpp"
#include "web/pages/application_pages.hpp"
#include "web/pages/pipeline_display.hpp"
#include "web/pages/priority_display.hpp"
#include "web/paths.hpp"

#include <algorithm>
#include <map>

namespace tremplin::web::pages::recruitment {

namespace {

using domain::ApplicationStage;

constexpr auto stages = domain::all_values<ApplicationStage>();

// Rows of the list on one page: a coordinator reads and ticks a hundred at a time; every
// intake of a large centre at once would be thousands.
constexpr std::size_t page_size = 100;

// Cards in a column of the board: enough to see who waits longest, the rest are in the list.
constexpr std::size_t cards_per_column = 50;

struct PipelineView {
    service::PipelineQuery query;
    std::optional<long long> tier;
    bool board = false;
    std::size_t page = 1; // of the list
    std::string path;     // this view's address, without its page
};

// The filters of the query string. Without one for the intake, the latest intake's
// applications are shown: on a Monday morning, the ones still to handle.
PipelineView view_of(FormData const& query, std::vector<domain::Intake> const& intakes)
{
    PipelineView view;
    if (query.has("intake"))
        view.query.intake_id = whole_number(query.get("intake")); // "all": every intake
    else if (!intakes.empty())
        view.query.intake_id = std::ranges::max(intakes, {}, &domain::Intake::opens_on).id;
    view.query.cohort_id = whole_number(query.get("cohort"));
    view.query.stage = domain::from_code<ApplicationStage>(query.get("stage"));
    view.tier = whole_number(query.get("tier"));
    view.board = query.get("view") == "board";
    view.page = static_cast<std::size_t>(
        std::clamp<long long>(whole_number(query.get("page")).value_or(1), 1, 1'000'000));
    view.path = "/applications?intake=" +
                (view.query.intake_id ? std::to_string(*view.query.intake_id) : std::string("all"));
    if (view.query.stage)
        view.path += "&stage=" + std::string(domain::code_of(*view.query.stage));
    if (view.query.cohort_id)
        view.path += "&cohort=" + std::to_string(*view.query.cohort_id);
    if (view.tier)
        view.path += "&tier=" + std::to_string(*view.tier);
    return view;
}

// One select of the filter form, with "all" (sent as `all_value`) first.
TemplateValue filter_select(std::string_view name, std::string_view label, std::string_view all,
                            std::string_view all_value,
                            std::vector<std::pair<std::string, std::string>> const& options,
                            std::string const& selected)
{
    TemplateValue field = TemplateValue::object();
    field["id"] = "filter-" + std::string(name);
    field["name"] = std::string(name);
    field["label"] = std::string(label);
    auto& first = field["options"].append();
    first["value"] = std::string(all_value);
    first["label"] = std::string(all);
    for (auto const& [value, text] : options) {
        auto& option = field["options"].append();
        option["value"] = value;
        option["label"] = text;
        option["selected"] = value == selected;
    }
    return field;
}

std::vector<std::pair<std::string, std::string>> stage_options(locale::Catalogue const& catalogue)
{
    std::vector<std::pair<std::string, std::string>> options;
    for (auto const stage : stages)
        options.emplace_back(std::string(domain::code_of(stage)), stage_label(catalogue, stage));
    return options;
}

// Each application's tier, for those given.
domain::Result<std::map<long long, int>> tiers_of(Context& context, Services& services,
                                                  std::vector<long long> const& application_ids)
{
    auto const standings = TRY(services.recruitment.priority.standings(context.signed_in(), application_ids));
    std::map<long long, int> tier_of;
    for (auto const& standing : standings)
        tier_of[standing.application_id] = standing.priority.tier;
    return tier_of;
}

// The applications the view shows: a page of the list, or in each column of the board those
// waiting longest (the pipeline comes longest in stage first).
struct Shown {
    std::vector<service::ApplicationSummary const*> applications;
    std::map<ApplicationStage, std::size_t> in_stage; // of all the applications found
    std::size_t total = 0;
    std::size_t page = 1;
    std::size_t pages = 1;

    std::vector<long long> ids() const
    {
        std::vector<long long> ids;
        for (auto const* application : applications)
            ids.push_back(application->id);
        return ids;
    }
};

Shown shown_of(std::vector<service::ApplicationSummary> const& applications, PipelineView const& view)
{
    Shown shown;
    shown.total = applications.size();
    shown.pages = view.board ? 1 : std::max<std::size_t>(1, (shown.total + page_size - 1) / page_size);
    shown.page = std::min(view.page, shown.pages);
    for (std::size_t index = 0; index < shown.total; ++index) {
        auto const& application = applications[index];
        auto const before = shown.in_stage[application.stage]++;
        if (view.board ? before < cards_per_column : index / page_size + 1 == shown.page)
            shown.applications.push_back(&application);
    }
    return shown;
}

// The filters: intake, stage, course (the cohorts of the chosen intake, or of every intake) and
// tier.
TemplateValue filters_view(locale::Catalogue const& catalogue, PipelineView const& view,
                           std::vector<domain::Intake> const& intakes,
                           std::map<long long, std::string>& cohort_names, int tiers)
{
    std::vector<std::pair<std::string, std::string>> intake_options;
    std::vector<std::pair<std::string, std::string>> cohort_options;
    std::vector<long long> offered;
    for (auto const& intake : intakes) {
        intake_options.emplace_back(std::to_string(intake.id), intake.name);
        if (!view.query.intake_id || *view.query.intake_id == intake.id)
            for (auto const id : intake.cohort_ids)
                if (std::ranges::find(offered, id) == offered.end())
                    offered.push_back(id);
    }
    for (auto const id : offered)
        cohort_options.emplace_back(std::to_string(id), cohort_names[id]);
    std::vector<std::pair<std::string, std::string>> tier_options;
    for (int tier = 1; tier <= tiers; ++tier)
        tier_options.emplace_back(std::to_string(tier), tier_label(tier, catalogue));

    auto const selected = [&](std::optional<long long> id) {
        return id ? std::to_string(*id) : std::string();
    };
    TemplateValue filters = TemplateValue::list();
    filters.append(filter_select("intake", catalogue.text("applications.filters.intake"),
                                 catalogue.text("applications.filters.all_intakes"), "all", intake_options,
                                 selected(view.query.intake_id)));
    filters.append(filter_select("stage", catalogue.text("applications.filters.stage"),
                                 catalogue.text("applications.filters.all_stages"), "",
                                 stage_options(catalogue),
                                 view.query.stage ? std::string(domain::code_of(*view.query.stage)) : ""));
    filters.append(filter_select("cohort", catalogue.text("applications.filters.cohort"),
                                 catalogue.text("applications.filters.all_cohorts"), "", cohort_options,
                                 selected(view.query.cohort_id)));
    filters.append(filter_select("tier", catalogue.text("applications.filters.tier"),
                                 catalogue.text("applications.filters.all_tiers"), "", tier_options,
                                 selected(view.tier)));
    return filters;
}

// How many there are, which of them are shown, and the links to the other pages and views.
void add_paging(TemplateValue& data, locale::Catalogue const& catalogue, PipelineView const& view,
                Shown const& shown)
{
    data["board"] = view.board;
    data["view_value"] = std::string(view.board ? "board" : "list");
    data["list_href"] = view.path;
    data["board_href"] = view.path + "&view=board";
    auto const page_href = [&](std::size_t number) {
        return view.path + (number > 1 ? "&page=" + std::to_string(number) : std::string());
    };
    auto const page = shown.page;
    data["return_to"] = page_href(page);
    auto const count = static_cast<long long>(shown.total);
    data["count"] =
        shown.pages == 1
            ? catalogue.format("applications.count", {{"count", count}})
            : catalogue.format(
                  "applications.showing",
                  {{"first", static_cast<long long>((page - 1) * page_size + 1)},
                   {"last", static_cast<long long>((page - 1) * page_size + shown.applications.size())},
                   {"count", count}});
    data["has_applications"] = shown.total > 0;
    if (shown.pages > 1) {
        auto& pagination = data["pagination"];
        if (page > 1)
            pagination["previous_href"] = page_href(page - 1);
        if (page < shown.pages)
            pagination["next_href"] = page_href(page + 1);
        pagination["page_label"] =
            catalogue.format("pagination.page_of", {{"page", static_cast<long long>(page)},
                                                    {"pages", static_cast<long long>(shown.pages)}});
    }
}

// One application as a row of the list or a card of the board.
struct RowView {
    locale::Catalogue const& catalogue;
    domain::Date today;
    std::map<long long, std::string>& cohort_names;
    std::map<long long, int> const& tier_of;

    TemplateValue operator()(service::ApplicationSummary const& application) const
    {
        TemplateValue row = TemplateValue::object();
        row["id"] = application.id;
        row["href"] = paths::application(application.id);
        row["name"] = application.first_name + " " + application.last_name;
        row["reference"] = application.reference;
        row["stage"] = stage_label(catalogue, application.stage);
        row["waiting"] =
            catalogue.format("applications.days", {{"count", days_in_stage(application, today)}});
        if (auto const sent = domain::Date::parse_iso(application.submitted_at.substr(0, 10)))
            row["submitted"] = catalogue.date(*sent);
        if (!application.choices.empty())
            row["first_choice"] = cohort_names[application.choices.front()];
        if (auto const tier = tier_of.find(application.id); tier != tier_of.end())
            row["tier"] = tier_label(tier->second, catalogue);
        return row;
    }
};

// The board: a column per stage, its first cards and a link to the rest.
TemplateValue board_columns(locale::Catalogue const& catalogue, PipelineView const& view, Shown const& shown,
                            RowView const& row_of)
{
    TemplateValue columns = TemplateValue::list();
    for (auto const stage : stages) {
        auto& column = columns.append();
        column["id"] = "stage-" + std::string(domain::code_of(stage));
        column["title"] = stage_label(catalogue, stage);
        for (auto const* application : shown.applications)
            if (application->stage == stage)
                column["cards"].append(row_of(*application));
        auto const found = shown.in_stage.find(stage);
        auto const count = found == shown.in_stage.end() ? std::size_t{0} : found->second;
        column["count"] = static_cast<long long>(count);
        column["empty"] = count == 0;
        if (count > cards_per_column) {
            column["more"] = catalogue.format("applications.column_more",
                                              {{"count", static_cast<long long>(count - cards_per_column)}});
            column["more_href"] = view.path + "&stage=" + std::string(domain::code_of(stage));
        }
    }
    return columns;
}

// What the last move did, after the redirect.
void add_notice(TemplateValue& data, Context const& context)
{
    auto const& catalogue = *context.catalogue;
    auto const notice = context.query.get("notice");
    if (notice == "moved")
        data["notice"] =
            catalogue.format("applications.moved", {{"count", context.query_number("moved").value_or(0)}});
    else if (notice == "none_selected")
        data["problem"] = catalogue.text("applications.none_selected");
    else if (notice == "not_moved")
        data["problem"] = catalogue.text("errors.application.decided_by_round");
}

} // namespace

domain::Result<Response> pipeline(Context& context, Services& services)
{
    auto const& catalogue = *context.catalogue;
    auto const& actor = context.signed_in();
    auto const intakes = TRY(services.recruitment.intakes.intakes(actor)).intakes;
    auto const view = view_of(context.query, intakes);
    auto found = TRY(services.recruitment.applications.pipeline(actor, view.query));
    auto const cohorts = TRY(services.training.cohorts.cohorts(actor));
    auto const scheme = TRY(services.recruitment.priority.scheme(actor));
    // The tiers of those placed. A tier asked for needs everyone's; otherwise only those shown are
    // placed.
    std::map<long long, int> tier_of;
    if (view.tier) {
        std::vector<long long> everyone;
        for (auto const& application : found.applications)
            everyone.push_back(application.id);
        tier_of = TRY(tiers_of(context, services, everyone));
        std::erase_if(found.applications, [&](service::ApplicationSummary const& application) {
            return tier_of[application.id] != *view.tier;
        });
    }
    auto const shown = shown_of(found.applications, view);
    if (!view.tier)
        tier_of = TRY(tiers_of(context, services, shown.ids()));

    std::map<long long, std::string> cohort_names;
    for (auto const& summary : cohorts)
        cohort_names[summary.cohort.id] = summary.cohort.name;
    TemplateValue data = TemplateValue::object();
    data["filters"] = filters_view(catalogue, view, intakes, cohort_names, scheme.everyone_else_tier());
    data["can_manage_priority"] = found.may.manage_priority;
    data["can_manage_tests"] = found.may.manage_tests;
    add_paging(data, catalogue, view, shown);
    RowView const row_of{catalogue, services.recruitment.intakes.clock().today(), cohort_names, tier_of};
    if (view.board) {
        data["columns"] = board_columns(catalogue, view, shown, row_of);
    } else {
        for (auto const* application : shown.applications)
            data["rows"].append(row_of(*application));
        data["can_move"] = found.may.move;
        data["move_field"] = move_select(catalogue, "move-stage", std::nullopt);
    }
    add_notice(data, context);
    return context.page("applications/index", catalogue.text("applications.title"), std::move(data));
}

domain::Result<Response> move_applications(Context& context, Services& services)
{
    TRY(services.recruitment.applications.may_move(context.signed_in()));
    auto const back = Context::safe_return_path(context.form.get("return_to"), "/applications");
    std::vector<long long> ids;
    for (auto const& [name, value] : context.form.fields())
        if (name == "ids")
            if (auto const id = whole_number(value))
                ids.push_back(*id);
    auto const stage = domain::from_code<ApplicationStage>(context.form.get("stage"));
    auto const separator = back.find('?') == std::string::npos ? "?" : "&";
    if (ids.empty() || !stage)
        return Response::redirect(back + separator + "notice=none_selected");
    return after_form(
        services.recruitment.applications.move(context.signed_in(), ids, *stage),
        [&](auto) {
            return Response::redirect(back + separator + "notice=not_moved");
        }, // a decision is the round's
        [&](int moved) {
            return Response::redirect(back + separator + "notice=moved&moved=" + std::to_string(moved));
        });
}

} // namespace tremplin::web::pages::recruitment

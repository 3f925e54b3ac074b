// The pipeline: the applications sent, as a list (to select some and move them together) or as
// a board with a column per stage, filtered by intake, stage and course chosen; and one
// application as she wrote it, with her record a click away, her tier with where the proof of
// each reason stands, and the forms that record the day a proof was received and a test score.

#include "web/application.hpp"
#include "web/form_view.hpp"
#include "web/pages/application_questions.hpp"
#include "web/pages/priority_display.hpp"
#include "web/pages/training_display.hpp"
#include "web/routes.hpp"

#include <map>

namespace tremplin::web {

namespace {

using domain::ApplicationStage;

constexpr auto stages = domain::all_values<ApplicationStage>();

std::string stage_label(locale::Catalogue const& catalogue, ApplicationStage stage)
{
    return std::string(catalogue.text("applications.stages." + std::string(domain::code_of(stage))));
}

// Days since the stage was last changed ("2026-11-02T09:30:00Z"), or 0 when unreadable.
long long days_in_stage(store::ApplicationSummary const& application, domain::Date today)
{
    auto const since = domain::Date::parse_iso(application.stage_changed_at.substr(0, 10));
    return since ? std::max(0L, today.days_since_epoch() - since->days_since_epoch()) : 0;
}

struct PipelineView {
    service::PipelineQuery query;
    std::optional<long long> tier;
    bool board = false;
    std::string path; // this view's address, to come back to after a move
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

// The move form's stage select: "Move the selected applications to…".
TemplateValue move_select(locale::Catalogue const& catalogue, std::string_view id,
                          std::optional<ApplicationStage> current)
{
    TemplateValue field = TemplateValue::object();
    field["id"] = std::string(id);
    field["name"] = std::string("stage");
    field["label"] = std::string(catalogue.text("applications.move.stage"));
    for (auto const stage : stages) {
        auto& option = field["options"].append();
        option["value"] = std::string(domain::code_of(stage));
        option["label"] = stage_label(catalogue, stage);
        option["selected"] = current && *current == stage;
    }
    return field;
}

} // namespace

Response pipeline(Context& context, Services& services)
{
    auto const& catalogue = *context.catalogue;
    auto intakes = services.recruitment.intakes.intakes(context.signed_in());
    if (!intakes)
        return context.failure(intakes.error());
    auto const view = view_of(context.query, *intakes);
    auto applications = services.recruitment.applications.pipeline(context.signed_in(), view.query);
    if (!applications)
        return context.failure(applications.error());
    auto cohorts = services.training.cohorts.cohorts(context.signed_in());
    if (!cohorts)
        return context.failure(cohorts.error());
    // Each one's tier, and only those of the tier asked for.
    std::vector<long long> ids;
    for (auto const& application : *applications)
        ids.push_back(application.id);
    auto standings = services.recruitment.priority.standings(context.signed_in(), ids);
    if (!standings)
        return context.failure(standings.error());
    std::map<long long, int> tier_of;
    int lowest_tier = 1;
    for (auto const& standing : *standings) {
        tier_of[standing.application_id] = standing.placement.tier;
        lowest_tier = std::max(lowest_tier, standing.placement.tier);
    }
    if (view.tier)
        std::erase_if(*applications, [&](store::ApplicationSummary const& application) {
            return tier_of[application.id] != *view.tier;
        });

    std::map<long long, std::string> cohort_names;
    for (auto const& summary : *cohorts)
        cohort_names[summary.cohort.id] = summary.cohort.name;
    // The course filter offers the cohorts of the chosen intake, or of every intake.
    std::vector<std::pair<std::string, std::string>> intake_options;
    std::vector<std::pair<std::string, std::string>> cohort_options;
    std::vector<long long> offered;
    for (auto const& intake : *intakes) {
        intake_options.emplace_back(std::to_string(intake.id), intake.name);
        if (!view.query.intake_id || *view.query.intake_id == intake.id)
            for (auto const id : intake.cohort_ids)
                if (std::ranges::find(offered, id) == offered.end())
                    offered.push_back(id);
    }
    for (auto const id : offered)
        cohort_options.emplace_back(std::to_string(id), cohort_names[id]);

    TemplateValue data = TemplateValue::object();
    auto const selected = [&](std::optional<long long> id) {
        return id ? std::to_string(*id) : std::string();
    };
    data["filters"].append(filter_select("intake", catalogue.text("applications.filters.intake"),
                                         catalogue.text("applications.filters.all_intakes"), "all",
                                         intake_options, selected(view.query.intake_id)));
    data["filters"].append(
        filter_select("stage", catalogue.text("applications.filters.stage"),
                      catalogue.text("applications.filters.all_stages"), "", stage_options(catalogue),
                      view.query.stage ? std::string(domain::code_of(*view.query.stage)) : ""));
    data["filters"].append(filter_select("cohort", catalogue.text("applications.filters.cohort"),
                                         catalogue.text("applications.filters.all_cohorts"), "",
                                         cohort_options, selected(view.query.cohort_id)));
    std::vector<std::pair<std::string, std::string>> tier_options;
    for (int tier = 1; tier <= std::max<long long>(lowest_tier, view.tier.value_or(1)); ++tier)
        tier_options.emplace_back(std::to_string(tier), tier_label(tier, catalogue));
    data["filters"].append(filter_select("tier", catalogue.text("applications.filters.tier"),
                                         catalogue.text("applications.filters.all_tiers"), "", tier_options,
                                         selected(view.tier)));
    data["can_manage_priority"] = context.signed_in().can(domain::Permission::ManagePriority);
    data["can_manage_tests"] = context.signed_in().can(domain::Permission::ManageCatalogue);
    data["board"] = view.board;
    data["view_value"] = std::string(view.board ? "board" : "list");
    data["list_href"] = view.path;
    data["board_href"] = view.path + "&view=board";
    data["return_to"] = view.path;
    data["count"] =
        catalogue.format("applications.count", {{"count", static_cast<long long>(applications->size())}});
    data["has_applications"] = !applications->empty();

    auto const today = services.recruitment.intakes.clock().today();
    auto const row_of = [&](store::ApplicationSummary const& application) {
        TemplateValue row = TemplateValue::object();
        row["id"] = application.id;
        row["href"] = "/applications/" + std::to_string(application.id);
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
    };
    if (view.board) {
        for (auto const stage : stages) {
            auto& column = data["columns"].append();
            column["id"] = "stage-" + std::string(domain::code_of(stage));
            column["title"] = stage_label(catalogue, stage);
            long long count = 0;
            for (auto const& application : *applications)
                if (application.stage == stage) {
                    column["cards"].append(row_of(application));
                    ++count;
                }
            column["count"] = count;
            column["empty"] = count == 0;
        }
    } else {
        for (auto const& application : *applications)
            data["rows"].append(row_of(application));
        data["can_move"] = context.signed_in().can(domain::Permission::EditParticipants);
        data["move_field"] = move_select(catalogue, "move-stage", std::nullopt);
    }
    auto const notice = context.query.get("notice");
    if (notice == "moved")
        data["notice"] =
            catalogue.format("applications.moved", {{"count", context.query_number("moved").value_or(0)}});
    else if (notice == "none_selected")
        data["problem"] = catalogue.text("applications.none_selected");
    return context.page("applications/index", catalogue.text("applications.title"), std::move(data));
}

namespace {

// A form of the application page sent back refused: which one, what was typed, what is wrong.
struct Refused {
    enum class Form { None, Score, Proof };
    Form form = Form::None;
    service::AptitudeScoreInput score;
    service::ProofInput proof; // its criterion names the form, one per reason of her tier
    std::vector<domain::FieldError> errors;
};

// The form that records the day the proof of `reason` was received, with what was typed and
// what is wrong with it when it is the one refused.
TemplateValue proof_form(locale::Catalogue const& catalogue, long long application_id,
                         domain::PriorityReason const& reason, Refused const& refused,
                         TemplateValue& error_summary)
{
    auto const& code = reason.criterion.code;
    bool const is_refused = refused.form == Refused::Form::Proof && refused.proof.criterion_code == code;
    auto const shown = is_refused ? refused.proof.received_on : domain::DateFields{};
    FormView form(
        catalogue, "priority.proof_fields",
        [&](std::string_view field) -> std::string_view {
            if (field == "received_on_day")
                return shown.day;
            if (field == "received_on_month")
                return shown.month;
            if (field == "received_on_year")
                return shown.year;
            return {};
        },
        is_refused ? refused.errors : std::vector<domain::FieldError>{});
    form.set_id_prefix("proof-" + code + "-");
    TemplateValue view = TemplateValue::object();
    view["action"] = "/applications/" + std::to_string(application_id) + "/priority-proofs";
    view["criterion_code"] = code;
    view["date_field"] = form.date("received_on");
    if (is_refused)
        error_summary = form.error_summary();
    return view;
}

// Her tier with the reasons and where their proofs stand, whether each track she chose takes
// her, and the forms that record the day a proof was received and a test score (with what was
// typed and what is wrong with it, after a refused one).
domain::Result<void> add_priority(TemplateValue& data, Context& context, Services& services, long long id,
                                  Refused const& refused)
{
    auto const& catalogue = *context.catalogue;
    auto standing = services.recruitment.priority.standing(context.signed_in(), id);
    if (!standing)
        return domain::fail(standing.error());
    bool const can_edit = context.signed_in().can(domain::Permission::EditParticipants);
    TemplateValue proof_errors = TemplateValue::object();
    data["placement"] = placement_view(
        standing->placement, catalogue, [&](domain::PriorityReason const& reason, TemplateValue& line) {
            if (can_edit)
                line["proof_form"] = proof_form(catalogue, id, reason, refused, proof_errors);
        });
    if (refused.form == Refused::Form::Proof)
        data["error_summary"] = std::move(proof_errors);
    std::vector<Choice> tested;
    for (auto const& choice : standing->choices) {
        auto& line = data["eligibility"].append();
        line["sentence"] = eligibility_sentence(choice, catalogue);
        line["eligible"] = choice.eligibility.eligible();
        line["cohort"] = choice.cohort_name;
        if (choice.eligibility.test && std::ranges::none_of(tested, [&](Choice const& c) {
                return c.value == std::to_string(choice.track.id);
            }))
            tested.push_back(
                {std::to_string(choice.track.id), in_reader_language(choice.track.name, catalogue), ""});
    }
    if (!can_edit || tested.empty())
        return {};
    auto const& typed = refused.score;
    auto const errors =
        refused.form == Refused::Form::Score ? refused.errors : std::vector<domain::FieldError>{};
    FormView form(
        catalogue, "aptitude.fields",
        [&](std::string_view field) -> std::string_view {
            if (field == "track_id")
                return typed.track_id;
            if (field == "taken_on_day")
                return typed.taken_on.day;
            if (field == "taken_on_month")
                return typed.taken_on.month;
            if (field == "taken_on_year")
                return typed.taken_on.year;
            if (field == "score")
                return typed.score;
            return {};
        },
        errors);
    auto& score = data["score_form"];
    score["action"] = "/applications/" + std::to_string(id) + "/aptitude-scores";
    score["track_field"] = form.select("track_id", tested, catalogue.text("aptitude.fields.track_id.blank"));
    score["date_field"] = form.date("taken_on");
    score["score_field"] = form.text("score", {.input_mode = "numeric", .width = "width-4"});
    if (refused.form == Refused::Form::Score)
        data["error_summary"] = form.error_summary();
    return {};
}

// What the latest admission round gave her, with the way to the round.
TemplateValue admission_view(locale::Catalogue const& catalogue, store::RoundOutcome const& outcome,
                             service::IntakeOffer const& offer)
{
    auto const cohort_name = [&](long long id) {
        for (auto const& offered : offer.cohorts)
            if (offered.cohort.id == id)
                return offered.cohort.name;
        return std::to_string(id);
    };
    TemplateValue view = TemplateValue::object();
    if (outcome.admitted_cohort_id)
        view["sentence"] =
            catalogue.format(outcome.declined ? "admission.outcome.declined" : "admission.outcome.admitted",
                             {{"cohort", cohort_name(*outcome.admitted_cohort_id)}});
    else if (outcome.waiting_cohort_id)
        view["sentence"] = catalogue.format("admission.outcome.waiting",
                                            {{"cohort", cohort_name(*outcome.waiting_cohort_id)},
                                             {"position", std::to_string(outcome.waiting_position)}});
    else
        view["sentence"] = catalogue.text("admission.outcome.not_admitted");
    view["round"] =
        catalogue.format(outcome.status == domain::RoundStatus::Draft ? "admission.on_application.draft"
                                                                      : "admission.on_application.confirmed",
                         {{"number", std::to_string(outcome.number)}});
    view["href"] = "/admission-rounds/" + std::to_string(outcome.round_id);
    return view;
}

Response show_application(Context& context, Services& services, long long id, Refused const& refused = {})
{
    auto const& catalogue = *context.catalogue;
    auto details = services.recruitment.applications.application(context.signed_in(), id);
    if (!details)
        return context.failure(details.error());
    auto const& summary = details->summary;
    TemplateValue data = TemplateValue::object();
    data["reference"] = summary.reference;
    data["stage"] = stage_label(catalogue, summary.stage);
    data["waiting"] =
        catalogue.format("applications.days",
                         {{"count", days_in_stage(summary, services.recruitment.intakes.clock().today())}});
    if (auto const sent = domain::Date::parse_iso(summary.submitted_at.substr(0, 10)))
        data["submitted"] = catalogue.date(*sent);
    data["intake"] = details->offer.intake.name;
    data["record_href"] = "/participants/" + std::to_string(summary.participant_id);
    for (auto const question : domain::all_values<domain::ApplicationQuestion>()) {
        auto& row = data["answers"].append();
        row["question"] = catalogue.text(question_key(question, "summary"));
        for (auto const& line :
             answer_lines(question, details->answers, catalogue, context.site.catalogues, details->offer))
            row["lines"].append()["line"] = line;
    }
    if (context.signed_in().can(domain::Permission::EditParticipants)) {
        data["can_move"] = true;
        data["move_field"] = move_select(catalogue, "stage", summary.stage);
        data["return_to"] = "/applications/" + std::to_string(summary.id);
        data["move_ids"] = summary.id;
    }
    if (context.query.get("notice") == "moved")
        data["notice"] =
            catalogue.format("applications.moved", {{"count", context.query_number("moved").value_or(0)}});
    else if (context.query.get("notice") == "score_recorded")
        data["notice"] = catalogue.text("aptitude.recorded");
    else if (context.query.get("notice") == "proof_recorded")
        data["notice"] = catalogue.text("priority.proof.recorded");
    if (auto added = add_priority(data, context, services, summary.id, refused); !added)
        return context.failure(added.error());
    if (context.signed_in().can(domain::Permission::AdmitApplicants))
        if (auto outcome = services.recruitment.admission.outcome_of(context.signed_in(), summary.id);
            outcome && *outcome)
            data["admission"] = admission_view(catalogue, **outcome, details->offer);
    auto const title =
        catalogue.format("applications.show.title", {{"name", summary.first_name + " " + summary.last_name}});
    bool const has_errors = !refused.errors.empty();
    return context.page("applications/show", title, std::move(data), has_errors ? 422 : 200,
                        has_errors ? Context::Errors::Shown : Context::Errors::None);
}

} // namespace

Response application_page(Context& context, Services& services)
{
    return show_application(context, services, context.id_value().value_or(0));
}

Response record_aptitude_score(Context& context, Services& services)
{
    auto const id = context.id_value().value_or(0);
    auto const& form = context.form;
    service::AptitudeScoreInput const typed{std::string(form.get("track_id")),
                                            {std::string(form.get("taken_on_day")),
                                             std::string(form.get("taken_on_month")),
                                             std::string(form.get("taken_on_year"))},
                                            std::string(form.get("score"))};
    auto recorded = services.recruitment.aptitude.record_score(context.signed_in(), id, typed);
    if (!recorded) {
        if (recorded.error().fields.empty())
            return context.failure(recorded.error());
        return show_application(context, services, id,
                                {Refused::Form::Score, typed, {}, recorded.error().fields});
    }
    return Response::redirect("/applications/" + std::to_string(id) + "?notice=score_recorded#aptitude");
}

Response record_priority_proof(Context& context, Services& services)
{
    auto const id = context.id_value().value_or(0);
    auto const& form = context.form;
    service::ProofInput const typed{std::string(form.get("criterion")),
                                    {std::string(form.get("received_on_day")),
                                     std::string(form.get("received_on_month")),
                                     std::string(form.get("received_on_year"))}};
    auto recorded = services.recruitment.priority.record_proof(context.signed_in(), id, typed);
    if (!recorded) {
        if (recorded.error().fields.empty())
            return context.failure(recorded.error());
        return show_application(context, services, id,
                                {Refused::Form::Proof, {}, typed, recorded.error().fields});
    }
    return Response::redirect("/applications/" + std::to_string(id) + "?notice=proof_recorded#priority");
}

Response move_applications(Context& context, Services& services)
{
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
    auto moved = services.recruitment.applications.move(context.signed_in(), ids, *stage);
    if (!moved)
        return context.failure(moved.error());
    return Response::redirect(back + separator + "notice=moved&moved=" + std::to_string(*moved));
}

} // namespace tremplin::web

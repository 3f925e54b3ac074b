// One application as she wrote it, with her record a click away, her tier with where the proof
// of each reason stands, whether each course she chose takes her, what the latest admission
// round gave her, and the forms that record the day a proof was received and a test score.

#include "web/application.hpp"
#include "web/form_outcome.hpp"
#include "web/form_view.hpp"
#include "web/pages/application_pages.hpp"
#include "web/pages/application_questions.hpp"
#include "web/pages/pipeline_display.hpp"
#include "web/pages/priority_display.hpp"
#include "web/pages/training_display.hpp"
#include "web/paths.hpp"

namespace tremplin::web::pages::recruitment {

using domain::ApplicationStage;

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
    view["action"] = paths::application_priority_proofs(application_id);
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
                                  bool can_edit, Refused const& refused)
{
    auto const& catalogue = *context.catalogue;
    auto const standing = TRY(services.recruitment.priority.standing(context.signed_in(), id));
    TemplateValue proof_errors = TemplateValue::object();
    data["priority_standing"] = priority_view(
        standing.priority, catalogue, [&](domain::PriorityReason const& reason, TemplateValue& line) {
            if (can_edit)
                line["proof_form"] = proof_form(catalogue, id, reason, refused, proof_errors);
        });
    if (refused.form == Refused::Form::Proof)
        data["error_summary"] = std::move(proof_errors);
    std::vector<Choice> tested;
    for (auto const& choice : standing.choices) {
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
    score["action"] = paths::application_aptitude_scores(id);
    score["track_field"] = form.select("track_id", tested, catalogue.text("aptitude.fields.track_id.blank"));
    score["date_field"] = form.date("taken_on");
    score["score_field"] = form.text("score", {.input_mode = "numeric", .width = "width-4"});
    if (refused.form == Refused::Form::Score)
        data["error_summary"] = form.error_summary();
    return {};
}

// What the latest admission round gave her, with the way to the round.
TemplateValue admission_view(locale::Catalogue const& catalogue, service::RoundOutcome const& outcome,
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
    view["href"] = paths::admission_round(outcome.round_id);
    return view;
}

domain::Result<Response> show_application(Context& context, Services& services, long long id,
                                          Refused const& refused = {})
{
    auto const& catalogue = *context.catalogue;
    auto const details = TRY(services.recruitment.applications.application(context.signed_in(), id));
    auto const& summary = details.summary;
    TemplateValue data = TemplateValue::object();
    data["reference"] = summary.reference;
    data["stage"] = stage_label(catalogue, summary.stage);
    data["waiting"] =
        catalogue.format("applications.days",
                         {{"count", days_in_stage(summary, services.recruitment.intakes.clock().today())}});
    if (auto const sent = domain::Date::parse_iso(summary.submitted_at.substr(0, 10)))
        data["submitted"] = catalogue.date(*sent);
    data["intake"] = details.offer.intake.name;
    data["record_href"] = paths::participant(summary.participant_id);
    for (auto const question : domain::all_values<domain::ApplicationQuestion>()) {
        // Not even "not answered" for a reader who may not see them.
        if (question == domain::ApplicationQuestion::Equality && !details.sees.special_categories)
            continue;
        auto& row = data["answers"].append();
        row["question"] = catalogue.text(question_key(question, "summary"));
        for (auto const& line :
             answer_lines(question, details.answers, catalogue, context.site.catalogues, details.offer))
            row["lines"].append()["line"] = line;
    }
    if (details.may.edit) {
        data["can_move"] = true;
        data["move_field"] = move_select(catalogue, "stage", summary.stage);
        data["return_to"] = paths::application(summary.id);
        data["move_ids"] = summary.id;
    }
    if (context.query.get("notice") == "moved")
        data["notice"] =
            catalogue.format("applications.moved", {{"count", context.query_number("moved").value_or(0)}});
    else if (context.query.get("notice") == "not_moved")
        data["problem"] = catalogue.text("errors.application.decided_by_round");
    else if (context.query.get("notice") == "score_recorded")
        data["notice"] = catalogue.text("aptitude.recorded");
    else if (context.query.get("notice") == "proof_recorded")
        data["notice"] = catalogue.text("priority.proof.recorded");
    TRY(add_priority(data, context, services, summary.id, details.may.edit, refused));
    if (details.may.see_admission)
        if (auto outcome = services.recruitment.admission.outcome_of(context.signed_in(), summary.id);
            outcome && *outcome)
            data["admission"] = admission_view(catalogue, **outcome, details.offer);
    auto const title =
        catalogue.format("applications.show.title", {{"name", summary.first_name + " " + summary.last_name}});
    bool const has_errors = !refused.errors.empty();
    return context.page("applications/show", title, std::move(data), has_errors ? 422 : 200,
                        has_errors ? Context::Errors::Shown : Context::Errors::None);
}

} // namespace

domain::Result<Response> application_page(Context& context, Services& services)
{
    return show_application(context, services, TRY(context.record_id()));
}

domain::Result<Response> record_aptitude_score(Context& context, Services& services)
{
    auto const id = TRY(context.record_id());
    auto const& form = context.form;
    service::AptitudeScoreInput const typed{std::string(form.get("track_id")),
                                            {std::string(form.get("taken_on_day")),
                                             std::string(form.get("taken_on_month")),
                                             std::string(form.get("taken_on_year"))},
                                            std::string(form.get("score"))};
    return after_form(
        services.recruitment.aptitude.record_score(context.signed_in(), id, typed),
        [&](auto errors) {
            return show_application(context, services, id,
                                    {Refused::Form::Score, typed, {}, std::move(errors)});
        },
        [&](long long) {
            return Response::redirect(paths::application(id) + "?notice=score_recorded#aptitude");
        });
}

domain::Result<Response> record_priority_proof(Context& context, Services& services)
{
    auto const id = TRY(context.record_id());
    auto const& form = context.form;
    service::ProofInput const typed{std::string(form.get("criterion")),
                                    {std::string(form.get("received_on_day")),
                                     std::string(form.get("received_on_month")),
                                     std::string(form.get("received_on_year"))}};
    return after_form(
        services.recruitment.priority.record_proof(context.signed_in(), id, typed),
        [&](auto errors) {
            return show_application(context, services, id,
                                    {Refused::Form::Proof, {}, typed, std::move(errors)});
        },
        [&]() { return Response::redirect(paths::application(id) + "?notice=proof_recorded#priority"); });
}

} // namespace tremplin::web::pages::recruitment

// The admission page of an intake: its cohorts and seats, its rounds, and the form that
// draws the seats (social priority first, a recorded lottery within a tier).

#include "web/pages/admission_pages.hpp"

#include "web/application.hpp"
#include "web/form_outcome.hpp"
#include "web/form_view.hpp"
#include "web/pages/admission_display.hpp"
#include "web/paths.hpp"

namespace tremplin::web::pages::admission {

namespace {

using domain::RoundStatus;

struct TypedDraw {
    std::string lottery = "single";
    std::string seed;
};

// The intake's rounds, newest first; whether one is confirmed, whether one is a draft.
struct RoundsSeen {
    bool confirmed = false;
    bool draft = false;
};

RoundsSeen add_rounds(TemplateValue& data, Context const& context,
                      std::vector<service::RoundSummary> const& rounds)
{
    RoundsSeen seen;
    for (auto const& round : rounds) {
        auto& row = data["rounds"].append();
        row["number"] = static_cast<long long>(round.number);
        row["status"] = round_status_text(*context.catalogue, round.status);
        row["drawn"] = local_time(context, round.drawn_at);
        row["applicants"] = static_cast<long long>(round.applicants);
        row["admitted"] = static_cast<long long>(round.admitted);
        row["href"] = paths::admission_round(round.id);
        seen.confirmed = seen.confirmed || round.status == RoundStatus::Confirmed;
        seen.draft = seen.draft || round.status == RoundStatus::Draft;
    }
    data["has_rounds"] = !rounds.empty();
    return seen;
}

// The form that draws the seats (again, over a draft), with what was typed and what is wrong.
TemplateValue draw_form(locale::Catalogue const& catalogue, long long intake_id, bool again, FormView& form)
{
    TemplateValue draw = TemplateValue::object();
    draw["action"] = paths::intake_admission(intake_id);
    draw["again"] = again;
    draw["lottery_field"] =
        form.radios("lottery", coded_choices<domain::LotteryMode>(catalogue, "admission.lottery"));
    draw["seed_field"] = form.text("seed", {.input_mode = "numeric", .width = "width-10"});
    draw["draw_error"] = form.error_for("draw");
    return draw;
}

domain::Result<Response> intake_admission(Context& context, Services& services, long long intake_id,
                                          TypedDraw const& typed, std::vector<domain::FieldError> errors)
{
    auto const& catalogue = *context.catalogue;
    auto const& actor = context.signed_in();
    auto const offer = TRY(services.recruitment.intakes.intake(actor, intake_id));
    auto const rounds = TRY(services.recruitment.admission.rounds(actor, intake_id));
    bool const has_errors = !errors.empty();
    FormView form(
        catalogue, "admission.fields",
        [&](std::string_view field) -> std::string_view {
            if (field == "lottery")
                return typed.lottery;
            if (field == "seed")
                return typed.seed;
            return {};
        },
        std::move(errors));

    TemplateValue data = TemplateValue::object();
    data["intakes_href"] = "/intakes";
    data["applications_href"] = "/applications?intake=" + std::to_string(intake_id);
    auto const seen = add_rounds(data, context, rounds);
    data["confirmed"] = seen.confirmed;
    if (!seen.confirmed && offer.intake.open_on(services.recruitment.intakes.clock().today()))
        data["still_open"] =
            catalogue.format("admission.still_open", {{"closes_on", catalogue.date(offer.intake.closes_on)}});
    if (!seen.confirmed)
        data["draw"] = draw_form(catalogue, intake_id, seen.draft, form);
    for (auto const& offered : offer.cohorts) {
        auto& row = data["cohorts"].append();
        row["name"] = offered.cohort.name;
        row["capacity"] = static_cast<long long>(offered.cohort.capacity);
    }
    data["error_summary"] = form.error_summary();
    auto const title = catalogue.format("admission.title", {{"intake", offer.intake.name}});
    return context.page("admission/intake", title, std::move(data), has_errors ? 422 : 200,
                        has_errors ? Context::Errors::Shown : Context::Errors::None);
}

} // namespace

domain::Result<Response> admission_page(Context& context, Services& services)
{
    return intake_admission(context, services, TRY(context.record_id()), {}, {});
}

domain::Result<Response> draw_round(Context& context, Services& services)
{
    auto const intake_id = TRY(context.record_id());
    TypedDraw typed{std::string(context.form.get("lottery")), std::string(context.form.get("seed"))};
    service::DrawRequest request{
        intake_id,
        domain::from_code<domain::LotteryMode>(typed.lottery).value_or(domain::LotteryMode::Single),
        std::nullopt};
    auto const redisplay = [&](std::vector<domain::FieldError> errors) {
        return intake_admission(context, services, intake_id, typed, std::move(errors));
    };
    if (!typed.seed.empty()) {
        request.seed = whole_number(typed.seed);
        if (!request.seed)
            return redisplay({{"seed", "errors.admission.seed_not_valid"}});
    }
    return after_form(services.recruitment.admission.draw(context.signed_in(), request), redisplay,
                      [](long long drawn) { return Response::redirect(paths::admission_round(drawn)); });
}

} // namespace tremplin::web::pages::admission

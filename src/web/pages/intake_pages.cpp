// Intakes: when the centre takes applications and for which cohorts. The coordinator opens one
// for the cohorts of the coming months; the public form offers them while it is open.

#include "web/application.hpp"
#include "web/form_outcome.hpp"
#include "web/form_view.hpp"
#include "web/pages/application_pages.hpp"
#include "web/paths.hpp"

namespace tremplin::web::pages::recruitment {

namespace {

struct TypedIntake {
    std::string name;
    std::string opens_on;
    std::string closes_on;
    std::vector<long long> cohort_ids;
};

TypedIntake typed_of(domain::Intake const& intake)
{
    return {intake.name, intake.opens_on.iso(), intake.closes_on.iso(), intake.cohort_ids};
}

TypedIntake typed_from(FormData const& form)
{
    TypedIntake typed{std::string(form.get("name")),
                      std::string(form.get("opens_on")),
                      std::string(form.get("closes_on")),
                      {}};
    for (auto const& [name, value] : form.fields()) {
        if (auto const id = whole_number(value); name == "cohorts" && id)
            typed.cohort_ids.push_back(*id);
    }
    return typed;
}

// The intake typed, or the problems of its dates (the rest is the service's to check).
domain::Result<domain::Intake> read_intake(TypedIntake const& typed, long long id)
{
    std::vector<domain::FieldError> errors;
    auto const opens = domain::Date::parse_iso(typed.opens_on);
    auto const closes = domain::Date::parse_iso(typed.closes_on);
    if (!opens)
        errors.push_back({"opens_on", typed.opens_on.empty() ? "errors.intake.opens_missing"
                                                             : "errors.intake.date_not_real"});
    if (!closes)
        errors.push_back({"closes_on", typed.closes_on.empty() ? "errors.intake.closes_missing"
                                                               : "errors.intake.date_not_real"});
    if (!errors.empty())
        return domain::fail(domain::Error::invalid(std::move(errors)));
    return domain::Intake{id, 0, typed.name, *opens, *closes, typed.cohort_ids};
}

domain::Result<Response> intake_form(Context& context, Services& services, long long id,
                                     TypedIntake const& typed, std::vector<domain::FieldError> errors)
{
    auto const& catalogue = *context.catalogue;
    auto const cohorts = TRY(services.training.cohorts.cohorts(context.signed_in()));
    bool const has_errors = !errors.empty();
    FormView form(
        catalogue, "intakes.fields",
        [&](std::string_view field) -> std::string_view {
            if (field == "name")
                return typed.name;
            if (field == "opens_on")
                return typed.opens_on;
            if (field == "closes_on")
                return typed.closes_on;
            return {};
        },
        std::move(errors));
    TemplateValue data = TemplateValue::object();
    data["text_fields"].append(form.text("name", {.width = "width-20", .spellcheck = true}));
    data["text_fields"].append(form.text("opens_on", {.type = "date", .width = "width-10"}));
    data["text_fields"].append(form.text("closes_on", {.type = "date", .width = "width-10"}));
    auto& cohort_field = data["cohorts_field"];
    cohort_field["label"] = catalogue.text("intakes.fields.cohorts.label");
    cohort_field["hint"] = catalogue.text("intakes.fields.cohorts.hint");
    if (auto const error = form.error_for("cohorts"); !error.empty())
        cohort_field["error"] = error;
    auto const today = services.recruitment.intakes.clock().today();
    for (auto const& summary : cohorts) {
        bool const chosen = std::ranges::find(typed.cohort_ids, summary.cohort.id) != typed.cohort_ids.end();
        if (summary.cohort.ends_on < today && !chosen)
            continue; // a cohort already over is not offered, unless the intake already had it
        bool const first = cohort_field.field("options") == nullptr;
        auto& option = cohort_field["options"].append();
        // The error summary links to "#cohorts": the first box.
        option["id"] = first ? std::string("cohorts") : "cohort-" + std::to_string(summary.cohort.id);
        option["value"] = summary.cohort.id;
        option["label"] = summary.cohort.name + " – " + catalogue.date(summary.cohort.starts_on);
        option["checked"] = chosen;
    }
    data["error_summary"] = form.error_summary();
    data["action"] = id ? paths::intake(id) : std::string("/intakes");
    auto const title = catalogue.text(id ? "intakes.edit_title" : "intakes.new_title");
    return context.page("intakes/form", title, std::move(data), has_errors ? 422 : 200,
                        has_errors ? Context::Errors::Shown : Context::Errors::None);
}

domain::Result<Response> save_intake(Context& context, Services& services, long long id)
{
    TRY(services.recruitment.intakes.may_manage(context.signed_in()));
    auto const typed = typed_from(context.form);
    auto const redisplay = [&](auto errors) {
        return intake_form(context, services, id, typed, std::move(errors));
    };
    auto const intake = read_intake(typed, id);
    if (!intake)
        return redisplay(intake.error().fields);
    return after_form(services.recruitment.intakes.save(context.signed_in(), *intake), redisplay,
                      [](long long) { return Response::redirect("/intakes?notice=saved"); });
}

} // namespace

domain::Result<Response> intake_list(Context& context, Services& services)
{
    auto const list = TRY(services.recruitment.intakes.intakes(context.signed_in()));
    auto const& catalogue = *context.catalogue;
    auto const today = services.recruitment.intakes.clock().today();
    TemplateValue data = TemplateValue::object();
    data["can_manage"] = list.may.manage;
    data["can_admit"] = list.may.admit;
    data["has_intakes"] = !list.intakes.empty();
    for (auto const& intake : list.intakes) {
        auto& row = data["intakes"].append();
        row["name"] = intake.name;
        row["dates"] = catalogue.format("intakes.dates", {{"from", catalogue.date(intake.opens_on)},
                                                          {"to", catalogue.date(intake.closes_on)}});
        row["status"] = catalogue.text(intake.open_on(today)      ? "intakes.status.open"
                                       : intake.closes_on < today ? "intakes.status.closed"
                                                                  : "intakes.status.coming");
        row["cohorts"] = static_cast<long long>(intake.cohort_ids.size());
        row["applications_href"] = "/applications?intake=" + std::to_string(intake.id);
        row["edit_href"] = paths::intake_edit(intake.id);
        row["admission_href"] = paths::intake_admission(intake.id);
    }
    if (context.query.get("notice") == "saved")
        data["notice"] = catalogue.text("intakes.saved");
    return context.page("intakes/index", catalogue.text("intakes.title"), std::move(data));
}

domain::Result<Response> new_intake(Context& context, Services& services)
{
    TRY(services.recruitment.intakes.may_manage(context.signed_in()));
    return intake_form(context, services, 0, {}, {});
}

domain::Result<Response> create_intake(Context& context, Services& services)
{
    return save_intake(context, services, 0);
}

domain::Result<Response> edit_intake(Context& context, Services& services)
{
    auto const id = TRY(context.record_id());
    auto const offer = TRY(services.recruitment.intakes.for_editing(context.signed_in(), id));
    return intake_form(context, services, offer.intake.id, typed_of(offer.intake), {});
}

domain::Result<Response> update_intake(Context& context, Services& services)
{
    return save_intake(context, services, TRY(context.record_id()));
}

} // namespace tremplin::web::pages::recruitment

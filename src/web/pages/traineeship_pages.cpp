// A traineeship's page: the trainee, the host, the offer, the tutor, the dates and hours; for the
// job coach the status changes it may make (an interruption takes a reason and her last day),
// the day each party signed the agreement, and whether the host hired her; and the agreement as
// a PDF. A form sent back comes with its mistakes beside its fields.

#include "web/pages/traineeship_pages.hpp"

#include "service/traineeship_service.hpp"
#include "web/form_outcome.hpp"
#include "web/form_view.hpp"
#include "web/pages/traineeship_display.hpp"
#include "web/paths.hpp"

#include <array>

namespace tremplin::web::pages::traineeships {

namespace {

using domain::TraineeshipStatus;

// One of the page's forms sent back: which ("status", "signature-host"…) and why; what she typed
// is read again from the request.
struct Refused {
    std::string form;
    std::vector<domain::FieldError> errors;
};

using Party = std::pair<service::AgreementParty, std::string_view>;
constexpr std::array parties{Party{service::AgreementParty::Centre, "centre"},
                             Party{service::AgreementParty::Host, "host"},
                             Party{service::AgreementParty::Trainee, "trainee"}};

FormView form_view(Context const& context, Refused const& refused, std::string_view form,
                   FormView::ValueOf shown)
{
    bool const this_one = refused.form == form;
    FormView::ValueOf value_of = [&context, this_one, shown](std::string_view field) {
        return this_one ? context.form.get(field) : shown(field);
    };
    return FormView(*context.catalogue, "traineeships.fields", std::move(value_of),
                    this_one ? refused.errors : std::vector<domain::FieldError>());
}

void add_status(TemplateValue& data, Context const& context, domain::Traineeship const& traineeship,
                Refused const& refused)
{
    auto const& catalogue = *context.catalogue;
    data["status_action"] = paths::traineeship_status(traineeship.id);
    data["has_moves"] = false;
    for (auto const next : {TraineeshipStatus::Ongoing, TraineeshipStatus::Completed})
        if (domain::traineeship_may_become(traineeship.status, next)) {
            data["has_moves"] = true;
            auto& move = data["moves"].append();
            move["value"] = std::string(domain::code_of(next));
            move["label"] = catalogue.text("traineeships.page.moves." + std::string(domain::code_of(next)));
        }
    bool const may_interrupt =
        domain::traineeship_may_become(traineeship.status, TraineeshipStatus::Interrupted);
    data["closed"] = !may_interrupt;
    auto form = form_view(context, refused, "status", [](std::string_view) { return std::string_view(); });
    if (may_interrupt) {
        data["interruption"] = form.select(
            "interruption", coded_choices<domain::InterruptionReason>(catalogue, "traineeships.reasons"), "");
        data["left_on"] = form.text("left_on", {.type = "date", .width = "width-10"});
    }
    if (refused.form == "status")
        data["error_summary"] = form.error_summary();
}

void add_signatures(TemplateValue& data, Context const& context, domain::AgreementSignatures const& signed_by,
                    Refused const& refused, bool may_manage)
{
    auto const& catalogue = *context.catalogue;
    for (auto const& [party, code] : parties) {
        auto const& day = party == service::AgreementParty::Centre ? signed_by.centre
                          : party == service::AgreementParty::Host ? signed_by.host
                                                                   : signed_by.trainee;
        auto& row = data["signatures"].append();
        row["party"] = std::string(code);
        row["title_id"] = "signature-" + std::string(code) + "-title";
        row["party_label"] = catalogue.text("traineeships.page.parties." + std::string(code));
        row["value"] =
            day ? catalogue.format("traineeships.page.signed_value", {{"date", catalogue.date(*day)}})
                : std::string(catalogue.text("traineeships.page.not_signed"));
        if (!may_manage)
            continue;
        auto const iso = day ? day->iso() : std::string();
        auto form = form_view(context, refused, "signature-" + std::string(code),
                              [iso](std::string_view) { return std::string_view(iso); });
        form.set_id_prefix(std::string(code) + "-");
        row["signed_on"] = form.text("signed_on", {.type = "date", .width = "width-10"});
        if (refused.form == "signature-" + std::string(code))
            data["error_summary"] = form.error_summary();
    }
}

domain::Result<Response> traineeship_page(Context& context, Services& services, long long id,
                                          Refused const& refused = {})
{
    auto const details = TRY(services.traineeships.details(context.signed_in(), id));
    auto const& traineeship = details.traineeship;
    auto const& catalogue = *context.catalogue;
    auto const name = details.first_name + " " + details.last_name;
    TemplateValue data = TemplateValue::object();
    data["can_manage"] = details.may.manage;
    data["trainee"] = name;
    if (details.may.records)
        data["trainee_href"] = paths::participant(traineeship.participant_id);
    data["cohort"] = details.cohort.name;
    data["board_href"] = paths::cohort_traineeships(details.cohort.id);
    data["evaluations_href"] = paths::traineeship_evaluations(traineeship.id);
    data["host"] = details.partner.name;
    data["host_href"] = paths::partner(details.partner.id);
    if (details.offer) {
        data["offer"] = details.offer->title;
        data["offer_href"] = paths::offer(details.offer->id);
    }
    data["tutor"] = details.tutor
                        ? (details.tutor->role.empty() ? details.tutor->name
                                                       : details.tutor->name + ", " + details.tutor->role)
                        : std::string(catalogue.text("traineeships.no_tutor"));
    data["dates"] = dates_of(context, traineeship.starts_on, traineeship.ends_on);
    data["hours"] = catalogue.format("traineeships.hours_value",
                                     {{"hours", static_cast<long long>(traineeship.hours_per_week)}});
    data["status"] = status_label(context, traineeship);
    data["hired"] = catalogue.text(traineeship.hired_by_host ? "answers.yes" : "answers.no");
    data["agreement_href"] = paths::traineeship_agreement(id);
    add_signatures(data, context, traineeship.signatures, refused, details.may.manage);
    if (details.may.manage) {
        add_status(data, context, traineeship, refused);
        data["signature_action"] = paths::traineeship_signatures(id);
        data["hired_action"] = paths::traineeship_hired(id);
        auto const hired = std::string(traineeship.hired_by_host ? "yes" : "no");
        auto form = form_view(context, refused, "hired",
                              [hired](std::string_view) { return std::string_view(hired); });
        data["hired_choice"] = form.radios("hired",
                                           {{"yes", std::string(catalogue.text("answers.yes")), {}},
                                            {"no", std::string(catalogue.text("answers.no")), {}}},
                                           true);
        if (refused.form == "hired")
            data["error_summary"] = form.error_summary();
    }
    auto const notice = context.query.get("notice");
    if (notice == "recorded" || notice == "status_changed" || notice == "signature_recorded" ||
        notice == "hired_recorded")
        data["notice"] = context.text("traineeships.notices." + std::string(notice));
    return context.page("traineeships/show", catalogue.format("traineeships.page.title", {{"name", name}}),
                        std::move(data), refused.form.empty() ? 200 : 422,
                        refused.form.empty() ? Context::Errors::None : Context::Errors::Shown);
}

// The redirect after a change, or the page again with the refused form.
template <class T>
domain::Result<Response> after_change(Context& context, Services& services, long long id, std::string form,
                                      domain::Result<T> outcome, std::string_view notice)
{
    return after_form(
        std::move(outcome),
        [&](auto errors) {
            return traineeship_page(context, services, id, {std::move(form), std::move(errors)});
        },
        [&] { return Response::redirect(paths::traineeship(id) + "?notice=" + std::string(notice)); });
}

} // namespace

domain::Result<Response> show_traineeship(Context& context, Services& services)
{
    return traineeship_page(context, services, TRY(context.record_id()));
}

domain::Result<Response> change_status(Context& context, Services& services)
{
    TRY(services.traineeships.may_manage(context.signed_in()));
    auto const id = TRY(context.record_id());
    service::TraineeshipStatusChange change;
    auto const status = domain::from_code<TraineeshipStatus>(context.form.get("status"));
    if (!status)
        return context.error_page(400);
    change.status = *status;
    change.interruption = domain::from_code<domain::InterruptionReason>(context.form.get("interruption"));
    change.left_on = domain::Date::parse_iso(context.form.get("left_on"));
    return after_change(context, services, id, "status",
                        services.traineeships.change_status(context.signed_in(), id, change),
                        "status_changed");
}

domain::Result<Response> record_signature(Context& context, Services& services)
{
    TRY(services.traineeships.may_manage(context.signed_in()));
    auto const id = TRY(context.record_id());
    auto const party = std::ranges::find(parties, context.form.get("party"), &Party::second);
    if (party == parties.end())
        return context.error_page(400);
    auto const form = "signature-" + std::string(party->second);
    auto const signed_on = domain::Date::parse_iso(context.form.get("signed_on"));
    if (!signed_on)
        return traineeship_page(context, services, id,
                                {form, {{"signed_on", "errors.traineeship.date_invalid"}}});
    return after_change(
        context, services, id, form,
        services.traineeships.record_signature(context.signed_in(), id, party->first, *signed_on),
        "signature_recorded");
}

domain::Result<Response> record_hired(Context& context, Services& services)
{
    TRY(services.traineeships.may_manage(context.signed_in()));
    auto const id = TRY(context.record_id());
    auto const hired = context.form.get("hired");
    if (hired != "yes" && hired != "no")
        return context.error_page(400);
    return after_change(context, services, id, "hired",
                        services.traineeships.record_hired_by_host(context.signed_in(), id, hired == "yes"),
                        "hired_recorded");
}

} // namespace tremplin::web::pages::traineeships

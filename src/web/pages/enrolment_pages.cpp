// Enrolling someone in a cohort (from her record) and moving an enrolment to its next stage.

#include "web/pages/enrolment_pages.hpp"

#include "web/application.hpp"
#include "web/form_outcome.hpp"
#include "web/form_view.hpp"
#include "web/paths.hpp"

namespace tremplin::web::pages::enrolments {

namespace {

using Typed = std::map<std::string, std::string, std::less<>>;

FormView::ValueOf value_from(Typed const& typed)
{
    return [&typed](std::string_view field) -> std::string_view {
        auto const found = typed.find(field);
        return found == typed.end() ? std::string_view() : std::string_view(found->second);
    };
}

domain::Result<Response> enrol_page(Context& context, Services& services, long long participant_id,
                                    Typed const& typed, std::vector<domain::FieldError> errors, int status)
{
    auto const participant = TRY(services.participants.view(context.signed_in(), participant_id));
    auto const cohorts = TRY(services.training.cohorts.cohorts(context.signed_in()));
    auto const today = services.training.attendance.clock().today();
    std::vector<Choice> choices;
    for (auto const& summary : cohorts) {
        if (summary.cohort.ends_on < today)
            continue; // a cohort that has ended takes nobody
        choices.push_back(
            {std::to_string(summary.cohort.id),
             context.catalogue->format("enrolments.cohort_choice",
                                       {{"name", summary.cohort.name},
                                        {"start", context.catalogue->date(summary.cohort.starts_on)},
                                        {"taken", summary.seats_taken},
                                        {"capacity", summary.cohort.capacity}}),
             {}});
    }
    FormView form(*context.catalogue, "enrolments.fields", value_from(typed), std::move(errors));
    TemplateValue data = TemplateValue::object();
    data["action"] = paths::participant_enrolments(participant_id);
    data["back_href"] = paths::participant(participant_id);
    data["has_cohorts"] = !choices.empty();
    data["cohort"] = form.radios("cohort_id", choices);
    data["override"] = form.textarea("capacity_override_reason", 2);
    data["error_summary"] = form.error_summary();
    auto const title = context.catalogue->format("enrolments.title", {{"name", participant.full_name()}});
    return context.page("enrolments/new", title, std::move(data), status,
                        form.has_errors() ? Context::Errors::Shown : Context::Errors::None);
}

} // namespace

domain::Result<Response> show_enrol(Context& context, Services& services)
{
    TRY(services.training.enrolments.may_manage(context.signed_in()));
    return enrol_page(context, services, TRY(context.record_id()), {}, {}, 200);
}

domain::Result<Response> enrol(Context& context, Services& services)
{
    TRY(services.training.enrolments.may_manage(context.signed_in()));
    auto const participant_id = TRY(context.record_id());
    Typed const typed{
        {"cohort_id", std::string(context.form.get("cohort_id"))},
        {"capacity_override_reason", std::string(context.form.get("capacity_override_reason"))}};
    service::EnrolmentRequest request;
    request.participant_id = participant_id;
    request.cohort_id = std::atoll(typed.at("cohort_id").c_str());
    request.capacity_override_reason = typed.at("capacity_override_reason");
    if (request.cohort_id == 0)
        return enrol_page(context, services, participant_id, typed,
                          {{"cohort_id", "errors.enrolment.cohort_missing"}}, 422);
    return after_form(
        services.training.enrolments.enrol(context.signed_in(), request),
        [&](auto errors) {
            return enrol_page(context, services, participant_id, typed, std::move(errors), 422);
        },
        [&](long long) {
            return Response::redirect(paths::participant(participant_id) + "?notice=enrolled");
        });
}

namespace {

domain::Result<Response> stage_page(Context& context, Services& services, long long enrolment_id,
                                    Typed const& typed, std::vector<domain::FieldError> errors, int status)
{
    auto const enrolment = TRY(services.training.enrolments.find(context.signed_in(), enrolment_id));
    auto const& catalogue = *context.catalogue;
    std::vector<Choice> stages;
    for (auto stage : domain::next_stages(enrolment.enrolment.stage)) {
        auto const code = std::string(domain::code_of(stage));
        stages.push_back({code, std::string(catalogue.text("enrolment_stages." + code)), {}});
    }
    FormView form(catalogue, "enrolments.stage_fields", value_from(typed), std::move(errors));
    TemplateValue data = TemplateValue::object();
    data["action"] = paths::enrolment_stage(enrolment_id);
    data["back_href"] = paths::participant(enrolment.enrolment.participant_id);
    data["current"] = catalogue.format(
        "enrolments.current_stage",
        {{"stage", std::string(catalogue.text("enrolment_stages." +
                                              std::string(domain::code_of(enrolment.enrolment.stage))))},
         {"cohort", enrolment.cohort_name}});
    data["has_stages"] = !stages.empty();
    data["stage"] = form.radios("stage", stages);
    data["reason"] = form.select("withdrawal_reason",
                                 coded_choices<domain::WithdrawalReason>(catalogue, "withdrawal_reasons"),
                                 catalogue.text("forms.choose"));
    std::vector<Choice> targets;
    if (auto cohorts = services.training.cohorts.cohorts(context.signed_in())) {
        auto const today = services.training.attendance.clock().today();
        for (auto const& summary : *cohorts)
            if (summary.cohort.id != enrolment.enrolment.cohort_id && summary.cohort.ends_on >= today)
                targets.push_back({std::to_string(summary.cohort.id), summary.cohort.name, {}});
    }
    data["target"] = form.select("transferred_to_cohort_id", targets, catalogue.text("forms.choose"));
    data["error_summary"] = form.error_summary();
    auto const title = enrolment.first_name + " " + enrolment.last_name;
    return context.page("enrolments/stage", title, std::move(data), status,
                        form.has_errors() ? Context::Errors::Shown : Context::Errors::None);
}

} // namespace

domain::Result<Response> show_stage(Context& context, Services& services)
{
    TRY(services.training.enrolments.may_manage(context.signed_in()));
    return stage_page(context, services, TRY(context.record_id()), {}, {}, 200);
}

domain::Result<Response> change_stage(Context& context, Services& services)
{
    TRY(services.training.enrolments.may_manage(context.signed_in()));
    auto const enrolment_id = TRY(context.record_id());
    Typed const typed{
        {"stage", std::string(context.form.get("stage"))},
        {"withdrawal_reason", std::string(context.form.get("withdrawal_reason"))},
        {"transferred_to_cohort_id", std::string(context.form.get("transferred_to_cohort_id"))}};
    auto const stage = domain::from_code<domain::EnrolmentStage>(typed.at("stage"));
    if (!stage)
        return stage_page(context, services, enrolment_id, typed,
                          {{"stage", "errors.enrolment.stage_missing"}}, 422);
    service::StageChange change;
    change.to = *stage;
    change.withdrawal_reason = domain::from_code<domain::WithdrawalReason>(typed.at("withdrawal_reason"));
    change.transferred_to_cohort_id = std::atoll(typed.at("transferred_to_cohort_id").c_str());
    return after_form(
        services.training.enrolments.change_stage(context.signed_in(), enrolment_id, change),
        [&](auto errors) {
            return stage_page(context, services, enrolment_id, typed, std::move(errors), 422);
        },
        [&]() {
            auto const enrolment = services.training.enrolments.find(context.signed_in(), enrolment_id);
            return Response::redirect(
                paths::participant(enrolment ? enrolment->enrolment.participant_id : 0) +
                "?notice=stage_changed");
        });
}

} // namespace tremplin::web::pages::enrolments

// Recording a traineeship in two steps, without JavaScript: step 1 chooses the trainee and the
// host and is sent by GET to the same address (?enrolment=&partner=); step 2 then offers that
// host's contacts as tutors and its offers, the dates (the cohort's traineeship period unless
// she types others) and the hours, and is sent by POST. A refusal comes back beside its field
// with what she typed (docs/design.md "Traineeship pages").

#include "web/form_outcome.hpp"
#include "web/form_view.hpp"
#include "web/pages/offer_display.hpp"
#include "web/pages/traineeship_pages.hpp"
#include "web/paths.hpp"

#include <map>

namespace tremplin::web::pages::traineeships {

namespace {

using Typed = std::map<std::string, std::string, std::less<>>;

constexpr std::string_view form_fields[] = {"enrolment", "partner", "tutor",         "offer",
                                            "starts_on", "ends_on", "hours_per_week"};

Typed typed_from(FormData const& fields)
{
    Typed typed;
    for (auto const field : form_fields)
        typed.emplace(field, std::string(fields.get(field)));
    return typed;
}

// The service names the traineeship's members; the form names what she chooses.
std::vector<domain::FieldError> on_form_fields(std::vector<domain::FieldError> errors)
{
    static std::map<std::string, std::string, std::less<>> const renamed{{"enrolment_id", "enrolment"},
                                                                         {"partner_id", "partner"},
                                                                         {"tutor_contact_id", "tutor"},
                                                                         {"offer_id", "offer"}};
    for (auto& error : errors)
        if (auto const found = renamed.find(error.field); found != renamed.end())
            error.field = found->second;
    return errors;
}

FormView form_view(Context const& context, Typed const& typed, std::vector<domain::FieldError> errors)
{
    return FormView(
        *context.catalogue, "traineeships.fields",
        [&typed](std::string_view field) -> std::string_view {
            auto const found = typed.find(field);
            return found == typed.end() ? std::string_view() : std::string_view(found->second);
        },
        std::move(errors));
}

TemplateValue base_data(Context const& context, service::TraineeshipForm const& choices, FormView& form)
{
    auto const& catalogue = *context.catalogue;
    TemplateValue data = TemplateValue::object();
    data["cancel_href"] = paths::cohort_traineeships(choices.cohort.id);
    std::vector<Choice> trainees;
    for (auto const& trainee : choices.trainees) {
        auto const name = trainee.last_name + ", " + trainee.first_name;
        trainees.push_back({std::to_string(trainee.enrolment_id),
                            trainee.traineeships.empty()
                                ? name
                                : catalogue.format("traineeships.form.has_one", {{"name", name}}),
                            {}});
    }
    data["enrolment"] = form.select("enrolment", trainees, "");
    return data;
}

Response form_page(Context& context, TemplateValue data, FormView const& form,
                   service::TraineeshipForm const& choices, int status)
{
    data["error_summary"] = form.error_summary();
    return context.page(
        "traineeships/form",
        context.catalogue->format("traineeships.form.title", {{"cohort", choices.cohort.name}}),
        std::move(data), status, form.has_errors() ? Context::Errors::Shown : Context::Errors::None);
}

Response step_one(Context& context, service::TraineeshipForm const& choices, Typed const& typed,
                  std::vector<domain::FieldError> errors, int status)
{
    auto form = form_view(context, typed, std::move(errors));
    auto data = base_data(context, choices, form);
    data["step_one"] = true;
    data["action"] = paths::cohort_new_traineeship(choices.cohort.id);
    std::vector<Choice> partners;
    for (auto const& partner : choices.partners)
        partners.push_back({std::to_string(partner.id), partner.name, {}});
    data["partner"] = form.select("partner", partners, "");
    return form_page(context, std::move(data), form, choices, status);
}

Response step_two(Context& context, service::TraineeshipForm const& choices, Typed const& typed,
                  std::vector<domain::FieldError> errors, int status)
{
    auto const& catalogue = *context.catalogue;
    auto form = form_view(context, typed, std::move(errors));
    auto data = base_data(context, choices, form);
    data["action"] = paths::cohort_traineeships(choices.cohort.id);
    data["host"] = choices.partner->name;
    data["partner_id"] = std::to_string(choices.partner->id);
    data["change_host_href"] =
        paths::cohort_new_traineeship(choices.cohort.id) + "?enrolment=" + typed.at("enrolment");
    std::vector<Choice> contacts;
    for (auto const& contact : choices.contacts)
        contacts.push_back({std::to_string(contact.id),
                            contact.role.empty() ? contact.name : contact.name + ", " + contact.role,
                            {}});
    data["tutor"] = form.select("tutor", contacts, catalogue.text("traineeships.form.no_tutor"));
    std::vector<Choice> offer_choices;
    for (auto const& offer : choices.offers)
        offer_choices.push_back({std::to_string(offer.id),
                                 catalogue.format("traineeships.form.offer_option",
                                                  {{"title", offer.title},
                                                   {"status", offers::status_label(context, offer.status)}}),
                                 {}});
    data["offer"] = form.select("offer", offer_choices, catalogue.text("traineeships.form.no_offer"));
    data["starts_on"] = form.text("starts_on", {.type = "date", .width = "width-10"});
    data["ends_on"] = form.text("ends_on", {.type = "date", .width = "width-10"});
    data["hours_per_week"] = form.text("hours_per_week", {.input_mode = "numeric", .width = "width-4"});
    return form_page(context, std::move(data), form, choices, status);
}

// A chosen id: 0 when none was chosen, nothing when what was sent is not one.
std::optional<long long> chosen_id(std::string const& value)
{
    if (value.empty())
        return 0;
    auto const id = domain::whole_number(value);
    return id && *id > 0 ? id : std::nullopt;
}

// Reads the form into a traineeship; what cannot be read is refused beside its field.
std::vector<domain::FieldError> read_into(Typed const& typed, domain::Traineeship& traineeship)
{
    std::vector<domain::FieldError> errors;
    auto const enrolment = chosen_id(typed.at("enrolment"));
    if (!enrolment || *enrolment == 0)
        errors.push_back({"enrolment", "errors.traineeship.trainee_missing"});
    traineeship.enrolment_id = enrolment.value_or(0);
    traineeship.partner_id = chosen_id(typed.at("partner")).value_or(0);
    traineeship.tutor_contact_id = chosen_id(typed.at("tutor")).value_or(-1);
    traineeship.offer_id = chosen_id(typed.at("offer")).value_or(-1);
    for (auto const field : {"starts_on", "ends_on"}) {
        auto const day = domain::Date::parse_iso(typed.at(field));
        if (!day)
            errors.push_back({field, "errors.traineeship.date_invalid"});
        (field == std::string_view("starts_on") ? traineeship.starts_on : traineeship.ends_on) =
            day.value_or(domain::Date());
    }
    auto const hours = domain::whole_number(typed.at("hours_per_week"));
    if (!hours || *hours < 1 || *hours > domain::most_traineeship_hours_per_week)
        errors.push_back({"hours_per_week", "errors.traineeship.hours_invalid"});
    traineeship.hours_per_week = static_cast<int>(hours.value_or(0));
    return errors;
}

} // namespace

domain::Result<Response> new_traineeship(Context& context, Services& services)
{
    TRY(services.traineeships.may_manage(context.signed_in()));
    auto const cohort_id = TRY(context.record_id());
    auto typed = typed_from(context.query);
    auto const partner_id = chosen_id(typed["partner"]).value_or(0);
    auto const choices = TRY(services.traineeships.form_for(context.signed_in(), cohort_id, partner_id));
    if (!context.query.has("partner")) // she arrives: step 1, her trainee chosen when she came from her row
        return step_one(context, choices, typed, {}, 200);
    std::vector<domain::FieldError> errors;
    if (chosen_id(typed["enrolment"]).value_or(0) == 0)
        errors.push_back({"enrolment", "errors.traineeship.trainee_missing"});
    if (!choices.partner)
        errors.push_back({"partner", "errors.traineeship.partner_missing"});
    if (!errors.empty())
        return step_one(context, choices, typed, std::move(errors), 422);
    if (auto const& period = choices.cohort.traineeship) {
        typed["starts_on"] = period->starts_on.iso();
        typed["ends_on"] = period->ends_on.iso();
    }
    typed["hours_per_week"] = "38";
    return step_two(context, choices, typed, {}, 200);
}

domain::Result<Response> record_traineeship(Context& context, Services& services)
{
    TRY(services.traineeships.may_manage(context.signed_in()));
    auto const cohort_id = TRY(context.record_id());
    auto const typed = typed_from(context.form);
    domain::Traineeship traineeship;
    auto const unread = read_into(typed, traineeship);
    auto const again = [&](std::vector<domain::FieldError> errors) -> domain::Result<Response> {
        auto const choices =
            TRY(services.traineeships.form_for(context.signed_in(), cohort_id, traineeship.partner_id));
        if (!choices.partner) { // step 1 again: only its own fields are told
            std::erase_if(errors, [](auto const& error) { return error.field != "enrolment"; });
            errors.push_back({"partner", "errors.traineeship.partner_missing"});
            return step_one(context, choices, typed, std::move(errors), 422);
        }
        return step_two(context, choices, typed, std::move(errors), 422);
    };
    if (!unread.empty())
        return again(unread);
    return after_form(
        services.traineeships.record(context.signed_in(), traineeship, cohort_id),
        [&](auto errors) { return again(on_form_fields(std::move(errors))); },
        [&](long long id) { return Response::redirect(paths::traineeship(id) + "?notice=recorded"); });
}

} // namespace tremplin::web::pages::traineeships

// Adding a participant and changing her details: the form, its errors, the duplicate warning.

#include "web/form_outcome.hpp"
#include "web/pages/participant_display.hpp"
#include "web/pages/participant_form.hpp"
#include "web/pages/participant_pages.hpp"
#include "web/paths.hpp"

namespace tremplin::web::pages::participants {

namespace {

struct FormPage {
    std::string_view title_key;
    std::string action;
    std::string cancel_href;
    SpecialQuestions special_questions;
    std::vector<domain::Partner> referrers;
};

Response form_page(Context& context, FormPage const& page, domain::ParticipantInput const& input,
                   std::vector<domain::FieldError> errors,
                   std::vector<domain::ParticipantSummary> duplicates = {})
{
    bool has_errors = false;
    auto data = participant_form_fields(input, std::move(errors), *context.catalogue, context.site.catalogues,
                                        page.special_questions, page.referrers, has_errors);
    data["action"] = page.action;
    data["cancel_href"] = page.cancel_href;
    for (auto const& duplicate : duplicates) {
        auto& item = data["duplicates"].append();
        item["href"] = paths::participant(duplicate.id);
        item["name"] = duplicate.first_name + " " + duplicate.last_name;
        item["birth_date"] = optional_date(*context.catalogue, duplicate.birth_date);
        item["contact"] = duplicate.email.empty() ? duplicate.phone : duplicate.email;
    }
    data["has_duplicates"] = !duplicates.empty();
    int const status = has_errors ? 422 : duplicates.empty() ? 200 : 409;
    return context.page("participants/form", context.text(page.title_key), std::move(data), status,
                        has_errors ? Context::Errors::Shown : Context::Errors::None);
}

// The partners she may have been sent by; none for whoever may not change her record, who is
// refused before the form is shown.
std::vector<domain::Partner> referrers_for(Context& context, Services& services)
{
    return services.participants.possible_referrers(context.signed_in())
        .value_or(std::vector<domain::Partner>());
}

// The special-category questions are asked only of those who may read the answers.
SpecialQuestions special_questions_for(Context& context, Services& services)
{
    return services.participants.asks_special_categories(context.signed_in()) ? SpecialQuestions::Asked
                                                                              : SpecialQuestions::LeftOut;
}

FormPage new_form_page(Context& context, Services& services)
{
    return {"participants.new.title", "/participants", "/participants",
            special_questions_for(context, services), referrers_for(context, services)};
}

} // namespace

domain::Result<Response> new_participant_form(Context& context, Services& services)
{
    auto const input =
        TRY(services.participants.blank_input(context.signed_in(), context.catalogue->language()));
    return form_page(context, new_form_page(context, services), input, {});
}

domain::Result<Response> create_participant(Context& context, Services& services)
{
    auto const input = participant_input_from(context.form);
    auto const check = context.form.get("confirm_different_person") == "yes"
                           ? service::DuplicateCheck::ConfirmedDifferentPerson
                           : service::DuplicateCheck::Warn;
    return after_form(
        services.participants.create(context.signed_in(), input, check),
        [&](auto errors) {
            return form_page(context, new_form_page(context, services), input, std::move(errors));
        },
        [&](service::Creation const& created) {
            if (!created.id)
                return form_page(context, new_form_page(context, services), input, {},
                                 created.possible_duplicates);
            return Response::redirect(paths::participant(*created.id) + "?notice=created");
        });
}

namespace {

FormPage edit_form_page(Context& context, Services& services, long long id)
{
    auto const href = paths::participant(id);
    return {"participants.edit.title", href, href, special_questions_for(context, services),
            referrers_for(context, services)};
}

} // namespace

domain::Result<Response> edit_participant_form(Context& context, Services& services)
{
    auto const id = TRY(context.record_id());
    auto const participant = TRY(services.participants.for_editing(context.signed_in(), id));
    return form_page(context, edit_form_page(context, services, id), domain::input_of(participant), {});
}

domain::Result<Response> update_participant(Context& context, Services& services)
{
    auto const id = TRY(context.record_id());
    auto const input = participant_input_from(context.form);
    return after_form(
        services.participants.update(context.signed_in(), id, input),
        [&](auto errors) {
            return form_page(context, edit_form_page(context, services, id), input, std::move(errors));
        },
        [&](auto const&) { return Response::redirect(paths::participant(id) + "?notice=updated"); });
}

} // namespace tremplin::web::pages::participants

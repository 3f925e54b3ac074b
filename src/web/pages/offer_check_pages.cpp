// The enterprise's page of its offer (no account): opened by the secret link, in the language of
// the contact it was made for unless the visitor chose another; the offer as the centre wrote
// it, and a form to confirm it as it is or send corrections. A link answered, expired or never
// made gives one plain page and changes nothing (docs/design.md "Offers and the enterprise's
// link").

#include "web/pages/offer_check_pages.hpp"

#include "web/form_outcome.hpp"
#include "web/pages/offer_display.hpp"
#include "web/pages/training_display.hpp"
#include "web/paths.hpp"
#include "web/public_form.hpp"

namespace tremplin::web::pages::offer_check {

namespace {

using offers::typed_in;

// The contact's language, unless the visitor chose one with the language switch.
void speak_to(Context& context, std::string const& language)
{
    if (!context.site.settings.cookies().read(context.request, Cookie::Language).empty())
        return;
    if (auto const* theirs = context.site.catalogues.find(language))
        context.catalogue = theirs;
}

// Why the link opens nothing, as one page: answered (410, with thanks), or not found (404,
// whether it expired or never was: a guess learns nothing).
Response closed_page(Context& context, domain::Error const& error)
{
    if (error.code == domain::ErrorCode::Conflict) {
        TemplateValue data = TemplateValue::object();
        data["message"] = context.text("offer_check.used_text");
        return context.page("offer_check/closed", context.text("offer_check.used_title"), std::move(data),
                            410);
    }
    if (error.code != domain::ErrorCode::NotFound)
        return context.failure(error);
    TemplateValue data = TemplateValue::object();
    data["message"] = context.text("offer_check.unknown_text");
    return context.page("offer_check/closed", context.text("offer_check.unknown_title"), std::move(data),
                        404);
}

Response check_page(Context& context, service::OfferCheck const& check, domain::OfferInput const& typed,
                    std::vector<domain::FieldError> errors)
{
    auto const& catalogue = *context.catalogue;
    auto const& offer = check.offer;
    bool const has_errors = !errors.empty();
    FormView form(catalogue, "offers.fields", typed_in(typed), std::move(errors));
    TemplateValue data = TemplateValue::object();
    data["greeting"] = catalogue.format("offer_check.greeting", {{"name", check.contact.name}});
    data["partner"] = check.partner_name;
    std::string tracks;
    for (auto const& track : check.tracks)
        tracks += (tracks.empty() ? "" : ", ") + in_reader_language(track.name, catalogue);
    data["tracks"] = tracks;
    data["languages"] = offers::language_names(context, offer.languages);
    data["street"] = offer.street;
    data["postcode_commune"] = offer.postcode.empty() ? offer.commune : offer.postcode + " " + offer.commune;
    data["not_given"] = catalogue.text("partners.not_given");
    data["title"] = form.text("title", {.width = "width-20"});
    data["description"] = form.textarea("description", 4);
    data["places"] = form.text("places", {.input_mode = "numeric", .width = "width-4"});
    data["starts_on"] = form.text("starts_on", {.type = "date", .width = "width-10"});
    data["ends_on"] = form.text("ends_on", {.type = "date", .width = "width-10"});
    data["hours_per_week"] = form.text("hours_per_week", {.input_mode = "numeric", .width = "width-4"});
    data["transport_note"] = form.textarea("transport_note", 2);
    data["error_summary"] = form.error_summary();
    data["action"] = paths::offer_check(context.route_values.at(0));
    return context.page("offer_check/show", offer.title, std::move(data), has_errors ? 422 : 200,
                        has_errors ? Context::Errors::Shown : Context::Errors::None);
}

} // namespace

domain::Result<Response> show_offer_check(Context& context, Services& services)
{
    auto const check = services.offers.check(context.route_values.at(0));
    if (!check)
        return closed_page(context, check.error());
    speak_to(context, check->contact.language);
    return check_page(context, *check, domain::input_of(check->offer), {});
}

domain::Result<Response> answer_offer_check(Context& context, Services& services)
{
    auto const& token = context.route_values.at(0);
    auto const check = services.offers.check(token);
    if (!check)
        return closed_page(context, check.error());
    speak_to(context, check->contact.language);
    // A robot is thanked and ignored: the link stays for its contact.
    if (filled_by_a_robot(context.form))
        return Response::redirect(paths::offer_check(token));
    auto const choice = context.form.get("answer");
    if (choice != "confirm" && choice != "correct")
        return context.error_page(400);
    auto const answer =
        choice == "confirm" ? service::EnterpriseAnswer::Confirm : service::EnterpriseAnswer::Correct;
    auto const typed = offers::offer_input_from(context.form);
    auto const outcome = services.offers.answer(token, answer, typed, context.request.remote_address);
    if (!outcome && outcome.error().fields.empty() &&
        outcome.error().code != domain::ErrorCode::TooManyAttempts)
        return closed_page(context, outcome.error());
    return after_form(
        outcome, [&](auto errors) { return check_page(context, *check, typed, std::move(errors)); },
        [&] {
            // Thanked at once, in the contact's language: the link opens nothing any more.
            TemplateValue data = TemplateValue::object();
            data["message"] = context.text("offer_check.answered_text");
            return context.page("offer_check/closed", context.text("offer_check.answered_title"),
                                std::move(data));
        });
}

} // namespace tremplin::web::pages::offer_check

// A new offer and an offer changed: the form, its errors beside each field with what she typed;
// an offer's status moved; the enterprise's link made (docs/design.md "Offers and the
// enterprise's link").

#include "web/form_outcome.hpp"
#include "web/pages/language_choices.hpp"
#include "web/pages/offer_display.hpp"
#include "web/pages/offer_pages.hpp"
#include "web/pages/training_display.hpp"
#include "web/paths.hpp"

namespace tremplin::web::pages::offers {

namespace {

Response offer_form(Context& context, service::OfferForm const& choices, long long id,
                    domain::OfferInput const& input, std::vector<domain::FieldError> errors, int status)
{
    auto const& catalogue = *context.catalogue;
    FormView form(catalogue, "offers.fields", typed_in(input), std::move(errors));
    TemplateValue data = TemplateValue::object();
    data["action"] = id == 0 ? paths::partner_new_offer(choices.partner.id) : paths::offer(id);
    data["cancel_href"] = id == 0 ? paths::partner(choices.partner.id) : paths::offer(id);
    data["partner"] = choices.partner.name;
    data["title"] = form.text("title", {.width = "width-20"});
    data["description"] = form.textarea("description", 4);
    data["occupation"] = form.text("occupation", {.input_mode = "decimal", .width = "width-10"});
    std::vector<Choice> tracks;
    for (auto const& track : choices.tracks)
        tracks.push_back(
            {std::to_string(track.id), track.code + " – " + in_reader_language(track.name, catalogue), {}});
    data["tracks"] = checkboxes(form, catalogue, "tracks", tracks, input.tracks);
    data["places"] = form.text("places", {.input_mode = "numeric", .width = "width-4"});
    data["starts_on"] = form.text("starts_on", {.type = "date", .width = "width-10"});
    data["ends_on"] = form.text("ends_on", {.type = "date", .width = "width-10"});
    data["hours_per_week"] = form.text("hours_per_week", {.input_mode = "numeric", .width = "width-4"});
    data["languages"] = checkboxes(form, catalogue, "languages", language_choices(context), input.languages);
    data["street"] = form.text("street", {.width = "width-20"});
    data["postcode"] = form.text("postcode", {.input_mode = "numeric", .width = "width-4"});
    data["commune"] = form.text("commune", {.width = "width-10"});
    data["transport_note"] = form.textarea("transport_note", 2);
    std::vector<Choice> contacts;
    for (auto const& contact : choices.contacts)
        contacts.push_back({std::to_string(contact.id), contact.name, contact.role});
    data["tutor"] = form.select("tutor", contacts, catalogue.text("offers.no_tutor"));
    data["save"] = catalogue.text(id == 0 ? "offers.new.save" : "offers.edit.save");
    data["error_summary"] = form.error_summary();
    auto const title = id == 0 ? catalogue.format("offers.new.title", {{"partner", choices.partner.name}})
                               : catalogue.format("offers.edit.title", {{"title", input.title}});
    return context.page("offers/form", title, std::move(data), status,
                        form.has_errors() ? Context::Errors::Shown : Context::Errors::None);
}

} // namespace

domain::Result<Response> new_offer(Context& context, Services& services)
{
    auto const choices = TRY(services.offers.form_for(context.signed_in(), TRY(context.record_id())));
    domain::OfferInput input;
    input.places = "1";
    input.hours_per_week = "38";
    input.street = choices.partner.street;
    input.postcode = choices.partner.postcode;
    input.commune = choices.partner.commune;
    return offer_form(context, choices, 0, input, {}, 200);
}

domain::Result<Response> create_offer(Context& context, Services& services)
{
    TRY(services.offers.may_manage(context.signed_in()));
    auto const partner_id = TRY(context.record_id());
    auto const input = offer_input_from(context.form);
    return after_form(
        services.offers.create(context.signed_in(), partner_id, input),
        [&](auto errors) -> domain::Result<Response> {
            auto const choices = TRY(services.offers.form_for(context.signed_in(), partner_id));
            return offer_form(context, choices, 0, input, std::move(errors), 422);
        },
        [&](long long id) { return Response::redirect(paths::offer(id) + "?notice=created"); });
}

domain::Result<Response> edit_offer(Context& context, Services& services)
{
    TRY(services.offers.may_manage(context.signed_in()));
    auto const details = TRY(services.offers.offer(context.signed_in(), TRY(context.record_id())));
    auto const choices = TRY(services.offers.form_for(context.signed_in(), details.partner.id));
    return offer_form(context, choices, details.offer.id, domain::input_of(details.offer), {}, 200);
}

domain::Result<Response> update_offer(Context& context, Services& services)
{
    TRY(services.offers.may_manage(context.signed_in()));
    auto const id = TRY(context.record_id());
    auto const input = offer_input_from(context.form);
    return after_form(
        services.offers.update(context.signed_in(), id, input),
        [&](auto errors) -> domain::Result<Response> {
            auto const details = TRY(services.offers.offer(context.signed_in(), id));
            auto const choices = TRY(services.offers.form_for(context.signed_in(), details.partner.id));
            return offer_form(context, choices, id, input, std::move(errors), 422);
        },
        [&] { return Response::redirect(paths::offer(id) + "?notice=updated"); });
}

domain::Result<Response> change_status(Context& context, Services& services)
{
    TRY(services.offers.may_manage(context.signed_in()));
    auto const id = TRY(context.record_id());
    auto const status = domain::from_code<domain::OfferStatus>(context.form.get("status"));
    if (!status)
        return context.error_page(400);
    TRY(services.offers.change_status(context.signed_in(), id, *status));
    return Response::redirect(paths::offer(id) + "?notice=status_changed");
}

} // namespace tremplin::web::pages::offers

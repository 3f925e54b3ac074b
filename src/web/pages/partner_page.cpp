// A partner's page: its details, its contacts, and for the job coach the form that adds one; its
// timeline, newest first, with the form that notes a meeting, call, e-mail, event or note; a
// contact's own form to change it; a contact removed. All without JavaScript.

#include "web/form_outcome.hpp"
#include "web/pages/language_choices.hpp"
#include "web/pages/offer_display.hpp"
#include "web/pages/partner_display.hpp"
#include "web/pages/partner_pages.hpp"
#include "web/paths.hpp"

namespace tremplin::web::pages::partners {

namespace {

// The contact's inputs; their ids start with "contact-" on the partner's page, whose other
// parts have ids of their own.
void add_contact_inputs(TemplateValue& data, FormView& form, Context const& context)
{
    data["contact_name"] = form.text("name", {.autocomplete = "off", .width = "width-20"});
    data["contact_role"] = form.text("role", {.autocomplete = "off", .width = "width-20"});
    data["contact_language"] = form.radios("language", language_choices(context), true);
    data["contact_phone"] = form.text("phone", {.type = "tel", .autocomplete = "off", .width = "width-10"});
    data["contact_email"] = form.text("email", {.type = "email", .autocomplete = "off", .width = "width-20"});
}

// What was typed in the page's two forms, and the errors of the one sent.
struct Typed {
    domain::PartnerContactInput contact;
    std::vector<domain::FieldError> contact_errors;
    domain::PartnerEventInput event;
    std::vector<domain::FieldError> event_errors;
};

// The contacts to choose from, for the entry's "with whom".
std::vector<Choice> contact_choices(std::vector<domain::PartnerContact> const& contacts)
{
    std::vector<Choice> choices;
    for (auto const& contact : contacts)
        choices.push_back({std::to_string(contact.id), contact.name, {}});
    return choices;
}

void add_timeline(TemplateValue& data, Context const& context,
                  std::vector<domain::PartnerHistoryItem> const& timeline)
{
    auto const& catalogue = *context.catalogue;
    using What = domain::PartnerHistoryItem::What;
    for (auto const& line : timeline) {
        auto& item = data["timeline"].append();
        item["date"] = catalogue.date(line.on);
        switch (line.what) {
        case What::Noted:
            item["kind"] =
                catalogue.text("partners.events.kinds." + std::string(domain::code_of(line.noted->kind)));
            item["contact"] = line.noted->contact_name;
            item["author"] = line.noted->author;
            item["summary"] = line.noted->summary;
            break;
        case What::PartnerAdded:
            item["kind"] = catalogue.text("partners.events.partner_added");
            break;
        case What::ContactAdded:
            item["kind"] = catalogue.format("partners.events.contact_added", {{"name", line.contact_name}});
            break;
        }
    }
    data["has_timeline"] = !timeline.empty();
}

// The partner's offers, the latest first, and for the job coach the button to add one.
void add_offers(TemplateValue& data, Context const& context, Services& services, long long partner_id)
{
    auto const offers = services.offers.of_partner(context.signed_in(), partner_id);
    if (!offers)
        return;
    data["new_offer_href"] = paths::partner_new_offer(partner_id);
    for (auto const& offer : *offers) {
        auto& row = data["offers"].append();
        row["href"] = paths::offer(offer.id);
        row["title"] = offer.title;
        row["places"] = static_cast<long long>(offer.places);
        row["period"] = offers::period_of(context, offer);
        row["status"] = offers::status_label(context, offer.status);
    }
    data["has_offers"] = !offers->empty();
}

domain::Result<Response> partner_page(Context& context, Services& services, long long id, Typed typed,
                                      int status)
{
    auto const details = TRY(services.partners.partner(context.signed_in(), id));
    auto const& partner = details.partner;
    auto const& catalogue = *context.catalogue;
    TemplateValue data = TemplateValue::object();
    data["can_manage"] = details.may.manage;
    data["edit_href"] = paths::partner_edit(partner.id);
    data["kind"] = kind_label(context, partner.kind);
    data["enterprise_number"] = partner.enterprise_number;
    data["sector"] = sector_label(context, partner.nace_section);
    data["size_band"] = partner.size_band
                            ? std::string(catalogue.text("partners.size_bands." +
                                                         std::string(domain::code_of(*partner.size_band))))
                            : std::string();
    data["street"] = partner.street;
    data["postcode_commune"] =
        partner.postcode.empty() ? partner.commune : partner.postcode + " " + partner.commune;
    data["website"] = partner.website;
    data["tags"] = domain::tags_typed(partner.tags);
    data["not_given"] = catalogue.text("partners.not_given");
    data["women_referred"] = details.contribution.women_referred;
    data["traineeships_hosted"] = details.contribution.traineeships_hosted;
    data["women_hired"] = details.contribution.women_hired;
    data["cohorts_funded"] = details.contribution.cohorts_funded;
    for (auto const& contact : details.contacts) {
        auto& row = data["contacts"].append();
        row["name"] = contact.name;
        row["role"] = contact.role;
        row["language_name"] = language_name(context, contact.language);
        row["language_code"] = contact.language;
        row["phone"] = contact.phone;
        row["email"] = contact.email;
        row["edit_href"] = paths::partner_contact_edit(partner.id, contact.id);
        row["remove_action"] = paths::partner_contact_removal(partner.id, contact.id);
        row["change_label"] = catalogue.format("partners.contacts.change_named", {{"name", contact.name}});
        row["remove_label"] = catalogue.format("partners.contacts.remove_named", {{"name", contact.name}});
    }
    data["has_contacts"] = !details.contacts.empty();
    add_offers(data, context, services, partner.id);
    FormView form(catalogue, "partners.contact_fields",
                  typed_in(typed.contact, domain::partner_contact_inputs), std::move(typed.contact_errors));
    form.set_id_prefix("contact-");
    FormView event_form(catalogue, "partners.event_fields",
                        typed_in(typed.event, domain::partner_event_inputs), std::move(typed.event_errors));
    event_form.set_id_prefix("event-");
    if (details.may.manage) {
        data["contact_action"] = paths::partner_contacts(partner.id);
        add_contact_inputs(data, form, context);
        data["event_action"] = paths::partner_events(partner.id);
        data["event_kind"] = event_form.select(
            "kind", coded_choices<domain::PartnerEventKind>(catalogue, "partners.events.kinds"),
            catalogue.text("forms.choose"));
        data["event_date"] = event_form.date("happened_on");
        if (!details.contacts.empty())
            data["event_contact"] = event_form.select("contact", contact_choices(details.contacts),
                                                      catalogue.text("partners.events.no_contact"));
        data["event_summary"] = event_form.textarea("summary", 3);
    }
    add_timeline(data, context, details.timeline);
    // Only one form is sent at a time: the summary is of its errors.
    data["error_summary"] = event_form.has_errors() ? event_form.error_summary() : form.error_summary();
    auto const notice = context.query.get("notice");
    if (notice == "created" || notice == "updated" || notice == "contact_added" ||
        notice == "contact_updated" || notice == "contact_removed" || notice == "event_added")
        data["notice"] = context.text("partners.notices." + std::string(notice));
    bool const has_errors = form.has_errors() || event_form.has_errors();
    return context.page("partners/show", partner.name, std::move(data), status,
                        has_errors ? Context::Errors::Shown : Context::Errors::None);
}

Response contact_form(Context& context, domain::Partner const& partner, long long contact_id,
                      domain::PartnerContactInput const& typed, std::vector<domain::FieldError> errors,
                      int status)
{
    auto const& catalogue = *context.catalogue;
    FormView form(catalogue, "partners.contact_fields", typed_in(typed, domain::partner_contact_inputs),
                  std::move(errors));
    TemplateValue data = TemplateValue::object();
    data["action"] = paths::partner_contact(partner.id, contact_id);
    data["cancel_href"] = paths::partner(partner.id);
    add_contact_inputs(data, form, context);
    data["error_summary"] = form.error_summary();
    auto const title = catalogue.format("partners.contacts.edit_title", {{"partner", partner.name}});
    return context.page("partners/contact_form", title, std::move(data), status,
                        form.has_errors() ? Context::Errors::Shown : Context::Errors::None);
}

} // namespace

domain::Result<Response> show_partner(Context& context, Services& services)
{
    return partner_page(context, services, TRY(context.record_id()),
                        {.contact = {.language = context.catalogue->language()}}, 200);
}

domain::Result<Response> add_contact(Context& context, Services& services)
{
    TRY(services.partners.may_manage(context.signed_in()));
    auto const id = TRY(context.record_id());
    auto const typed = input_from<domain::PartnerContactInput>(context.form, domain::partner_contact_inputs);
    return after_form(
        services.partners.add_contact(context.signed_in(), id, typed),
        [&](auto errors) {
            return partner_page(context, services, id,
                                {.contact = typed, .contact_errors = std::move(errors)}, 422);
        },
        [&](long long) { return Response::redirect(paths::partner(id) + "?notice=contact_added#contacts"); });
}

domain::Result<Response> edit_contact(Context& context, Services& services)
{
    auto const id = TRY(context.record_id());
    auto const contact_id = TRY(context.record_id(1));
    auto const contact = TRY(services.partners.contact_for_editing(context.signed_in(), id, contact_id));
    auto const partner = TRY(services.partners.for_editing(context.signed_in(), id));
    return contact_form(context, partner, contact_id, domain::input_of(contact), {}, 200);
}

domain::Result<Response> update_contact(Context& context, Services& services)
{
    TRY(services.partners.may_manage(context.signed_in()));
    auto const id = TRY(context.record_id());
    auto const contact_id = TRY(context.record_id(1));
    auto const typed = input_from<domain::PartnerContactInput>(context.form, domain::partner_contact_inputs);
    return after_form(
        services.partners.update_contact(context.signed_in(), id, contact_id, typed),
        [&](auto errors) -> domain::Result<Response> {
            auto const partner = TRY(services.partners.for_editing(context.signed_in(), id));
            return contact_form(context, partner, contact_id, typed, std::move(errors), 422);
        },
        [&] { return Response::redirect(paths::partner(id) + "?notice=contact_updated#contacts"); });
}

domain::Result<Response> remove_contact(Context& context, Services& services)
{
    auto const id = TRY(context.record_id());
    TRY(services.partners.remove_contact(context.signed_in(), id, TRY(context.record_id(1))));
    return Response::redirect(paths::partner(id) + "?notice=contact_removed#contacts");
}

domain::Result<Response> add_event(Context& context, Services& services)
{
    TRY(services.partners.may_manage(context.signed_in()));
    auto const id = TRY(context.record_id());
    auto const typed = input_from<domain::PartnerEventInput>(context.form, domain::partner_event_inputs);
    return after_form(
        services.partners.add_event(context.signed_in(), id, typed),
        [&](auto errors) {
            return partner_page(context, services, id,
                                {.contact = {.language = context.catalogue->language()},
                                 .event = typed,
                                 .event_errors = std::move(errors)},
                                422);
        },
        [&](long long) { return Response::redirect(paths::partner(id) + "?notice=event_added#timeline"); });
}

} // namespace tremplin::web::pages::partners

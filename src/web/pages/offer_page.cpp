// An offer's page: what it offers, where, its tutor, its status and the moves it may make, when
// and by whom the enterprise confirmed it, and for the job coach the form that makes the
// enterprise's link, shown once when made.

#include "domain/timestamp.hpp"
#include "web/pages/language_choices.hpp"
#include "web/pages/offer_display.hpp"
#include "web/pages/offer_pages.hpp"
#include "web/paths.hpp"

#include <algorithm>

namespace tremplin::web::pages::offers {

namespace {

std::string contact_name(std::vector<domain::PartnerContact> const& contacts, std::optional<long long> id)
{
    if (!id)
        return {};
    auto const contact = std::ranges::find(contacts, *id, &domain::PartnerContact::id);
    return contact == contacts.end() ? std::string() : contact->name;
}

std::string when(Context const& context, std::string const& iso)
{
    auto const instant = domain::parse_iso_timestamp(iso);
    return instant ? context.catalogue->date_time(*instant, context.site.settings.time_zone) : iso;
}

domain::Result<Response> offer_page(Context& context, Services& services, long long id,
                                    std::string const& new_link)
{
    auto const details = TRY(services.offers.offer(context.signed_in(), id));
    auto const& offer = details.offer;
    auto const& catalogue = *context.catalogue;
    TemplateValue data = TemplateValue::object();
    data["can_manage"] = details.may.manage;
    data["partner"] = details.partner.name;
    data["partner_href"] = paths::partner(details.partner.id);
    data["edit_href"] = paths::offer_edit(offer.id);
    data["status"] = status_label(context, offer.status);
    data["description"] = offer.description;
    data["occupation"] = offer.occupation;
    data["tracks"] = track_codes(details.tracks, offer.track_ids);
    data["places"] = static_cast<long long>(offer.places);
    data["period"] = period_of(context, offer);
    data["hours"] =
        catalogue.format("offers.hours_value", {{"hours", static_cast<long long>(offer.hours_per_week)}});
    data["languages"] = language_names(context, offer.languages);
    data["street"] = offer.street;
    data["postcode_commune"] = offer.postcode.empty() ? offer.commune : offer.postcode + " " + offer.commune;
    data["transport_note"] = offer.transport_note;
    data["tutor"] = contact_name(details.contacts, offer.tutor_contact_id);
    data["not_given"] = catalogue.text("partners.not_given");
    if (!offer.confirmed_at.empty())
        data["confirmed"] =
            catalogue.format("offers.confirmed_value",
                             {{"when", when(context, offer.confirmed_at)},
                              {"name", contact_name(details.contacts, offer.confirmed_by_contact_id)}});
    if (details.may.manage) {
        data["status_action"] = paths::offer_status(offer.id);
        for (auto const next : domain::next_statuses(offer.status)) {
            auto& move = data["moves"].append();
            move["value"] = std::string(domain::code_of(next));
            move["label"] = catalogue.text("offers.moves." + std::string(domain::code_of(next)));
        }
        data["link_action"] = paths::offer_link(offer.id);
        data["has_contacts"] = !details.contacts.empty();
        for (auto const& contact : details.contacts) {
            auto& option = data["contacts"].append();
            option["value"] = contact.id;
            option["label"] = contact.name + " (" + language_name(context, contact.language) + ")";
            option["selected"] = offer.tutor_contact_id == contact.id;
        }
    }
    if (!new_link.empty())
        data["new_link"] = new_link;
    else if (details.link) {
        auto const& link = *details.link;
        auto const name = contact_name(details.contacts, link.contact_id);
        auto const state = details.link_state;
        data["link_state"] =
            state == domain::OfferLinkState::Used
                ? catalogue.format("offers.link.answered",
                                   {{"name", name}, {"when", when(context, link.used_at)}})
            : state == domain::OfferLinkState::Expired
                ? catalogue.format("offers.link.expired",
                                   {{"name", name}, {"when", when(context, link.expires_at)}})
                : catalogue.format("offers.link.waiting",
                                   {{"name", name}, {"when", when(context, link.expires_at)}});
    }
    auto const notice = context.query.get("notice");
    if (notice == "created" || notice == "updated" || notice == "status_changed")
        data["notice"] = context.text("offers.notices." + std::string(notice));
    return context.page("offers/show", offer.title, std::move(data));
}

} // namespace

domain::Result<Response> show_offer(Context& context, Services& services)
{
    return offer_page(context, services, TRY(context.record_id()), {});
}

domain::Result<Response> make_link(Context& context, Services& services)
{
    TRY(services.offers.may_manage(context.signed_in()));
    auto const id = TRY(context.record_id());
    auto const contact = whole_number(context.form.get("contact"));
    if (!contact)
        return context.error_page(400);
    auto const token = TRY(services.offers.make_link(context.signed_in(), id, *contact));
    // Shown this once: only its hash is kept.
    return offer_page(context, services, id, context.absolute_url(paths::offer_check(token)));
}

} // namespace tremplin::web::pages::offers

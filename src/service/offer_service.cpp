#include "service/offer_service.hpp"

#include "service/secrets.hpp"
#include "store/partner_repository.hpp"
#include "store/track_repository.hpp"

#include <algorithm>
#include <chrono>

namespace tremplin::service {

using domain::Error;
using domain::ErrorCode;
using domain::fail;
using domain::found;
using domain::Permission;
using domain::Result;

namespace {

domain::OfferChoices choices_of(std::vector<domain::PartnerContact> const& contacts,
                                std::vector<domain::Track> const& tracks)
{
    domain::OfferChoices choices;
    for (auto const& contact : contacts)
        choices.contact_ids.push_back(contact.id);
    for (auto const& track : tracks)
        choices.track_ids.push_back(track.id);
    return choices;
}

// The names of the inputs whose values differ, for an audit row that names no value.
std::string changed_fields(domain::Offer const& before, domain::Offer const& after)
{
    auto const old_input = domain::input_of(before);
    auto const new_input = domain::input_of(after);
    std::string names;
    for (auto const& [name, member] : domain::offer_inputs)
        if (old_input.*member != new_input.*member)
            names += (names.empty() ? "" : " ") + std::string(name);
    if (old_input.tracks != new_input.tracks)
        names += (names.empty() ? "" : " ") + std::string("tracks");
    if (old_input.languages != new_input.languages)
        names += (names.empty() ? "" : " ") + std::string("languages");
    return names;
}

Error link_used()
{
    return {ErrorCode::Conflict, "errors.offer_link.used", {}};
}

// A link found by its secret and still open: else not found (never was, or expired: a stranger
// learns nothing of which) or used (only whoever holds the secret reads that).
Result<store::OfferLinkFound> usable_link(store::OfferRepository& offers, std::string const& token,
                                          std::string const& now)
{
    auto found_link = TRY(found(offers.link_by_token_hash(token_hash(token))));
    switch (domain::state_of(found_link.link, now)) {
    case domain::OfferLinkState::Used:
        return fail(link_used());
    case domain::OfferLinkState::Expired:
        return fail(Error::not_found());
    case domain::OfferLinkState::Usable:
        break;
    }
    return found_link;
}

} // namespace

Result<void> OfferService::may_manage(Actor const& actor) const
{
    if (!actor.can(Permission::ManagePartners))
        return fail(Error::forbidden());
    return {};
}

Result<OfferList> OfferService::list(Actor const& actor, OfferListQuery const& query)
{
    return m_units.read(actor, Permission::ViewPartners, [&](UnitOfWork& unit) -> Result<OfferList> {
        store::OfferSearch search;
        search.organisation_id = unit.organisation_id();
        search.status = query.status;
        search.track_id = query.track_id;
        search.limit = query.limit + 1; // one more tells whether there is a next page
        search.offset = query.offset;
        OfferList list;
        list.rows = unit.repository<store::OfferRepository>().search(search);
        list.has_more = static_cast<int>(list.rows.size()) > query.limit;
        if (list.has_more)
            list.rows.pop_back();
        list.tracks = unit.repository<store::TrackRepository>().all(unit.organisation_id());
        list.may.manage = actor.can(Permission::ManagePartners);
        unit.audit({"offers.listed", "offer", std::nullopt,
                    audit_detail({{"rows", std::to_string(list.rows.size())},
                                  {"offset", std::to_string(query.offset)}})});
        return list;
    });
}

Result<std::vector<domain::Offer>> OfferService::of_partner(Actor const& actor, long long partner_id)
{
    return m_units.read(
        actor, Permission::ViewPartners, [&](UnitOfWork& unit) -> Result<std::vector<domain::Offer>> {
            return unit.repository<store::OfferRepository>().of_partner(unit.organisation_id(), partner_id);
        });
}

Result<OfferDetails> OfferService::offer(Actor const& actor, long long id)
{
    return m_units.read(actor, Permission::ViewPartners, [&](UnitOfWork& unit) -> Result<OfferDetails> {
        auto offers = unit.repository<store::OfferRepository>();
        auto partners = unit.repository<store::PartnerRepository>();
        OfferDetails details;
        details.offer = TRY(found(offers.find(unit.organisation_id(), id)));
        details.partner = TRY(found(partners.find(unit.organisation_id(), details.offer.partner_id)));
        details.contacts = partners.contacts(details.partner.id);
        details.tracks = unit.repository<store::TrackRepository>().all(unit.organisation_id());
        details.link = offers.link_of(id);
        if (details.link)
            details.link_state = domain::state_of(*details.link, unit.clock().now_iso());
        details.may.manage = actor.can(Permission::ManagePartners);
        // The page names the tutor and the contact who confirmed: a view of their details.
        unit.audit({"offer.viewed", "offer", id, {}});
        return details;
    });
}

Result<OfferForm> OfferService::form_for(Actor const& actor, long long partner_id)
{
    return m_units.read(actor, Permission::ManagePartners, [&](UnitOfWork& unit) -> Result<OfferForm> {
        auto partners = unit.repository<store::PartnerRepository>();
        OfferForm form;
        form.partner = TRY(found(partners.find(unit.organisation_id(), partner_id)));
        form.contacts = partners.contacts(partner_id);
        form.tracks = unit.repository<store::TrackRepository>().all(unit.organisation_id());
        return form;
    });
}

Result<long long> OfferService::create(Actor const& actor, long long partner_id,
                                       domain::OfferInput const& input)
{
    TRY(may_manage(actor));
    return m_units.write(actor, Permission::ManagePartners, [&](UnitOfWork& unit) -> Result<long long> {
        auto partners = unit.repository<store::PartnerRepository>();
        auto const partner = TRY(found(partners.find(unit.organisation_id(), partner_id)));
        auto const tracks = unit.repository<store::TrackRepository>().all(unit.organisation_id());
        auto offer = TRY(domain::validate_offer(input, choices_of(partners.contacts(partner.id), tracks)));
        offer.organisation_id = unit.organisation_id();
        offer.partner_id = partner.id;
        offer.status = domain::OfferStatus::Draft;
        auto const id = unit.repository<store::OfferRepository>().insert(offer, unit.clock().now_iso());
        unit.audit({"offer.created", "offer", id, "partner " + std::to_string(partner.id)});
        return id;
    });
}

Result<void> OfferService::update(Actor const& actor, long long id, domain::OfferInput const& input)
{
    TRY(may_manage(actor));
    return m_units.write(actor, Permission::ManagePartners, [&](UnitOfWork& unit) -> Result<void> {
        auto offers = unit.repository<store::OfferRepository>();
        auto partners = unit.repository<store::PartnerRepository>();
        auto const stored = TRY(found(offers.find(unit.organisation_id(), id)));
        auto const tracks = unit.repository<store::TrackRepository>().all(unit.organisation_id());
        auto offer =
            TRY(domain::validate_offer(input, choices_of(partners.contacts(stored.partner_id), tracks)));
        offer.id = id;
        offer.organisation_id = unit.organisation_id();
        offer.partner_id = stored.partner_id;
        offers.update(offer, unit.clock().now_iso());
        unit.audit({"offer.updated", "offer", id, changed_fields(stored, offer)});
        return {};
    });
}

Result<void> OfferService::change_status(Actor const& actor, long long id, domain::OfferStatus status)
{
    return m_units.write(actor, Permission::ManagePartners, [&](UnitOfWork& unit) -> Result<void> {
        auto offers = unit.repository<store::OfferRepository>();
        auto const offer = TRY(found(offers.find(unit.organisation_id(), id)));
        if (!domain::may_move(offer.status, status))
            return fail({ErrorCode::Conflict, "errors.offer.status_move", {}});
        offers.set_status(unit.organisation_id(), id, status, unit.clock().now_iso());
        unit.audit(
            {"offer.status_changed", "offer", id,
             std::string(domain::code_of(offer.status)) + " to " + std::string(domain::code_of(status))});
        return {};
    });
}

Result<std::string> OfferService::make_link(Actor const& actor, long long offer_id, long long contact_id)
{
    return m_units.write(actor, Permission::ManagePartners, [&](UnitOfWork& unit) -> Result<std::string> {
        auto offers = unit.repository<store::OfferRepository>();
        auto const offer = TRY(found(offers.find(unit.organisation_id(), offer_id)));
        auto const contact =
            TRY(found(unit.repository<store::PartnerRepository>().contact(offer.partner_id, contact_id)));
        auto const now = unit.clock().now();
        domain::OfferLink link;
        link.offer_id = offer.id;
        link.contact_id = contact.id;
        link.created_at = domain::iso_timestamp(now);
        link.expires_at = domain::iso_timestamp(now + std::chrono::days(domain::offer_link_days));
        auto const token = random_token();
        offers.replace_link(unit.organisation_id(), link, token_hash(token), actor.account.id);
        unit.audit({"offer_link.made", "offer", offer.id, "contact " + std::to_string(contact.id)});
        return token;
    });
}

Result<OfferCheck> OfferService::check(std::string const& token)
{
    return m_units.read(NoActor{}, [&](UnitOfWork& unit) -> Result<OfferCheck> {
        auto offers = unit.repository<store::OfferRepository>();
        auto const link = TRY(usable_link(offers, token, unit.clock().now_iso()));
        OfferCheck check;
        check.offer = TRY(found(offers.find(link.organisation_id, link.link.offer_id)));
        auto partners = unit.repository<store::PartnerRepository>();
        check.partner_name = TRY(found(partners.find(link.organisation_id, check.offer.partner_id))).name;
        check.contact = TRY(found(partners.contact(check.offer.partner_id, link.link.contact_id)));
        for (auto const& track : unit.repository<store::TrackRepository>().all(link.organisation_id))
            if (std::ranges::find(check.offer.track_ids, track.id) != check.offer.track_ids.end())
                check.tracks.push_back(track);
        return check;
    });
}

Result<void> OfferService::answer(std::string const& token, EnterpriseAnswer answer,
                                  domain::OfferInput const& corrections, std::string const& remote_address)
{
    return m_units.write(NoActor{}, [&](UnitOfWork& unit) -> Result<void> {
        auto offers = unit.repository<store::OfferRepository>();
        auto const now = unit.clock().now_iso();
        auto const link = TRY(usable_link(offers, token, now));
        auto const centre = link.organisation_id;
        TRY(m_desk.admit(unit.connection(), centre, "offer_link", remote_address));
        auto const stored = TRY(found(offers.find(centre, link.link.offer_id)));
        std::string detail = "contact " + std::to_string(link.link.contact_id);
        if (answer == EnterpriseAnswer::Correct) {
            // The fields she may not change are the offer's own: they are valid as they are.
            domain::OfferChoices const choices{
                stored.track_ids, stored.tutor_contact_id ? std::vector<long long>{*stored.tutor_contact_id}
                                                          : std::vector<long long>{}};
            auto offer = TRY(domain::validate_offer(domain::corrected(stored, corrections), choices));
            offer.id = stored.id;
            offer.organisation_id = centre;
            offer.partner_id = stored.partner_id;
            offers.update(offer, now);
            auto const changed = changed_fields(stored, offer);
            if (!changed.empty())
                detail += ": " + changed;
        }
        if (!offers.use_link(link.link.id, now))
            return fail(link_used());
        offers.set_confirmed(centre, stored.id, link.link.contact_id, now);
        unit.audit(NoActor{centre}, {answer == EnterpriseAnswer::Correct ? "offer.corrected_by_enterprise"
                                                                         : "offer.confirmed_by_enterprise",
                                     "offer", stored.id, detail});
        return {};
    });
}

} // namespace tremplin::service

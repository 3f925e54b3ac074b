#include "service/partner_service.hpp"

#include "locale/text_folding.hpp"

namespace tremplin::service {

using domain::Error;
using domain::fail;
using domain::found;
using domain::Permission;
using domain::Result;

store::PartnerKeys partner_keys(domain::Partner const& partner)
{
    store::PartnerKeys keys;
    keys.name_key = domain::partner_name_key(locale::folded_words(partner.name));
    keys.search_key = " ";
    for (auto const* text : {&partner.name, &partner.commune})
        for (auto const& word : locale::folded_words(*text))
            keys.search_key += word + " ";
    for (auto const& tag : partner.tags)
        keys.tag_keys.push_back(locale::case_folded(tag));
    return keys;
}

Result<void> PartnerService::may_manage(Actor const& actor) const
{
    if (!actor.can(Permission::ManagePartners))
        return fail(Error::forbidden());
    return {};
}

Result<PartnerList> PartnerService::list(Actor const& actor, PartnerListQuery const& query)
{
    return m_units.read(actor, Permission::ViewPartners, [&](UnitOfWork& unit) -> Result<PartnerList> {
        store::PartnerSearch search;
        search.organisation_id = unit.organisation_id();
        // An enterprise number, however typed, finds its partner; other text, the words it starts.
        if (auto number = domain::normalised_enterprise_number(query.search))
            search.enterprise_number = *number;
        else
            search.words = locale::folded_words(query.search);
        search.kind = query.kind;
        search.nace_section = query.nace_section;
        search.commune = query.commune;
        search.tag_key = query.tag;
        search.hosted_in = query.hosted_in;
        search.limit = query.limit + 1; // one more tells whether there is a next page
        search.offset = query.offset;
        auto partners = unit.repository<store::PartnerRepository>();
        PartnerList list;
        list.rows = partners.search(search);
        list.has_more = static_cast<int>(list.rows.size()) > query.limit;
        if (list.has_more)
            list.rows.pop_back();
        list.communes = partners.communes(unit.organisation_id());
        list.tags = partners.tags_in_use(unit.organisation_id());
        list.this_year = unit.clock().today().year();
        list.hosting = partners.hosting(unit.organisation_id(), list.this_year);
        list.may.manage = actor.can(Permission::ManagePartners);
        // Contacts are people: who listed them is kept, never what was searched for.
        unit.audit(
            {"partners.listed", "partner", std::nullopt,
             audit_detail({{"rows", std::to_string(list.rows.size())},
                           {"offset", std::to_string(query.offset)},
                           {"search", query.search.empty() ? "" : std::to_string(query.search.size())}})});
        return list;
    });
}

Result<PartnerDetails> PartnerService::partner(Actor const& actor, long long id)
{
    return m_units.read(actor, Permission::ViewPartners, [&](UnitOfWork& unit) -> Result<PartnerDetails> {
        auto partners = unit.repository<store::PartnerRepository>();
        auto partner = TRY(found(partners.find(unit.organisation_id(), id)));
        auto contacts = partners.contacts(partner.id);
        auto timeline = domain::partner_history(partners.events(partner.id), partners.created_at(partner.id),
                                                partners.contacts_added(partner.id));
        auto const contribution = partners.contribution(unit.organisation_id(), partner.id);
        unit.audit({"partner.viewed", "partner", partner.id, {}});
        return PartnerDetails{std::move(partner),
                              std::move(contacts),
                              std::move(timeline),
                              contribution,
                              {.manage = actor.can(Permission::ManagePartners)}};
    });
}

Result<domain::Partner> PartnerService::for_editing(Actor const& actor, long long id)
{
    return m_units.read(actor, Permission::ManagePartners, [&](UnitOfWork& unit) -> Result<domain::Partner> {
        return found(unit.repository<store::PartnerRepository>().find(unit.organisation_id(), id));
    });
}

Result<PartnerSaving> PartnerService::create(Actor const& actor, domain::PartnerInput const& input,
                                             DuplicateCheck check)
{
    TRY(may_manage(actor));
    auto partner = TRY(domain::validate_partner(input, locale::case_folded));
    partner.organisation_id = actor.organisation_id();
    auto const keys = partner_keys(partner);
    return m_units.write(actor, Permission::ManagePartners, [&](UnitOfWork& unit) -> Result<PartnerSaving> {
        auto partners = unit.repository<store::PartnerRepository>();
        if (check == DuplicateCheck::Warn) {
            auto duplicates = partners.possible_duplicates(partner.organisation_id, keys.name_key,
                                                           partner.enterprise_number);
            if (!duplicates.empty())
                return PartnerSaving{std::nullopt, std::move(duplicates)};
        }
        auto const id = partners.insert(partner, keys, unit.clock().now_iso());
        unit.audit({"partner.created", "partner", id,
                    check == DuplicateCheck::ConfirmedDifferentPerson ? "confirmed_different_partner" : ""});
        return PartnerSaving{id, {}};
    });
}

Result<PartnerSaving> PartnerService::update(Actor const& actor, long long id,
                                             domain::PartnerInput const& input, DuplicateCheck check)
{
    TRY(may_manage(actor));
    auto partner = TRY(domain::validate_partner(input, locale::case_folded));
    partner.id = id;
    partner.organisation_id = actor.organisation_id();
    auto const keys = partner_keys(partner);
    return m_units.write(actor, Permission::ManagePartners, [&](UnitOfWork& unit) -> Result<PartnerSaving> {
        auto partners = unit.repository<store::PartnerRepository>();
        auto const stored = TRY(found(partners.find(partner.organisation_id, id)));
        bool const keys_changed = partner_keys(stored).name_key != keys.name_key ||
                                  stored.enterprise_number != partner.enterprise_number;
        if (check == DuplicateCheck::Warn && keys_changed) {
            auto duplicates = partners.possible_duplicates(partner.organisation_id, keys.name_key,
                                                           partner.enterprise_number, id);
            if (!duplicates.empty())
                return PartnerSaving{std::nullopt, std::move(duplicates)};
        }
        partners.update(partner, keys, unit.clock().now_iso());
        unit.audit({"partner.updated", "partner", id,
                    check == DuplicateCheck::ConfirmedDifferentPerson ? "confirmed_different_partner" : ""});
        return PartnerSaving{id, {}};
    });
}

Result<long long> PartnerService::add_contact(Actor const& actor, long long partner_id,
                                              domain::PartnerContactInput const& input)
{
    TRY(may_manage(actor));
    auto contact = TRY(domain::validate_partner_contact(input));
    return m_units.write(actor, Permission::ManagePartners, [&](UnitOfWork& unit) -> Result<long long> {
        auto partners = unit.repository<store::PartnerRepository>();
        contact.partner_id = TRY(found(partners.find(unit.organisation_id(), partner_id))).id;
        auto const id = partners.insert_contact(unit.organisation_id(), contact, unit.clock().now_iso());
        unit.audit({"partner_contact.added", "partner", partner_id, {}});
        return id;
    });
}

Result<domain::PartnerContact> PartnerService::contact_for_editing(Actor const& actor, long long partner_id,
                                                                   long long contact_id)
{
    return m_units.read(actor, Permission::ManagePartners,
                        [&](UnitOfWork& unit) -> Result<domain::PartnerContact> {
                            auto partners = unit.repository<store::PartnerRepository>();
                            TRY(found(partners.find(unit.organisation_id(), partner_id)));
                            auto contact = TRY(found(partners.contact(partner_id, contact_id)));
                            // Her details are shown in the form: a view of them.
                            unit.audit({"partner_contact.viewed", "partner", partner_id, {}});
                            return contact;
                        });
}

Result<void> PartnerService::update_contact(Actor const& actor, long long partner_id, long long contact_id,
                                            domain::PartnerContactInput const& input)
{
    TRY(may_manage(actor));
    auto contact = TRY(domain::validate_partner_contact(input));
    return m_units.write(actor, Permission::ManagePartners, [&](UnitOfWork& unit) -> Result<void> {
        auto partners = unit.repository<store::PartnerRepository>();
        TRY(found(partners.find(unit.organisation_id(), partner_id)));
        contact.id = TRY(found(partners.contact(partner_id, contact_id))).id;
        contact.partner_id = partner_id;
        partners.update_contact(contact, unit.clock().now_iso());
        unit.audit({"partner_contact.updated", "partner", partner_id, {}});
        return {};
    });
}

Result<void> PartnerService::remove_contact(Actor const& actor, long long partner_id, long long contact_id)
{
    return m_units.write(actor, Permission::ManagePartners, [&](UnitOfWork& unit) -> Result<void> {
        auto partners = unit.repository<store::PartnerRepository>();
        TRY(found(partners.find(unit.organisation_id(), partner_id)));
        TRY(found(partners.contact(partner_id, contact_id)));
        partners.remove_contact(partner_id, contact_id);
        unit.audit({"partner_contact.removed", "partner", partner_id, {}});
        return {};
    });
}

Result<long long> PartnerService::add_event(Actor const& actor, long long partner_id,
                                            domain::PartnerEventInput const& input)
{
    TRY(may_manage(actor));
    auto event = TRY(domain::validate_partner_event(input, m_units.clock().today()));
    event.created_at = m_units.clock().now_iso();
    return m_units.write(actor, Permission::ManagePartners, [&](UnitOfWork& unit) -> Result<long long> {
        auto partners = unit.repository<store::PartnerRepository>();
        event.partner_id = TRY(found(partners.find(unit.organisation_id(), partner_id))).id;
        // Only one of its own contacts: an id from elsewhere is refused beside the field.
        if (event.contact_id && !partners.contact(partner_id, *event.contact_id))
            return fail(Error::invalid({{"contact", "errors.partner_event.contact_unknown"}}));
        auto const id = partners.insert_event(unit.organisation_id(), event, unit.actor().account.id);
        // The summary may name people: the kind is kept, never the text.
        unit.audit({"partner_event.added", "partner", partner_id, std::string(domain::code_of(event.kind))});
        return id;
    });
}

} // namespace tremplin::service

#include "service/participant_service.hpp"

#include "domain/participant_fields.hpp"
#include "locale/countries.hpp"
#include "service/participant_matching.hpp"
#include "store/organisation_repository.hpp"
#include "store/participant_repository.hpp"
#include "store/partner_repository.hpp"
#include "store/possible_match_repository.hpp"
#include "store/timeline_repository.hpp"

#include <algorithm>

namespace tremplin::service {

using domain::found;
using domain::Permission;
using domain::Result;

namespace {

store::DuplicateProbe probe_for(domain::Participant const& participant, store::ParticipantKeys const& keys)
{
    return {participant.organisation_id,
            keys.name_key,
            participant.birth_date,
            keys.email_key,
            keys.phone_key,
            keys.actiris_key,
            participant.id};
}

// What the audit row of a page of the list says was asked and how much came back.
//
// The search text itself is not recorded: it is most often a woman's name, and the audit trail
// would become a second register of names, read by other people and kept longer. A keyed hash
// would not help: the key lives on the same server as the trail, and names are few enough that
// whoever holds it finds the name again by hashing a list of names. So the row says that a
// search was made and how long its text was (in characters): "a" that lists half the register
// reads differently from a full name, which is what an audit is after.
std::string listing_detail(ParticipantListQuery const& query, int limit, std::size_t rows)
{
    auto const characters = std::ranges::count_if(
        query.search, [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
    return audit_detail({{"rows", std::to_string(rows)},
                         {"search", query.search.empty() ? std::string() : std::to_string(characters)},
                         {"order", query.order == store::ParticipantOrder::Name ? "name" : "recent"},
                         {"offset", std::to_string(std::max(0, query.offset))},
                         {"limit", std::to_string(limit)},
                         {"since", query.updated_since ? domain::iso_timestamp(*query.updated_since) : ""}});
}

void audit_listing(UnitOfWork& unit, ParticipantListQuery const& query, int limit, std::size_t rows)
{
    if (query.search.empty())
        unit.audit({"participants.listed", "participant", std::nullopt, listing_detail(query, limit, rows)});
    else
        unit.audit(
            {"participants.searched", "participant", std::nullopt, listing_detail(query, limit, rows)});
}

// What she typed, checked. Someone who may not read special categories may not answer them
// either: an answer she typed is refused with the other problems, and an edit keeps the answers
// stored (docs/design.md "Least privilege").
Result<domain::Participant> checked_input(Actor const& actor, domain::ParticipantInput const& input,
                                          domain::ValidationContext const& context,
                                          domain::Participant const* previous = nullptr)
{
    auto participant = domain::validate_participant(input, context, previous);
    if (actor.can(Permission::ViewSpecialCategories))
        return participant;
    if (auto refused = domain::special_category_answers_typed(input); !refused.empty()) {
        if (!participant)
            refused.insert(refused.end(), participant.error().fields.begin(),
                           participant.error().fields.end());
        return domain::fail(domain::Error::invalid(std::move(refused)));
    }
    if (participant && previous)
        domain::keep_special_categories(*participant, *previous);
    return participant;
}

// The partner that sent her, when one is named, must be one of the centre's.
Result<void> require_known_referrer(UnitOfWork& unit, domain::Participant const& participant)
{
    auto const id = participant.referral_partner_id;
    if (id && !unit.repository<store::PartnerRepository>().find(unit.organisation_id(), *id))
        return domain::fail(
            domain::Error::invalid({{std::string(domain::participant_fields::referral_partner),
                                     "errors.referral_partner.unknown"}}));
    return {};
}

// The record as this reader may see it: without special categories unless she may read them.
domain::Participant as_seen_by(Actor const& actor, domain::Participant participant)
{
    if (!actor.can(Permission::ViewSpecialCategories))
        domain::withhold_special_categories(participant);
    return participant;
}

} // namespace

ParticipantService::ParticipantService(store::Database& database, Clock const& clock,
                                       std::vector<std::string> languages)
    : m_units(database, clock), m_languages(std::move(languages))
{
}

domain::ValidationContext ParticipantService::validation_context() const
{
    return {
        m_units.clock().today(), [](std::string_view code) { return locale::is_country_code(code); },
        [this](std::string_view code) { return std::ranges::find(m_languages, code) != m_languages.end(); }};
}

Result<ParticipantList> ParticipantService::list(Actor const& actor, ParticipantListQuery const& query)
{
    int const limit = std::clamp(query.limit, 1, 200);
    store::ParticipantSearch search;
    search.organisation_id = actor.organisation_id();
    search.prefixes = search_prefixes(query.search);
    search.order = query.order;
    search.limit = limit + 1; // one more tells whether more exist
    search.offset = std::max(0, query.offset);
    if (query.updated_since)
        search.updated_since = domain::iso_timestamp(*query.updated_since);

    return m_units.read(actor, Permission::ViewParticipants,
                        [&](UnitOfWork& unit) -> Result<ParticipantList> {
                            ParticipantList list;
                            list.rows = unit.repository<store::ParticipantRepository>().search(search);
                            list.has_more = static_cast<int>(list.rows.size()) > limit;
                            if (list.has_more)
                                list.rows.pop_back();
                            audit_listing(unit, query, limit, list.rows.size());
                            return list;
                        });
}

Result<void> ParticipantService::shown_again(Actor const& actor, ParticipantListQuery const& query,
                                             std::size_t rows)
{
    int const limit = std::clamp(query.limit, 1, 200);
    return m_units.write(actor, Permission::ViewParticipants, [&](UnitOfWork& unit) -> Result<void> {
        audit_listing(unit, query, limit, rows);
        return {};
    });
}

Result<RegisterState> ParticipantService::register_state(Actor const& actor)
{
    return m_units.read(actor, Permission::ViewParticipants, [&](UnitOfWork& unit) -> Result<RegisterState> {
        RegisterState state{
            unit.repository<store::OrganisationRepository>().register_version(unit.organisation_id()),
            actor.can(Permission::EditParticipants)};
        if (state.may_add)
            state.possible_matches =
                unit.repository<store::PossibleMatchRepository>().count_open(unit.organisation_id());
        return state;
    });
}

Result<domain::Participant> ParticipantService::view(Actor const& actor, long long id)
{
    return viewed(actor, Permission::ViewParticipants, id);
}

Result<domain::Participant> ParticipantService::for_editing(Actor const& actor, long long id)
{
    return viewed(actor, Permission::EditParticipants, id);
}

Result<domain::Participant> ParticipantService::viewed(Actor const& actor, Permission permission,
                                                       long long id)
{
    return m_units.write(actor, permission, [&](UnitOfWork& unit) -> Result<domain::Participant> {
        auto participant =
            TRY(found(unit.repository<store::ParticipantRepository>().find(unit.organisation_id(), id)));
        unit.audit({"participant.viewed", "participant", id, {}});
        return as_seen_by(actor, std::move(participant));
    });
}

bool ParticipantService::asks_special_categories(Actor const& actor) const
{
    return actor.can(Permission::ViewSpecialCategories);
}

Result<domain::ParticipantInput> ParticipantService::blank_input(Actor const& actor,
                                                                 std::string_view language) const
{
    if (!actor.can(Permission::EditParticipants))
        return domain::fail(domain::Error::forbidden());
    domain::ParticipantInput input;
    input.set(domain::participant_fields::gender, "woman");
    input.set(domain::participant_fields::preferred_language, std::string(language));
    return input;
}

Result<Creation> ParticipantService::create(Actor const& actor, domain::ParticipantInput const& input,
                                            DuplicateCheck check)
{
    // Checked before the unit: the write lock is taken only for work that will be done; and who
    // may not create a record is refused before anything she typed is checked.
    if (!actor.can(Permission::EditParticipants))
        return domain::fail(domain::Error::forbidden());
    auto participant = TRY(checked_input(actor, input, validation_context()));
    participant.organisation_id = actor.organisation_id();
    participant.created_at = participant.updated_at = m_units.clock().now_iso();
    auto const keys = keys_of(participant);
    return m_units.write(actor, Permission::EditParticipants, [&](UnitOfWork& unit) -> Result<Creation> {
        auto participants = unit.repository<store::ParticipantRepository>();
        Creation creation;
        if (check == DuplicateCheck::Warn) {
            creation.possible_duplicates = participants.possible_duplicates(probe_for(participant, keys));
            if (!creation.possible_duplicates.empty())
                return creation;
        }
        TRY(require_known_referrer(unit, participant));
        creation.id = participants.insert(participant, keys);
        unit.audit({"participant.created", "participant", creation.id,
                    check == DuplicateCheck::ConfirmedDifferentPerson ? "confirmed_different_person" : ""});
        return creation;
    });
}

Result<std::vector<domain::Partner>> ParticipantService::possible_referrers(Actor const& actor)
{
    return m_units.read(
        actor, Permission::EditParticipants, [&](UnitOfWork& unit) -> Result<std::vector<domain::Partner>> {
            return unit.repository<store::PartnerRepository>().all_by_name(unit.organisation_id());
        });
}

Result<domain::Participant> ParticipantService::update(Actor const& actor, long long id,
                                                       domain::ParticipantInput const& input)
{
    return m_units.write(
        actor, Permission::EditParticipants, [&](UnitOfWork& unit) -> Result<domain::Participant> {
            auto participants = unit.repository<store::ParticipantRepository>();
            auto const previous = TRY(found(participants.find(unit.organisation_id(), id)));
            auto participant = TRY(checked_input(actor, input, validation_context(), &previous));
            TRY(require_known_referrer(unit, participant));
            participant.updated_at = unit.clock().now_iso();
            participants.update(participant, keys_of(participant));
            unit.audit({"participant.updated", "participant", id,
                        domain::changed_inputs(domain::input_of(previous), domain::input_of(participant))});
            return as_seen_by(actor, std::move(participant));
        });
}

Result<std::vector<domain::TimelineEntry>> ParticipantService::timeline(Actor const& actor,
                                                                        long long participant_id)
{
    return m_units.read(actor, Permission::ViewParticipants,
                        [&](UnitOfWork& unit) -> Result<std::vector<domain::TimelineEntry>> {
                            return unit.repository<store::TimelineRepository>().entries_of(
                                unit.organisation_id(), participant_id);
                        });
}

Result<long long> ParticipantService::add_to_timeline(Actor const& actor, long long participant_id,
                                                      domain::TimelineInput const& input)
{
    auto entry = TRY(domain::validate_timeline_entry(input, m_units.clock().today()));
    entry.participant_id = participant_id;
    entry.created_at = m_units.clock().now_iso();
    return m_units.write(actor, Permission::EditParticipants, [&](UnitOfWork& unit) -> Result<long long> {
        TRY(found(
            unit.repository<store::ParticipantRepository>().find(unit.organisation_id(), participant_id)));
        auto const id = unit.repository<store::TimelineRepository>().insert(unit.organisation_id(), entry,
                                                                            unit.actor().account.id);
        unit.audit({"participant.timeline_entry_added", "participant", participant_id,
                    std::string(domain::code_of(entry.kind))});
        return id;
    });
}

} // namespace tremplin::service

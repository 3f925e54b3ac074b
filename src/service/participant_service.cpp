#include "service/participant_service.hpp"

#include "locale/countries.hpp"
#include "service/audit_trail.hpp"
#include "service/participant_matching.hpp"
#include "store/organisation_repository.hpp"
#include "store/participant_repository.hpp"
#include "store/timeline_repository.hpp"

#include <algorithm>

namespace tremplin::service {

using domain::Error;
using domain::fail;
using domain::Permission;
using store::Transaction;

namespace {

// The names of the inputs whose value differs: what an audit row says changed, never the values.
std::string changed_fields(domain::ParticipantInput const& before, domain::ParticipantInput const& after)
{
    std::string changed;
    for (auto field : domain::participant_fields::all()) {
        if (before[field] == after[field])
            continue;
        if (!changed.empty())
            changed += ",";
        changed += field;
    }
    return changed;
}

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

} // namespace

ParticipantService::ParticipantService(store::Database& database, Clock const& clock,
                                       std::vector<std::string> languages)
    : m_database(database), m_clock(clock), m_languages(std::move(languages))
{
}

domain::ValidationContext ParticipantService::validation_context() const
{
    return {
        m_clock.today(), [](std::string_view code) { return locale::is_country_code(code); },
        [this](std::string_view code) { return std::ranges::find(m_languages, code) != m_languages.end(); }};
}

domain::Result<ParticipantList> ParticipantService::list(Actor const& actor,
                                                         ParticipantListQuery const& query)
{
    if (!actor.can(Permission::ViewParticipants))
        return fail(Error::forbidden());
    int const limit = std::clamp(query.limit, 1, 200);

    store::ParticipantSearch search;
    search.organisation_id = actor.organisation_id();
    search.prefixes = search_prefixes(query.search);
    search.order = query.order;
    search.limit = limit + 1; // one more tells whether more exist
    search.offset = std::max(0, query.offset);
    if (query.updated_since)
        search.updated_since = domain::iso_timestamp(*query.updated_since);

    auto connection = m_database.connect();
    ParticipantList list;
    list.rows = store::ParticipantRepository(connection).search(search);
    list.has_more = static_cast<int>(list.rows.size()) > limit;
    if (list.has_more)
        list.rows.pop_back();
    return list;
}

domain::Result<long long> ParticipantService::register_version(Actor const& actor)
{
    if (!actor.can(Permission::ViewParticipants))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    return store::OrganisationRepository(connection).register_version(actor.organisation_id());
}

domain::Result<domain::Participant> ParticipantService::view(Actor const& actor, long long id)
{
    if (!actor.can(Permission::ViewParticipants))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    auto participant = store::ParticipantRepository(connection).find(actor.organisation_id(), id);
    if (!participant)
        return fail(Error::not_found());
    record_audit(connection, m_clock, actor, {"participant.viewed", "participant", id, {}});
    transaction.commit();
    return std::move(*participant);
}

domain::Result<Creation> ParticipantService::create(Actor const& actor, domain::ParticipantInput const& input,
                                                    DuplicateCheck check)
{
    if (!actor.can(Permission::EditParticipants))
        return fail(Error::forbidden());
    auto participant = domain::validate_participant(input, validation_context());
    if (!participant)
        return fail(std::move(participant.error()));
    participant->organisation_id = actor.organisation_id();
    participant->created_at = participant->updated_at = m_clock.now_iso();
    auto const keys = keys_of(*participant);

    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    store::ParticipantRepository participants(connection);
    Creation creation;
    if (check == DuplicateCheck::Warn) {
        creation.possible_duplicates = participants.possible_duplicates(probe_for(*participant, keys));
        if (!creation.possible_duplicates.empty())
            return creation;
    }
    creation.id = participants.insert(*participant, keys);
    record_audit(connection, m_clock, actor,
                 {"participant.created", "participant", creation.id,
                  check == DuplicateCheck::ConfirmedDifferentPerson ? "confirmed_different_person" : ""});
    transaction.commit();
    return creation;
}

domain::Result<domain::Participant> ParticipantService::update(Actor const& actor, long long id,
                                                               domain::ParticipantInput const& input)
{
    if (!actor.can(Permission::EditParticipants))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    store::ParticipantRepository participants(connection);
    auto const previous = participants.find(actor.organisation_id(), id);
    if (!previous)
        return fail(Error::not_found());

    auto participant = domain::validate_participant(input, validation_context(), &*previous);
    if (!participant)
        return fail(std::move(participant.error()));
    participant->updated_at = m_clock.now_iso();
    participants.update(*participant, keys_of(*participant));
    record_audit(connection, m_clock, actor,
                 {"participant.updated", "participant", id,
                  changed_fields(domain::input_of(*previous), domain::input_of(*participant))});
    transaction.commit();
    return participant;
}

domain::Result<std::vector<domain::TimelineEntry>> ParticipantService::timeline(Actor const& actor,
                                                                                long long participant_id)
{
    if (!actor.can(Permission::ViewParticipants))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    return store::TimelineRepository(connection).entries_of(actor.organisation_id(), participant_id);
}

domain::Result<long long> ParticipantService::add_to_timeline(Actor const& actor, long long participant_id,
                                                              domain::TimelineInput const& input)
{
    if (!actor.can(Permission::EditParticipants))
        return fail(Error::forbidden());
    auto entry = domain::validate_timeline_entry(input, m_clock.today());
    if (!entry)
        return fail(std::move(entry.error()));
    entry->participant_id = participant_id;
    entry->created_at = m_clock.now_iso();

    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    if (!store::ParticipantRepository(connection).find(actor.organisation_id(), participant_id))
        return fail(Error::not_found());
    auto const id =
        store::TimelineRepository(connection).insert(actor.organisation_id(), *entry, actor.account.id);
    record_audit(connection, m_clock, actor,
                 {"participant.timeline_entry_added", "participant", participant_id,
                  std::string(domain::code_of(entry->kind))});
    transaction.commit();
    return id;
}

} // namespace tremplin::service

#include "service/outbox_service.hpp"

#include "service/audit_trail.hpp"
#include "store/letter_repository.hpp"
#include "store/organisation_repository.hpp"

namespace tremplin::service {

using domain::Error;
using domain::fail;
using domain::Permission;

namespace {

// A failed e-mail is tried again at the next rounds, up to this many times in all.
constexpr int attempts_allowed = 5;

} // namespace

void queue_letter(store::Connection& connection, Clock const& clock, domain::Letter letter)
{
    if (auto const centre = store::OrganisationRepository(connection).find(letter.organisation_id)) {
        letter.facts["centre"] = centre->name;
        letter.facts["centre_phone"] = centre->phone;
    }
    letter.queued_at = clock.now_iso();
    store::LetterRepository(connection).queue(letter);
}

domain::Result<std::vector<domain::Letter>> OutboxService::letters(Actor const& actor, bool sent)
{
    if (!actor.can(Permission::EditParticipants))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    return store::LetterRepository(connection)
        .list({.organisation_id = actor.organisation_id(), .sent = sent});
}

domain::Result<domain::Letter> OutboxService::letter(Actor const& actor, long long id)
{
    if (!actor.can(Permission::EditParticipants))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    auto found = store::LetterRepository(connection).find(actor.organisation_id(), id);
    if (!found)
        return fail(Error::not_found());
    return std::move(*found);
}

domain::Result<void> OutboxService::sent_by_hand(Actor const& actor, long long id,
                                                 report::LetterText const& text)
{
    if (!actor.can(Permission::EditParticipants))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    store::Transaction transaction(connection, store::Transaction::Mode::Write);
    store::LetterRepository letters(connection);
    auto const found = letters.find(actor.organisation_id(), id);
    if (!found)
        return fail(Error::not_found());
    if (found->sent_at)
        return {}; // a second click changes nothing
    letters.mark_sent(id, domain::LetterDelivery::ByHand, text.subject, text.body, m_clock.now_iso());
    record_audit(connection, m_clock, actor,
                 {"letter.sent_by_hand", "participant", found->participant_id,
                  std::string(domain::code_of(found->kind))});
    transaction.commit();
    return {};
}

std::vector<domain::Letter> OutboxService::to_email(int limit)
{
    auto connection = m_database.connect();
    return store::LetterRepository(connection).to_email(attempts_allowed, limit);
}

void OutboxService::emailed(domain::Letter const& letter, report::LetterText const& text)
{
    auto connection = m_database.connect();
    store::Transaction transaction(connection, store::Transaction::Mode::Write);
    store::LetterRepository(connection)
        .mark_sent(letter.id, domain::LetterDelivery::Email, text.subject, text.body, m_clock.now_iso());
    record_system_audit(
        connection, m_clock, letter.organisation_id,
        {"letter.emailed", "participant", letter.participant_id, std::string(domain::code_of(letter.kind))});
    transaction.commit();
}

void OutboxService::not_emailed(domain::Letter const& letter, std::string const& failure)
{
    auto connection = m_database.connect();
    store::Transaction transaction(connection, store::Transaction::Mode::Write);
    store::LetterRepository(connection).mark_failed(letter.id, failure.substr(0, 500));
    transaction.commit();
}

} // namespace tremplin::service

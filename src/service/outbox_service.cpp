#include "service/outbox_service.hpp"

#include "store/letter_repository.hpp"
#include "store/organisation_repository.hpp"

namespace tremplin::service {

using domain::Error;
using domain::fail;
using domain::found;
using domain::Permission;
using domain::Result;

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

Result<std::vector<domain::Letter>> OutboxService::letters(Actor const& actor, bool sent)
{
    return m_units.read(actor, Permission::EditParticipants,
                        [&](UnitOfWork& unit) -> Result<std::vector<domain::Letter>> {
                            return unit.repository<store::LetterRepository>().list(
                                {.organisation_id = unit.organisation_id(), .sent = sent});
                        });
}

Result<domain::Letter> OutboxService::letter(Actor const& actor, long long id)
{
    return m_units.read(actor, Permission::EditParticipants, [&](UnitOfWork& unit) {
        return found(unit.repository<store::LetterRepository>().find(unit.organisation_id(), id));
    });
}

Result<void> OutboxService::sent_by_hand(Actor const& actor, long long id, report::LetterText const& text)
{
    return m_units.write(actor, Permission::EditParticipants, [&](UnitOfWork& unit) -> Result<void> {
        auto letters = unit.repository<store::LetterRepository>();
        auto const letter = TRY(found(letters.find(unit.organisation_id(), id)));
        if (letter.sent_at)
            return {}; // a second click changes nothing
        letters.mark_sent(id, domain::LetterDelivery::ByHand, text.subject, text.body,
                          unit.clock().now_iso());
        unit.audit({"letter.sent_by_hand", "participant", letter.participant_id,
                    std::string(domain::code_of(letter.kind))});
        return {};
    });
}

// The mail sender's work is the system's, for every centre: nobody signs in for it.

std::vector<domain::Letter> OutboxService::to_email(int limit)
{
    return m_units
        .read(NoActor{},
              [&](UnitOfWork& unit) -> Result<std::vector<domain::Letter>> {
                  return unit.repository<store::LetterRepository>().to_email(attempts_allowed, limit);
              })
        .value();
}

void OutboxService::emailed(domain::Letter const& letter, report::LetterText const& text)
{
    auto const done = m_units.write(NoActor{letter.organisation_id}, [&](UnitOfWork& unit) -> Result<void> {
        unit.repository<store::LetterRepository>().mark_sent(letter.id, domain::LetterDelivery::Email,
                                                             text.subject, text.body, unit.clock().now_iso());
        unit.audit({"letter.emailed", "participant", letter.participant_id,
                    std::string(domain::code_of(letter.kind))});
        return {};
    });
    done.value();
}

void OutboxService::not_emailed(domain::Letter const& letter, std::string const& failure)
{
    auto const done = m_units.write(NoActor{letter.organisation_id}, [&](UnitOfWork& unit) -> Result<void> {
        unit.repository<store::LetterRepository>().mark_failed(letter.id, failure.substr(0, 500));
        return {};
    });
    done.value();
}

} // namespace tremplin::service

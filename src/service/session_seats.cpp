#include "service/session_seats.hpp"

#include "domain/schedule.hpp"
#include "service/outbox_service.hpp"
#include "store/information_session_repository.hpp"
#include "store/participant_repository.hpp"

#include <algorithm>

namespace tremplin::service {

using domain::RegistrationStatus;

namespace {

// Tells a woman who waited that she has a seat: she may not look at the page again.
void tell_of_her_seat(UnitOfWork& unit, domain::InformationSession const& session,
                      domain::SessionRegistration const& registration)
{
    auto const participant = unit.repository<store::ParticipantRepository>().find(
        session.organisation_id, registration.participant_id);
    if (!participant)
        return;
    domain::Letter letter;
    letter.organisation_id = session.organisation_id;
    letter.participant_id = participant->id;
    letter.kind = domain::LetterKind::SessionSeat;
    letter.language = registration.language.empty() ? participant->preferred_language : registration.language;
    letter.email = participant->email;
    letter.facts = {{"first_name", participant->first_name},
                    {"starts_on", session.held_on.iso()},
                    {"time", domain::time_of_day(session.starts_at)},
                    {"place", session.place}};
    queue_letter(unit.connection(), unit.clock(), std::move(letter));
}

} // namespace

std::string what_of(domain::InformationSession const& session)
{
    return session.held_on.iso() + " " + session.place;
}

void fill_free_seats(UnitOfWork& unit, domain::InformationSession const& session)
{
    auto repository = unit.repository<store::InformationSessionRepository>();
    auto const now = unit.clock().now_iso();
    auto const registrations = repository.registrations(session.id);
    for (auto const id : domain::promoted_into_free_seats(registrations, session.capacity)) {
        repository.set_status(id, RegistrationStatus::Registered, now);
        unit.audit({"session_registration.promoted", "session_registration", id, what_of(session)});
        auto const promoted = std::ranges::find(registrations, id, &domain::SessionRegistration::id);
        if (promoted != registrations.end())
            tell_of_her_seat(unit, session, *promoted);
    }
}

} // namespace tremplin::service

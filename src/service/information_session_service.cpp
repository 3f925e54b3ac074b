#include "service/information_session_service.hpp"

#include "domain/schedule.hpp"
#include "locale/countries.hpp"
#include "service/application_service.hpp"
#include "service/audit_trail.hpp"
#include "service/known_person.hpp"
#include "service/outbox_service.hpp"
#include "service/secrets.hpp"
#include "store/participant_repository.hpp"

#include <algorithm>

namespace tremplin::service {

using domain::Error;
using domain::ErrorCode;
using domain::fail;
using domain::Permission;
using domain::RegistrationStatus;
using domain::SessionAttendance;

namespace {

// docs/design.md "Who uses it": the coordinator runs the information sessions, the director does
// everything; trainers and funders never see who registered.
bool may_manage(Actor const& actor)
{
    return actor.can(Permission::ManageCohorts);
}

std::string what_of(domain::InformationSession const& session)
{
    return session.held_on.iso() + " " + session.place;
}

Error session_over()
{
    return {ErrorCode::Conflict, "errors.info.session_over", {}};
}

// Tells a woman who waited that she has a seat: she may not look at the page again.
void tell_of_her_seat(store::Connection& connection, Clock const& clock,
                      domain::InformationSession const& session,
                      domain::SessionRegistration const& registration)
{
    auto const participant =
        store::ParticipantRepository(connection).find(session.organisation_id, registration.participant_id);
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
    queue_letter(connection, clock, std::move(letter));
}

// Gives the seats freed (by a cancellation, or more seats) to the first on the waitlist, and
// tells each of them.
void fill_free_seats(store::Connection& connection, Clock const& clock, Actor const& actor,
                     domain::InformationSession const& session)
{
    store::InformationSessionRepository repository(connection);
    auto const now = clock.now_iso();
    auto const registrations = repository.registrations(session.id);
    for (auto const id : domain::promoted_into_free_seats(registrations, session.capacity)) {
        repository.set_status(id, RegistrationStatus::Registered, now);
        record_audit(connection, clock, actor,
                     {"session_registration.promoted", "session_registration", id, what_of(session)});
        auto const promoted = std::ranges::find(registrations, id, &domain::SessionRegistration::id);
        if (promoted != registrations.end())
            tell_of_her_seat(connection, clock, session, *promoted);
    }
}

} // namespace

InformationSessionService::InformationSessionService(store::Database& database, Clock const& clock,
                                                     PublicDesk const& desk,
                                                     std::vector<std::string> languages)
    : m_database(database), m_clock(clock), m_desk(desk), m_languages(std::move(languages))
{
}

domain::ValidationContext InformationSessionService::validation_context() const
{
    return {
        m_clock.today(), [](std::string_view code) { return locale::is_country_code(code); },
        [this](std::string_view code) { return std::ranges::find(m_languages, code) != m_languages.end(); }};
}

domain::Result<std::vector<store::SessionCounts>>
InformationSessionService::sessions(Actor const& actor, store::SessionPeriod const& period)
{
    if (!may_manage(actor))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    return store::InformationSessionRepository(connection).list(actor.organisation_id(), period);
}

domain::Result<std::vector<store::ParticipantSession>>
InformationSessionService::of_participant(Actor const& actor, long long participant_id)
{
    if (!may_manage(actor))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    return store::InformationSessionRepository(connection)
        .of_participant(actor.organisation_id(), participant_id);
}

domain::Result<SessionDetails> InformationSessionService::session(Actor const& actor, long long id)
{
    if (!may_manage(actor))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    store::InformationSessionRepository repository(connection);
    auto session = repository.find(actor.organisation_id(), id);
    if (!session)
        return fail(Error::not_found());
    return SessionDetails{*session, repository.registrations(id)};
}

domain::Result<long long> InformationSessionService::save(Actor const& actor, long long id,
                                                          domain::InformationSessionInput const& typed)
{
    if (!may_manage(actor))
        return fail(Error::forbidden());
    auto session = domain::read_information_session(typed, validation_context().is_language_code);
    if (!session)
        return fail(std::move(session.error()));
    session->id = id;
    session->organisation_id = actor.organisation_id();

    auto connection = m_database.connect();
    store::Transaction transaction(connection, store::Transaction::Mode::Write);
    store::InformationSessionRepository repository(connection);
    auto const now = m_clock.now_iso();
    if (id == 0) {
        session->id = repository.insert(*session, now);
        record_audit(connection, m_clock, actor,
                     {"information_session.created", "information_session", session->id, what_of(*session)});
    } else {
        if (!repository.find(actor.organisation_id(), id))
            return fail(Error::not_found());
        repository.update(*session, now);
        record_audit(connection, m_clock, actor,
                     {"information_session.updated", "information_session", id, what_of(*session)});
        fill_free_seats(connection, m_clock, actor, *session);
    }
    transaction.commit();
    return session->id;
}

domain::Result<RegistrationStatus> InformationSessionService::register_participant(Actor const& actor,
                                                                                   long long session_id,
                                                                                   long long participant_id)
{
    if (!may_manage(actor))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    store::Transaction transaction(connection, store::Transaction::Mode::Write);
    store::InformationSessionRepository repository(connection);
    auto const session = repository.find(actor.organisation_id(), session_id);
    if (!session || !store::ParticipantRepository(connection).find(actor.organisation_id(), participant_id))
        return fail(Error::not_found());
    auto const now = m_clock.now_iso();
    auto const known = repository.registration_of(session_id, participant_id);
    if (known && known->status != RegistrationStatus::Cancelled)
        return known->status;
    auto const status = domain::status_for_a_new_registration(
        domain::seats_taken(repository.registrations(session_id)), session->capacity);
    long long id = 0;
    if (known) {
        id = known->id;
        repository.set_status(id, status, now, true);
    } else {
        domain::SessionRegistration registration;
        registration.session_id = session_id;
        registration.participant_id = participant_id;
        registration.language = session->language;
        registration.status = status;
        id = repository.insert_registration(actor.organisation_id(), registration, std::nullopt, now);
    }
    record_audit(connection, m_clock, actor,
                 {"session_registration.created", "session_registration", id,
                  std::string(domain::code_of(status)) + ", " + what_of(*session)});
    transaction.commit();
    return status;
}

domain::Result<void> InformationSessionService::cancel(Actor const& actor, long long registration_id)
{
    if (!may_manage(actor))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    store::Transaction transaction(connection, store::Transaction::Mode::Write);
    store::InformationSessionRepository repository(connection);
    auto const registration = repository.registration(actor.organisation_id(), registration_id);
    if (!registration)
        return fail(Error::not_found());
    if (registration->status == RegistrationStatus::Cancelled)
        return {};
    auto const session = repository.find(actor.organisation_id(), registration->session_id);
    repository.set_status(registration_id, RegistrationStatus::Cancelled, m_clock.now_iso());
    record_audit(
        connection, m_clock, actor,
        {"session_registration.cancelled", "session_registration", registration_id, what_of(*session)});
    if (registration->status == RegistrationStatus::Registered)
        fill_free_seats(connection, m_clock, actor, *session);
    transaction.commit();
    return {};
}

domain::Result<int> InformationSessionService::mark_attendance(Actor const& actor, long long session_id,
                                                               std::vector<AttendanceMark> const& marks)
{
    if (!may_manage(actor))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    store::Transaction transaction(connection, store::Transaction::Mode::Write);
    store::InformationSessionRepository repository(connection);
    auto const session = repository.find(actor.organisation_id(), session_id);
    if (!session)
        return fail(Error::not_found());
    if (!session->held_by(m_clock.today()))
        return fail({ErrorCode::Conflict, "errors.information_session.not_held_yet", {}});
    auto const registrations = repository.registrations(session_id);
    auto const now = m_clock.now_iso();
    UnitOfWork unit(connection, m_clock, actor); // the pipeline's moves, in this transaction
    int changed = 0;
    for (auto const& mark : marks) {
        auto const found =
            std::ranges::find(registrations, mark.registration_id, &domain::SessionRegistration::id);
        if (found == registrations.end() || found->status != RegistrationStatus::Registered)
            return fail(Error::not_found());
        if (found->attendance == mark.attendance)
            continue;
        repository.set_attendance(mark.registration_id, mark.attendance, now);
        record_audit(connection, m_clock, actor,
                     {"session_registration.marked", "session_registration", mark.registration_id,
                      std::string(domain::code_of(mark.attendance)) + ", " + what_of(*session)});
        if (mark.attendance == SessionAttendance::Attended)
            advance_applications(unit,
                                 store::ApplicationRepository(connection)
                                     .list({.organisation_id = actor.organisation_id(),
                                            .participant_id = found->participant_id}),
                                 domain::ApplicationStage::InfoSessionAttended, "information session");
        ++changed;
    }
    transaction.commit();
    return changed;
}

domain::Result<long long> InformationSessionService::women_informed(Actor const& actor, int year)
{
    if (!actor.can(Permission::ViewAggregates))
        return fail(Error::forbidden());
    auto const from = domain::Date::from_parts(year, 1, 1);
    auto const to = domain::Date::from_parts(year, 12, 31);
    if (!from || !to)
        return fail(Error::not_found());
    auto connection = m_database.connect();
    return store::InformationSessionRepository(connection)
        .women_who_attended(actor.organisation_id(), *from, *to);
}

std::vector<store::SessionCounts> InformationSessionService::upcoming(long long organisation_id)
{
    auto connection = m_database.connect();
    return store::InformationSessionRepository(connection).list(organisation_id, {.from = m_clock.today()});
}

domain::Result<std::string>
InformationSessionService::register_publicly(long long session_id, domain::ParticipantInput const& typed,
                                             std::string const& remote_address)
{
    auto const context = validation_context();
    auto connection = m_database.connect();
    store::Transaction transaction(connection, store::Transaction::Mode::Write);
    auto const centre = PublicDesk::centre(connection);
    if (!centre)
        return fail(Error::not_found());
    store::InformationSessionRepository repository(connection);
    auto const session = repository.find(*centre, session_id);
    if (!session)
        return fail(Error::not_found());
    if (session->held_on < m_clock.today())
        return fail(session_over());
    auto woman = domain::check_public_registration(typed, context);
    if (!woman)
        return fail(std::move(woman.error()));
    if (auto admitted = m_desk.admit(connection, *centre, "information_session", remote_address); !admitted)
        return fail(std::move(admitted.error()));

    auto const attachment =
        attach_or_register(connection, m_clock, *centre, *woman, context, "information_session");
    auto const token = random_token();
    auto const now = m_clock.now_iso();
    auto const language = std::string(typed[domain::participant_fields::preferred_language]);
    auto const known = repository.registration_of(session_id, attachment.participant_id);
    if (known && known->status != RegistrationStatus::Cancelled) {
        // She registered already: the same registration, with a new link to its confirmation.
        repository.set_confirmation(known->id, token_hash(token), language);
        transaction.commit();
        return token;
    }
    auto const status = domain::status_for_a_new_registration(
        domain::seats_taken(repository.registrations(session_id)), session->capacity);
    long long id = 0;
    if (known) {
        id = known->id;
        repository.set_status(id, status, now, true);
        repository.set_confirmation(id, token_hash(token), language);
    } else {
        domain::SessionRegistration registration;
        registration.session_id = session_id;
        registration.participant_id = attachment.participant_id;
        registration.language = language;
        registration.status = status;
        id = repository.insert_registration(*centre, registration, token_hash(token), now);
    }
    record_system_audit(connection, m_clock, *centre,
                        {"session_registration.created", "session_registration", id,
                         std::string(domain::code_of(status)) + " from the public page, " +
                             (attachment.was_known ? "attached to a known record" : "new record")});
    transaction.commit();
    return token;
}

domain::Result<SessionConfirmation> InformationSessionService::confirmation(std::string const& token)
{
    auto connection = m_database.connect();
    store::InformationSessionRepository repository(connection);
    auto registration = repository.registration_by_token_hash(token_hash(token));
    if (!registration)
        return fail(Error::not_found());
    auto const centre = PublicDesk::centre(connection);
    auto session = repository.find(centre.value_or(0), registration->session_id);
    if (!session)
        return fail(Error::not_found());
    return SessionConfirmation{std::move(*session), std::move(*registration)};
}

} // namespace tremplin::service

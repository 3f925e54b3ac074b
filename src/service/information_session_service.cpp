#include "service/information_session_service.hpp"

#include "domain/schedule.hpp"
#include "locale/countries.hpp"
#include "service/application_service.hpp"
#include "service/outbox_service.hpp"
#include "service/public_record.hpp"
#include "service/secrets.hpp"
#include "service/session_seats.hpp"
#include "store/participant_repository.hpp"

#include <algorithm>

namespace tremplin::service {

using domain::Error;
using domain::ErrorCode;
using domain::fail;
using domain::found;
using domain::Permission;
using domain::RegistrationStatus;
using domain::Result;
using domain::SessionAttendance;

namespace {

// docs/design.md "Who uses it": the coordinator runs the information sessions, the director does
// everything; trainers and funders never see who registered.
constexpr auto manage_sessions = Permission::ManageCohorts;

Error session_over()
{
    return {ErrorCode::Conflict, "errors.info.session_over", {}};
}

} // namespace

InformationSessionService::InformationSessionService(store::Database& database, Clock const& clock,
                                                     PublicDesk const& desk,
                                                     std::vector<std::string> languages)
    : m_units(database, clock), m_desk(desk), m_languages(std::move(languages))
{
}

domain::ValidationContext InformationSessionService::validation_context() const
{
    return {
        m_units.clock().today(), [](std::string_view code) { return locale::is_country_code(code); },
        [this](std::string_view code) { return std::ranges::find(m_languages, code) != m_languages.end(); }};
}

Result<std::vector<store::SessionCounts>>
InformationSessionService::sessions(Actor const& actor, store::SessionPeriod const& period)
{
    return m_units.read(actor, manage_sessions,
                        [&](UnitOfWork& unit) -> Result<std::vector<store::SessionCounts>> {
                            return unit.repository<store::InformationSessionRepository>().list(
                                unit.organisation_id(), period);
                        });
}

Result<SessionYear> InformationSessionService::year(Actor const& actor, int year)
{
    auto const first_day = domain::Date::from_parts(year, 1, 1);
    auto const last_day = domain::Date::from_parts(year, 12, 31);
    if (!first_day || !last_day)
        return fail(Error::not_found());
    return m_units.read(actor, manage_sessions, [&](UnitOfWork& unit) -> Result<SessionYear> {
        TRY(unit.require(Permission::ViewAggregates));
        auto repository = unit.repository<store::InformationSessionRepository>();
        auto const organisation_id = unit.organisation_id();
        auto const today = unit.clock().today();
        SessionYear sessions;
        sessions.upcoming = repository.list(organisation_id, {.from = today});
        sessions.past =
            repository.list(organisation_id, {.from = *first_day, .to = std::min(*last_day, today)});
        std::ranges::reverse(sessions.past);
        std::erase_if(sessions.past,
                      [&](SessionCounts const& counts) { return counts.session.held_on == today; });
        sessions.informed = repository.women_who_attended(organisation_id, *first_day, *last_day);
        sessions.may.manage = actor.can(manage_sessions);
        return sessions;
    });
}

Result<void> InformationSessionService::may_manage(Actor const& actor) const
{
    if (!actor.can(manage_sessions))
        return fail(Error::forbidden());
    return {};
}

Result<domain::InformationSessionInput>
InformationSessionService::blank_input(Actor const& actor, std::string_view language) const
{
    if (!actor.can(manage_sessions))
        return fail(Error::forbidden());
    domain::InformationSessionInput typed;
    typed.starts_at = "09:30";
    typed.ends_at = "11:30";
    typed.language = std::string(language);
    return typed;
}

Result<std::vector<store::ParticipantSession>>
InformationSessionService::of_participant(Actor const& actor, long long participant_id)
{
    return m_units.read(actor, manage_sessions,
                        [&](UnitOfWork& unit) -> Result<std::vector<store::ParticipantSession>> {
                            return unit.repository<store::InformationSessionRepository>().of_participant(
                                unit.organisation_id(), participant_id);
                        });
}

Result<SessionDetails> InformationSessionService::session(Actor const& actor, long long id)
{
    return m_units.read(actor, manage_sessions, [&](UnitOfWork& unit) -> Result<SessionDetails> {
        auto repository = unit.repository<store::InformationSessionRepository>();
        auto session = TRY(found(repository.find(unit.organisation_id(), id)));
        return SessionDetails{std::move(session), repository.registrations(id)};
    });
}

Result<long long> InformationSessionService::save(Actor const& actor, long long id,
                                                  domain::InformationSessionInput const& typed)
{
    if (!actor.can(manage_sessions))
        return fail(Error::forbidden());
    auto session = TRY(domain::read_information_session(typed, validation_context().is_language_code));
    session.id = id;
    session.organisation_id = actor.organisation_id();

    return m_units.write(actor, manage_sessions, [&](UnitOfWork& unit) -> Result<long long> {
        auto repository = unit.repository<store::InformationSessionRepository>();
        auto const now = unit.clock().now_iso();
        if (id == 0) {
            session.id = repository.insert(session, now);
            unit.audit({"information_session.created", "information_session", session.id, what_of(session)});
        } else {
            TRY(found(repository.find(unit.organisation_id(), id)));
            repository.update(session, now);
            unit.audit({"information_session.updated", "information_session", id, what_of(session)});
            fill_free_seats(unit, session);
        }
        return session.id;
    });
}

Result<RegistrationStatus> InformationSessionService::register_participant(Actor const& actor,
                                                                           long long session_id,
                                                                           long long participant_id)
{
    return m_units.write(actor, manage_sessions, [&](UnitOfWork& unit) -> Result<RegistrationStatus> {
        auto repository = unit.repository<store::InformationSessionRepository>();
        auto const session = repository.find(unit.organisation_id(), session_id);
        if (!session ||
            !unit.repository<store::ParticipantRepository>().find(unit.organisation_id(), participant_id))
            return fail(Error::not_found());
        auto const now = unit.clock().now_iso();
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
            id = repository.insert_registration(unit.organisation_id(), registration, std::nullopt, now);
        }
        unit.audit({"session_registration.created", "session_registration", id,
                    std::string(domain::code_of(status)) + ", " + what_of(*session)});
        return status;
    });
}

Result<void> InformationSessionService::cancel(Actor const& actor, long long registration_id)
{
    return m_units.write(actor, manage_sessions, [&](UnitOfWork& unit) -> Result<void> {
        auto repository = unit.repository<store::InformationSessionRepository>();
        auto const registration =
            TRY(found(repository.registration(unit.organisation_id(), registration_id)));
        if (registration.status == RegistrationStatus::Cancelled)
            return {};
        auto const session = repository.find(unit.organisation_id(), registration.session_id);
        repository.set_status(registration_id, RegistrationStatus::Cancelled, unit.clock().now_iso());
        unit.audit(
            {"session_registration.cancelled", "session_registration", registration_id, what_of(*session)});
        if (registration.status == RegistrationStatus::Registered)
            fill_free_seats(unit, *session);
        return {};
    });
}

Result<int> InformationSessionService::mark_attendance(Actor const& actor, long long session_id,
                                                       std::vector<AttendanceMark> const& marks)
{
    return m_units.write(actor, manage_sessions, [&](UnitOfWork& unit) -> Result<int> {
        auto repository = unit.repository<store::InformationSessionRepository>();
        auto const session = TRY(found(repository.find(unit.organisation_id(), session_id)));
        if (!session.held_by(unit.clock().today()))
            return fail({ErrorCode::Conflict, "errors.information_session.not_held_yet", {}});
        auto const registrations = repository.registrations(session_id);
        auto const now = unit.clock().now_iso();
        int changed = 0;
        for (auto const& mark : marks) {
            auto const registration =
                std::ranges::find(registrations, mark.registration_id, &domain::SessionRegistration::id);
            if (registration == registrations.end() || registration->status != RegistrationStatus::Registered)
                return fail(Error::not_found());
            if (registration->attendance == mark.attendance)
                continue;
            repository.set_attendance(mark.registration_id, mark.attendance, now);
            unit.audit({"session_registration.marked", "session_registration", mark.registration_id,
                        std::string(domain::code_of(mark.attendance)) + ", " + what_of(session)});
            if (mark.attendance == SessionAttendance::Attended)
                advance_applications(unit,
                                     unit.repository<store::ApplicationRepository>().list(
                                         {.organisation_id = unit.organisation_id(),
                                          .participant_id = registration->participant_id}),
                                     domain::ApplicationStage::InfoSessionAttended, "information session");
            ++changed;
        }
        return changed;
    });
}

Result<long long> InformationSessionService::women_informed(Actor const& actor, int year)
{
    if (!actor.can(Permission::ViewAggregates))
        return fail(Error::forbidden());
    auto const from = domain::Date::from_parts(year, 1, 1);
    auto const to = domain::Date::from_parts(year, 12, 31);
    if (!from || !to)
        return fail(Error::not_found());
    return m_units.read(actor, Permission::ViewAggregates, [&](UnitOfWork& unit) -> Result<long long> {
        return unit.repository<store::InformationSessionRepository>().women_who_attended(
            unit.organisation_id(), *from, *to);
    });
}

std::vector<store::SessionCounts> InformationSessionService::upcoming()
{
    auto sessions =
        m_units.read(NoActor{}, [&](UnitOfWork& unit) -> Result<std::vector<store::SessionCounts>> {
            auto const centre = PublicDesk::centre(unit.connection());
            if (!centre)
                return std::vector<store::SessionCounts>{};
            return unit.repository<store::InformationSessionRepository>().list(
                *centre, {.from = unit.clock().today()});
        });
    return std::move(*sessions); // the work refuses nothing
}

Result<std::string> InformationSessionService::register_publicly(long long session_id,
                                                                 domain::ParticipantInput const& typed,
                                                                 std::string const& remote_address)
{
    // Checked before the write transaction opens: a wrong form costs no lock.
    auto const woman = TRY(domain::check_public_registration(typed, validation_context()));
    // Nobody signed in: the centre is the one this server runs, found in the unit, and its
    // audit row is written for it.
    return m_units.write(NoActor{}, [&](UnitOfWork& unit) -> Result<std::string> {
        auto& connection = unit.connection();
        auto const centre = TRY(found(PublicDesk::centre(connection)));
        auto repository = unit.repository<store::InformationSessionRepository>();
        auto const session = TRY(found(repository.find(centre, session_id)));
        if (session.held_on < unit.clock().today())
            return fail(session_over());
        TRY(m_desk.admit(connection, centre, "information_session", remote_address));

        // Her own record, always new: her registration is hers, never one staff made.
        auto const woman_record =
            record_from_public_page(connection, unit.clock(), centre, woman, "information_session");
        auto const token = random_token();
        domain::SessionRegistration registration;
        registration.session_id = session_id;
        registration.participant_id = woman_record.participant_id;
        registration.language = std::string(typed[domain::participant_fields::preferred_language]);
        registration.status = domain::status_for_a_new_registration(
            domain::seats_taken(repository.registrations(session_id)), session.capacity);
        auto const id =
            repository.insert_registration(centre, registration, token_hash(token), unit.clock().now_iso());
        unit.audit(NoActor{centre},
                   {"session_registration.created", "session_registration", id,
                    std::string(domain::code_of(registration.status)) + " from the public page" +
                        (woman_record.possible_matches ? ", possible match of a known record" : "")});
        return token;
    });
}

Result<SessionConfirmation> InformationSessionService::confirmation(std::string const& token)
{
    return m_units.read(NoActor{}, [&](UnitOfWork& unit) -> Result<SessionConfirmation> {
        auto repository = unit.repository<store::InformationSessionRepository>();
        auto registration = TRY(found(repository.registration_by_token_hash(token_hash(token))));
        auto const centre = PublicDesk::centre(unit.connection());
        auto session = TRY(found(repository.find(centre.value_or(0), registration.session_id)));
        return SessionConfirmation{std::move(session), std::move(registration)};
    });
}

} // namespace tremplin::service

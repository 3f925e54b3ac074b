#include "store/information_session_repository.hpp"

#include "store/query.hpp"

namespace tremplin::store {

namespace {

using domain::RegistrationStatus;
using domain::SessionAttendance;

std::string code(RegistrationStatus status)
{
    return std::string(domain::code_of(status));
}

std::string code(SessionAttendance attendance)
{
    return std::string(domain::code_of(attendance));
}

constexpr auto session_columns =
    "s.id, s.organisation_id, s.held_on, s.starts_at, s.ends_at, s.place, s.language, "
    "s.capacity";

domain::InformationSession session_at(Row const& row)
{
    return {row.integer("id"),
            row.integer("organisation_id"),
            row.date("held_on"),
            static_cast<int>(row.integer("starts_at")),
            static_cast<int>(row.integer("ends_at")),
            row.text("place"),
            row.text("language"),
            static_cast<int>(row.integer("capacity"))};
}

constexpr auto registration_select =
    "SELECT r.id AS registration_id, r.session_id, r.participant_id, p.first_name, p.last_name, "
    "r.language AS registration_language, r.status, "
    "r.attendance, "
    "r.queued_at FROM session_registrations r JOIN participants p ON p.id = r.participant_id ";

// The registration read from the columns of `registration_select`: its id and language are
// aliased, so that they stay apart from the session's when both are read in one row.
domain::SessionRegistration registration_at(Row const& row)
{
    return {row.integer("registration_id"),
            row.integer("session_id"),
            row.integer("participant_id"),
            row.text("first_name"),
            row.text("last_name"),
            row.text("registration_language"),
            choice_at<RegistrationStatus>(row, "status").value_or(RegistrationStatus::Cancelled),
            choice_at<SessionAttendance>(row, "attendance").value_or(SessionAttendance::Unmarked),
            row.text("queued_at")};
}

} // namespace

long long InformationSessionRepository::insert(domain::InformationSession const& session,
                                               std::string const& now)
{
    return Query(m_connection,
                 "INSERT INTO information_sessions (organisation_id, held_on, starts_at, ends_at, "
                 "place, language, capacity, created_at, updated_at) VALUES (:organisation, :day, "
                 ":starts, :ends, :place, :language, :capacity, :now, :now) RETURNING id")
        .bind("organisation", session.organisation_id)
        .bind("day", session.held_on.iso())
        .bind("starts", session.starts_at)
        .bind("ends", session.ends_at)
        .bind("place", session.place)
        .bind("language", session.language)
        .bind("capacity", session.capacity)
        .bind("now", now)
        .scalar();
}

void InformationSessionRepository::update(domain::InformationSession const& session, std::string const& now)
{
    Query(m_connection,
          "UPDATE information_sessions SET held_on = :day, starts_at = :starts, ends_at = :ends, "
          "place = :place, language = :language, capacity = :capacity, updated_at = :now "
          "WHERE id = :id AND organisation_id = :organisation")
        .bind("day", session.held_on.iso())
        .bind("starts", session.starts_at)
        .bind("ends", session.ends_at)
        .bind("place", session.place)
        .bind("language", session.language)
        .bind("capacity", session.capacity)
        .bind("now", now)
        .bind("id", session.id)
        .bind("organisation", session.organisation_id)
        .run();
}

std::optional<domain::InformationSession> InformationSessionRepository::find(long long organisation_id,
                                                                             long long id)
{
    return Query(m_connection,
                 std::string("SELECT ") + session_columns +
                     " FROM information_sessions s WHERE s.id = :id AND s.organisation_id = :organisation")
        .bind("id", id)
        .bind("organisation", organisation_id)
        .first_row<domain::InformationSession>(session_at);
}

std::vector<SessionCounts> InformationSessionRepository::list(long long organisation_id,
                                                              SessionPeriod const& period)
{
    std::string sql =
        std::string("SELECT ") + session_columns +
        ", COUNT(CASE WHEN r.status = 'registered' THEN 1 END) AS registered, "
        "COUNT(CASE WHEN r.status = 'waitlisted' THEN 1 END) AS waitlisted, "
        "COUNT(CASE WHEN r.status = 'registered' AND r.attendance = 'attended' THEN 1 END) AS attended "
        "FROM information_sessions s LEFT JOIN session_registrations r ON r.session_id = s.id "
        "WHERE s.organisation_id = :organisation";
    if (period.from)
        sql += " AND s.held_on >= :from";
    if (period.to)
        sql += " AND s.held_on <= :to";
    sql += " GROUP BY s.id, s.organisation_id, s.held_on, s.starts_at, s.ends_at, s.place, s.language, "
           "s.capacity "
           "ORDER BY s.held_on, s.starts_at, s.id";
    Query query(m_connection, sql);
    query.bind("organisation", organisation_id);
    if (period.from)
        query.bind("from", period.from->iso());
    if (period.to)
        query.bind("to", period.to->iso());
    return query.rows<SessionCounts>([](Row const& row) {
        return SessionCounts{session_at(row), static_cast<int>(row.integer("registered")),
                             static_cast<int>(row.integer("waitlisted")),
                             static_cast<int>(row.integer("attended"))};
    });
}

std::vector<domain::SessionRegistration> InformationSessionRepository::registrations(long long session_id)
{
    return Query(m_connection,
                 std::string(registration_select) +
                     "WHERE r.session_id = :session ORDER BY CASE r.status WHEN 'registered' THEN 0 "
                     "WHEN 'waitlisted' THEN 1 ELSE 2 END, r.queued_at, r.id")
        .bind("session", session_id)
        .rows<domain::SessionRegistration>(registration_at);
}

std::optional<domain::SessionRegistration>
InformationSessionRepository::registration(long long organisation_id, long long id)
{
    return Query(m_connection,
                 std::string(registration_select) + "WHERE r.id = :id AND r.organisation_id = :organisation")
        .bind("id", id)
        .bind("organisation", organisation_id)
        .first_row<domain::SessionRegistration>(registration_at);
}

std::optional<domain::SessionRegistration>
InformationSessionRepository::registration_of(long long session_id, long long participant_id)
{
    return Query(m_connection, std::string(registration_select) +
                                   "WHERE r.session_id = :session AND r.participant_id = :participant")
        .bind("session", session_id)
        .bind("participant", participant_id)
        .first_row<domain::SessionRegistration>(registration_at);
}

std::optional<domain::SessionRegistration>
InformationSessionRepository::registration_by_token_hash(std::string const& token_hash)
{
    return Query(m_connection, std::string(registration_select) + "WHERE r.confirmation_token_hash = :token")
        .bind("token", token_hash)
        .first_row<domain::SessionRegistration>(registration_at);
}

long long InformationSessionRepository::insert_registration(long long organisation_id,
                                                            domain::SessionRegistration const& registration,
                                                            std::optional<std::string> const& token_hash,
                                                            std::string const& now)
{
    return Query(m_connection, "INSERT INTO session_registrations (organisation_id, session_id, "
                               "participant_id, language, status, "
                               "attendance, queued_at, confirmation_token_hash, created_at, updated_at) "
                               "VALUES (:organisation, "
                               ":session, :participant, :language, :status, :attendance, :now, :token, :now, "
                               ":now) RETURNING id")
        .bind("organisation", organisation_id)
        .bind("session", registration.session_id)
        .bind("participant", registration.participant_id)
        .bind("language", registration.language)
        .bind("status", code(registration.status))
        .bind("attendance", code(SessionAttendance::Unmarked))
        .bind("now", now)
        .bind("token", token_hash)
        .scalar();
}

void InformationSessionRepository::set_status(long long id, RegistrationStatus status, std::string const& now,
                                              bool requeue)
{
    Query(m_connection,
          requeue ? "UPDATE session_registrations SET status = :status, attendance = 'unmarked', "
                    "queued_at = :now, updated_at = :now WHERE id = :id"
                  : "UPDATE session_registrations SET status = :status, updated_at = :now WHERE id = :id")
        .bind("status", code(status))
        .bind("now", now)
        .bind("id", id)
        .run();
}

void InformationSessionRepository::set_attendance(long long id, SessionAttendance attendance,
                                                  std::string const& now)
{
    Query(m_connection,
          "UPDATE session_registrations SET attendance = :attendance, updated_at = :now WHERE id = :id")
        .bind("attendance", code(attendance))
        .bind("now", now)
        .bind("id", id)
        .run();
}

long long InformationSessionRepository::women_who_attended(long long organisation_id, domain::Date from,
                                                           domain::Date to)
{
    return Query(m_connection, "SELECT COUNT(DISTINCT r.participant_id) FROM session_registrations r "
                               "JOIN information_sessions s ON s.id = r.session_id "
                               "WHERE r.organisation_id = :organisation AND r.status = 'registered' "
                               "AND r.attendance = 'attended' AND s.held_on >= :from AND s.held_on <= :to")
        .bind("organisation", organisation_id)
        .bind("from", from.iso())
        .bind("to", to.iso())
        .scalar();
}

std::vector<ParticipantSession> InformationSessionRepository::of_participant(long long organisation_id,
                                                                             long long participant_id)
{
    static auto const sql = std::string("SELECT ") + session_columns + ", " +
                            std::string(registration_select).substr(std::string_view("SELECT ").size()) +
                            "JOIN information_sessions s ON s.id = r.session_id "
                            "WHERE r.participant_id = :participant AND s.organisation_id = :organisation "
                            "ORDER BY s.held_on DESC, s.starts_at DESC";
    return Query(m_connection, sql)
        .bind("participant", participant_id)
        .bind("organisation", organisation_id)
        .rows<ParticipantSession>([](Row const& row) {
            return ParticipantSession{session_at(row), registration_at(row)};
        });
}

} // namespace tremplin::store

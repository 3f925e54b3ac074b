#pragma once

// Information sessions and the registrations for them.

#include "domain/information_session.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::store {

// A session with how its seats stand.
struct SessionCounts {
    domain::InformationSession session;
    int registered = 0;
    int waitlisted = 0;
    int attended = 0;
};

struct SessionPeriod {
    std::optional<domain::Date> from; // held on or after
    std::optional<domain::Date> to;   // held on or before
};

// A session she registered for, and how her registration stands.
struct ParticipantSession {
    domain::InformationSession session;
    domain::SessionRegistration registration;
};

class InformationSessionRepository {
  public:
    explicit InformationSessionRepository(Connection& connection) : m_connection(connection) {}

    long long insert(domain::InformationSession const& session, std::string const& now);
    void update(domain::InformationSession const& session, std::string const& now);
    std::optional<domain::InformationSession> find(long long organisation_id, long long id);
    // In the order they are held.
    std::vector<SessionCounts> list(long long organisation_id, SessionPeriod const& period);

    // Seats first, then the waitlist in its order, then the cancelled ones.
    std::vector<domain::SessionRegistration> registrations(long long session_id);
    std::optional<domain::SessionRegistration> registration(long long organisation_id, long long id);
    std::optional<domain::SessionRegistration> registration_of(long long session_id,
                                                               long long participant_id);
    std::optional<domain::SessionRegistration> registration_by_token_hash(std::string const& token_hash);
    // Her sessions, the latest first.
    std::vector<ParticipantSession> of_participant(long long organisation_id, long long participant_id);

    long long insert_registration(long long organisation_id, domain::SessionRegistration const& registration,
                                  std::optional<std::string> const& token_hash, std::string const& now);
    // A new status; a registration that comes back from cancelled joins the end of the line.
    void set_status(long long id, domain::RegistrationStatus status, std::string const& now,
                    bool requeue = false);
    void set_attendance(long long id, domain::SessionAttendance attendance, std::string const& now);

    // Distinct women who attended at least one session held between `from` and `to`.
    long long women_who_attended(long long organisation_id, domain::Date from, domain::Date to);

  private:
    Connection& m_connection;
};

} // namespace tremplin::store

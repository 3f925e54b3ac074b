#pragma once

// Information sessions: staff plan them, register women from the register and mark who came;
// women register themselves on the public page, without an account. When the seats are taken,
// new registrations wait in line, and a cancellation gives the seat to the first in line. The
// women who came make the centre's "women informed" figure.

#include "domain/information_session.hpp"
#include "domain/participant.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "service/public_desk.hpp"
#include "service/unit_of_work.hpp"
#include "store/database.hpp"
#include "store/information_session_repository.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tremplin::service {

// A session with its seats taken, its waitlist and who came (a read model of the store).
using SessionCounts = store::SessionCounts;

// What the reader may do with information sessions: plan them and register women.
struct SessionMay {
    bool manage = false;
};

// The sessions of a year for the staff's list: those to come, those held (the latest first,
// today's among those to come), and the women informed that year.
struct SessionYear {
    std::vector<SessionCounts> upcoming;
    std::vector<SessionCounts> past;
    long long informed = 0;
    SessionMay may;
};

struct SessionDetails {
    domain::InformationSession session;
    std::vector<domain::SessionRegistration>
        registrations; // seats, then the waitlist in order, then cancelled
};

// What the public confirmation page shows.
struct SessionConfirmation {
    domain::InformationSession session;
    domain::SessionRegistration registration;
};

struct AttendanceMark {
    long long registration_id = 0;
    domain::SessionAttendance attendance = domain::SessionAttendance::Unmarked;
};

class InformationSessionService {
  public:
    InformationSessionService(store::Database& database, Clock const& clock, PublicDesk const& desk,
                              std::vector<std::string> languages);

    // Staff.
    domain::Result<std::vector<store::SessionCounts>> sessions(Actor const& actor,
                                                               store::SessionPeriod const& period);
    // The list's page for `year`, read at once.
    domain::Result<SessionYear> year(Actor const& actor, int year);
    domain::Result<SessionDetails> session(Actor const& actor, long long id);
    // A new session's form as it starts: the usual hours, in `language`. Refused to whoever
    // may not save one.
    domain::Result<domain::InformationSessionInput> blank_input(Actor const& actor,
                                                                std::string_view language) const;
    // Creates the session when `id` is 0, else changes it; more seats take women off the waitlist.
    domain::Result<long long> save(Actor const& actor, long long id,
                                   domain::InformationSessionInput const& typed);
    // Registers someone from the register: a seat while one is free, else the waitlist.
    // The sessions she registered for, the latest first, on her record.
    domain::Result<std::vector<store::ParticipantSession>> of_participant(Actor const& actor,
                                                                          long long participant_id);
    domain::Result<domain::RegistrationStatus> register_participant(Actor const& actor, long long session_id,
                                                                    long long participant_id);
    // Whether she may plan sessions and register, cancel and mark women: asked before a form of
    // the staff pages is read, so that it is never checked for whoever may not send it.
    domain::Result<void> may_manage(Actor const& actor) const;
    // Cancels a registration; a seat it frees goes to the first on the waitlist.
    domain::Result<void> cancel(Actor const& actor, long long registration_id);
    // Marks who came, once the session has begun; the number of marks changed.
    domain::Result<int> mark_attendance(Actor const& actor, long long session_id,
                                        std::vector<AttendanceMark> const& marks);
    // Distinct women who attended at least one session held in `year`: the "women informed".
    domain::Result<long long> women_informed(Actor const& actor, int year);

    // The public page (no account): the sessions to come at the centre this server runs; none
    // when there is no centre yet.
    std::vector<store::SessionCounts> upcoming();
    // Registers her for a session still to come: her record found or created, then a seat or
    // the waitlist. Gives the token of her confirmation page. Registering again for the same
    // session keeps her one registration.
    domain::Result<std::string> register_publicly(long long session_id, domain::ParticipantInput const& typed,
                                                  std::string const& remote_address);
    domain::Result<SessionConfirmation> confirmation(std::string const& token);

    domain::ValidationContext validation_context() const;
    std::vector<std::string> const& languages() const { return m_languages; }
    Clock const& clock() const { return m_units.clock(); }

  private:
    UnitsOfWork m_units;
    PublicDesk const& m_desk;
    std::vector<std::string> m_languages;
};

} // namespace tremplin::service

#pragma once

// Information sessions: the centre's open meetings where women hear about the courses before
// they apply. Each has a date, its hours, a place, a language and a number of seats; women
// register (staff do it for them, or they do it on the public page), the ones who come after
// the seats are taken wait in line, and staff mark who came once it is over.

#include "domain/codes.hpp"
#include "domain/date.hpp"
#include "domain/error.hpp"
#include "domain/participant.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tremplin::domain {

struct InformationSession {
    long long id = 0;
    long long organisation_id = 0;
    Date held_on;
    int starts_at = 0; // minutes since midnight, local to the centre (see schedule.hpp)
    int ends_at = 0;
    std::string place;
    std::string language; // "fr", "nl", "en": the language the session is given in
    int capacity = 0;     // seats

    // Attendance is marked once the session has begun: on its day or after.
    bool held_by(Date day) const { return held_on <= day; }
};

// The session as typed in the staff form, before it is read.
struct InformationSessionInput {
    std::string held_on; // "YYYY-MM-DD"
    std::string starts_at;
    std::string ends_at;
    std::string place;
    std::string language;
    std::string capacity;
};

// Reads and checks every input: a real date, both times with the end after the start, a place,
// one of the centre's languages, at least one seat. Every problem at once, for the error summary.
Result<InformationSession>
read_information_session(InformationSessionInput const& input,
                         std::function<bool(std::string_view)> const& is_language_code);

InformationSessionInput input_of(InformationSession const& session);

// Where a registration stands. Cancelled ones are kept, for the audit trail and the counts.
enum class RegistrationStatus { Registered, Waitlisted, Cancelled };

// What staff marked after the session.
enum class SessionAttendance { Unmarked, Attended, Absent };

struct SessionRegistration {
    long long id = 0;
    long long session_id = 0;
    long long participant_id = 0;
    std::string first_name;
    std::string last_name;
    std::string language; // of her letters and of her confirmation page
    RegistrationStatus status = RegistrationStatus::Registered;
    SessionAttendance attendance = SessionAttendance::Unmarked;
    std::string queued_at; // when she registered (or came back): the waitlist's order
};

// A new registration takes a seat while one is free; otherwise it waits in line (first come,
// first served).
RegistrationStatus status_for_a_new_registration(int seats_taken, int capacity);

// The registrations that take the seats freed when `capacity` allows more than `seats_taken`:
// the first of the waitlist, in the order they came. `registrations` in any order.
std::vector<long long> promoted_into_free_seats(std::vector<SessionRegistration> const& registrations,
                                                int capacity);

int seats_taken(std::vector<SessionRegistration> const& registrations);
int waiting(std::vector<SessionRegistration> const& registrations);

// What the public registration form asks: her name, a phone or an e-mail, her language.
inline constexpr std::array<std::string_view, 5> public_registration_fields{
    participant_fields::first_name, participant_fields::last_name, participant_fields::phone,
    participant_fields::email, participant_fields::preferred_language};

// Her answers checked by the register's rules (a language among them), and a way to reach her. The
// record she gets says she is a woman: the programme is for women (as on the application form).
Result<Participant> check_public_registration(ParticipantInput const& typed,
                                              ValidationContext const& context);

template <> struct Codes<RegistrationStatus> {
    static constexpr std::array table{
        std::pair{RegistrationStatus::Registered, std::string_view("registered")},
        std::pair{RegistrationStatus::Waitlisted, std::string_view("waitlisted")},
        std::pair{RegistrationStatus::Cancelled, std::string_view("cancelled")},
    };
};

template <> struct Codes<SessionAttendance> {
    static constexpr std::array table{
        std::pair{SessionAttendance::Unmarked, std::string_view("unmarked")},
        std::pair{SessionAttendance::Attended, std::string_view("attended")},
        std::pair{SessionAttendance::Absent, std::string_view("absent")},
    };
};

} // namespace tremplin::domain

#pragma once

// Letters and e-mails to applicants: what each says is written from the catalogue of her
// language, from a few facts kept with it (her first name, her reference, a course).

#include "domain/codes.hpp"

#include <map>
#include <optional>
#include <string>

namespace tremplin::domain {

enum class LetterKind {
    ApplicationReceived, // her reference, and what happens next
    Admitted,            // a seat in a cohort
    Waitlisted,          // on the waitlist of a cohort
    NotAdmitted,         // no seat this time, and why
    SessionSeat,         // a seat came free for her at an information session she waited for
};

// How a letter left: by e-mail, or by hand (posted, or read to her on the phone).
enum class LetterDelivery { Email, ByHand };

using LetterFacts = std::map<std::string, std::string, std::less<>>;

struct Letter {
    long long id = 0;
    long long organisation_id = 0;
    long long participant_id = 0;
    std::optional<long long> application_id;
    LetterKind kind = LetterKind::ApplicationReceived;
    std::string language;
    std::string email; // empty: by hand
    LetterFacts facts;
    std::string queued_at; // UTC, ISO 8601
    std::optional<std::string> sent_at;
    std::optional<LetterDelivery> sent_how;
    std::string subject; // as sent
    std::string body;
    int attempts = 0;
    std::string failure; // the mail server's last answer, when it refused
    // Shown with it: her name and phone, for the letters given by hand.
    std::string recipient_name;
    std::string phone;
};

template <> struct Codes<LetterKind> {
    static constexpr std::array table{
        std::pair{LetterKind::ApplicationReceived, std::string_view("application_received")},
        std::pair{LetterKind::Admitted, std::string_view("admitted")},
        std::pair{LetterKind::Waitlisted, std::string_view("waitlisted")},
        std::pair{LetterKind::NotAdmitted, std::string_view("not_admitted")},
        std::pair{LetterKind::SessionSeat, std::string_view("session_seat")},
    };
};

template <> struct Codes<LetterDelivery> {
    static constexpr std::array table{
        std::pair{LetterDelivery::Email, std::string_view("email")},
        std::pair{LetterDelivery::ByHand, std::string_view("by_hand")},
    };
};

} // namespace tremplin::domain

#pragma once

// The tutor's evaluations of a trainee: one halfway through her traineeship and one at its end,
// a short form the tutor fills in through a link (docs/domain.md "Tutor evaluation").

#include "domain/codes.hpp"
#include "domain/date.hpp"
#include "domain/error.hpp"
#include "domain/traineeship.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tremplin::domain {

enum class EvaluationKind { MidTerm, Final };

template <> struct Codes<EvaluationKind> {
    static constexpr std::array table{
        std::pair{EvaluationKind::MidTerm, std::string_view("mid_term")},
        std::pair{EvaluationKind::Final, std::string_view("final")},
    };
};

// Four steps and no middle one, so that a tutor says which way she leans.
enum class Rating { NotYet, Partly, Mostly, Fully };

template <> struct Codes<Rating> {
    static constexpr std::array table{
        std::pair{Rating::NotYet, std::string_view("not_yet")},
        std::pair{Rating::Partly, std::string_view("partly")},
        std::pair{Rating::Mostly, std::string_view("mostly")},
        std::pair{Rating::Fully, std::string_view("fully")},
    };
};

enum class WouldHire { Yes, Maybe, No };

template <> struct Codes<WouldHire> {
    static constexpr std::array table{
        std::pair{WouldHire::Yes, std::string_view("yes")},
        std::pair{WouldHire::Maybe, std::string_view("maybe")},
        std::pair{WouldHire::No, std::string_view("no")},
    };
};

// The longest comment kept: a few paragraphs, typed on a phone.
inline constexpr std::size_t most_evaluation_comment_characters = 2000;

struct Evaluation {
    EvaluationKind kind = EvaluationKind::MidTerm;
    std::map<std::string, std::optional<Rating>> competences; // e-CF code of her track -> rating
    std::optional<Rating> punctuality;
    std::optional<Rating> teamwork;
    std::optional<WouldHire> would_hire;
    std::string comment;
};

// Every rating given, and a comment of at most so many characters without control characters.
std::vector<FieldError> validate_evaluation(Evaluation const& evaluation);

// The day an evaluation is due: the mid-term one on the middle day of the traineeship, the
// final one on its last day. It is late a week after.
Date evaluation_due_on(Traineeship const& traineeship, EvaluationKind kind);
inline constexpr int evaluation_grace_days = 7;
bool evaluation_late(Traineeship const& traineeship, EvaluationKind kind, Date today);

// How long the tutor's link stays open: two weeks, like the enterprise's link to its offer.
inline constexpr int evaluation_link_days = 14;

// Why a tutor's link no longer opens its form.
enum class EvaluationLinkState { Usable, Used, Expired };

struct EvaluationLink {
    long long id = 0;
    long long traineeship_id = 0;
    EvaluationKind kind = EvaluationKind::MidTerm;
    long long contact_id = 0;
    std::string created_at;
    std::string expires_at; // UTC, ISO 8601
    std::string used_at;    // "" until answered
};

// Used first: a link answered says so even once it would have expired. `now` is UTC ISO 8601,
// compared as text (every timestamp the app writes has the same form).
EvaluationLinkState state_of(EvaluationLink const& link, std::string const& now);

} // namespace tremplin::domain

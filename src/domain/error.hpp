#pragma once

// Expected failures travel as values: an Error says what kind of failure it is, and for
// input that breaks a rule, which field and which message (a catalogue key, so that the
// page or the API can say it in its reader's language).

#include <expected>
#include <string>
#include <utility>
#include <vector>

namespace tremplin::domain {

enum class ErrorCode {
    InvalidInput,    // one or more fields break a rule: see Error::fields
    NotFound,        // the record does not exist, or not in the actor's organisation
    Forbidden,       // the actor's role does not allow it
    Unauthenticated, // no valid session or token
    Conflict,        // the change collides with the current state
    TooManyAttempts, // a rate limit refused it
};

struct FieldError {
    std::string field;       // the input's name, e.g. "birth_date"
    std::string message_key; // catalogue key, e.g. "errors.birth_date.future"

    bool operator==(FieldError const&) const = default;
};

struct Error {
    ErrorCode code;
    std::string message_key; // a catalogue key for the whole failure; may be empty
    std::vector<FieldError> fields;
    int line = 0; // an import's line at fault, counted from 1; 0: not an import

    static Error invalid(std::vector<FieldError> fields)
    {
        return {ErrorCode::InvalidInput, {}, std::move(fields)};
    }
    static Error not_found() { return {ErrorCode::NotFound, "errors.not_found", {}}; }
    static Error forbidden() { return {ErrorCode::Forbidden, "errors.forbidden", {}}; }
};

template <class T> using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected<Error>(std::move(error));
}

} // namespace tremplin::domain

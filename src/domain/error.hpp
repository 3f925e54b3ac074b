#pragma once

// Expected failures travel as values: an Error says what kind of failure it is, and for
// input that breaks a rule, which field and which message (a catalogue key, so that the
// page or the API can say it in its reader's language).

#include <expected>
#include <optional>
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

// A Result's value, taken out of it; nothing for Result<void>. TRY's last step.
template <class T> T release_value(Result<T>&& result)
{
    return std::move(*result);
}
inline void release_value(Result<void>&&) {}

// "Not found" as a value: a repository's optional becomes its record, or the not-found error.
// `auto participant = TRY(found(participants.find(organisation_id, id)));`
template <class T> Result<T> found(std::optional<T>&& record)
{
    if (!record)
        return fail(Error::not_found());
    return std::move(*record);
}

} // namespace tremplin::domain

// Unwraps a Result, or returns its error from the enclosing function at once (SerenityOS's
// TRY): `auto id = TRY(context.record_id());`. The enclosing function returns a Result
// (of any value type); the expression's Result is moved from. A GCC statement expression: GCC 12's
// std::expected has no and_then, and a chain of lambdas would hide the steps this keeps in sight.
#define TRY(expression)                                                                                      \
    ({                                                                                                       \
        auto&& try_result_ = (expression);                                                                   \
        if (!try_result_) [[unlikely]]                                                                       \
            return ::tremplin::domain::fail(std::move(try_result_).error());                                 \
        ::tremplin::domain::release_value(std::move(try_result_));                                           \
    })

#pragma once

// The three ends of a form sent to a use case, written once: the form again, with what she
// typed and a message beside each field, when her input breaks a rule; the error page (403,
// 404, 409…) for any other failure; and where `next` leads when it worked.
//
//     return after_form(
//         services.participants.update(context.signed_in(), id, input),
//         [&](auto errors) { return form_page(context, id, input, std::move(errors)); },
//         [&](auto const&) { return Response::redirect(paths::participant(id)); });

#include "domain/error.hpp"
#include "web/http.hpp"

#include <utility>
#include <vector>

namespace tremplin::web {

template <class T, class Redisplay, class Next>
domain::Result<Response> after_form(domain::Result<T> outcome, Redisplay&& redisplay, Next&& next)
{
    if (outcome) {
        if constexpr (std::is_void_v<T>)
            return next();
        else
            return next(*outcome);
    }
    if (outcome.error().fields.empty())
        return domain::fail(std::move(outcome.error()));
    return redisplay(std::vector<domain::FieldError>(std::move(outcome.error().fields)));
}

} // namespace tremplin::web

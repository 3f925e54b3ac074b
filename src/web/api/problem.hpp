#pragma once

// Errors of the JSON API as RFC 9457 problem documents (application/problem+json), their
// titles and messages in the language of the request's Accept-Language.

#include "domain/error.hpp"
#include "web/context.hpp"

namespace tremplin::web {

// A problem for a status alone: 400, 401, 403, 404, 405, 409, 415, 429, 500.
Response api_problem(Context const& context, int status, std::string_view detail = {});

// A problem for a service's failure; field errors are listed under "errors".
Response api_failure(Context const& context, domain::Error const& error);

} // namespace tremplin::web

#pragma once

// What a request's header decides before its body is read: how large a body its route takes,
// and whether it is answered at once. No server, no database: Application::admit turns it into
// the server's Admission, and the rule can be exercised on its own (tests/fuzz).
// docs/design.md "Request limits".

#include "web/cookies.hpp"
#include "web/form_data.hpp"
#include "web/http.hpp"
#include "web/router.hpp"

#include <cstddef>
#include <optional>
#include <string_view>

namespace tremplin::web {

// How much a request may send, by its route's Body. The server reads no more; a form is read no
// further than FormLimits.
struct RequestLimits {
    std::size_t form_bytes = 64 * 1024;
    std::size_t import_bytes = 2 * 1024 * 1024;
    std::size_t api_bytes = 1024 * 1024;
    FormLimits form;
};

std::size_t body_limit(Body body, RequestLimits const& limits);

bool is_state_changing(std::string_view method);

// The token of an "Authorization: Bearer …" header, or "".
std::string_view bearer_token(Request const& request);

// Why a request is answered from its header alone, its body never read.
enum class HeaderRefusal {
    None,
    Forbidden,     // a public form with neither the session nor the CSRF cookie: no token can match
    SignIn,        // a signed-in page without a session cookie
    TokenRequired, // the API without a bearer token
};

struct HeaderAdmission {
    // A form's, unless the request changes something on a route that takes a larger body.
    Body body = Body::Form;
    HeaderRefusal refusal = HeaderRefusal::None;
};

// `route` is the router's match for the request's method and path.
HeaderAdmission admit_header(Request const& header, std::optional<RouteMatch> const& route,
                             Cookies const& cookies);

} // namespace tremplin::web

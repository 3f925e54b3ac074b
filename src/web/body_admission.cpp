#include "web/body_admission.hpp"

namespace tremplin::web {

std::size_t body_limit(Body body, RequestLimits const& limits)
{
    switch (body) {
    case Body::Import:
        return limits.import_bytes;
    case Body::Api:
        return limits.api_bytes;
    case Body::Form:
        break;
    }
    return limits.form_bytes;
}

bool is_state_changing(std::string_view method)
{
    return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

std::string_view bearer_token(Request const& request)
{
    auto const authorization = request.header("authorization");
    constexpr std::string_view scheme = "Bearer ";
    return authorization.starts_with(scheme) ? authorization.substr(scheme.size()) : std::string_view();
}

HeaderAdmission admit_header(Request const& header, std::optional<RouteMatch> const& route,
                             Cookies const& cookies)
{
    // Only a state-changing request to a route that takes one sends anything worth reading.
    if (!route || !route->method_allowed || !is_state_changing(header.method))
        return {};
    HeaderAdmission admission{route->body};
    // Nobody reaches a larger body without naming a session or a token, checked before it is read
    // (Application::check_caller); without any, the answer needs no body, so none is read.
    bool const has_session = !cookies.read(header, Cookie::Session).empty();
    switch (route->access) {
    case Access::Public:
        // A form shown before signing in set the CSRF cookie; a POST without it is refused anyway.
        if (!has_session && cookies.read(header, Cookie::Csrf).empty())
            admission.refusal = HeaderRefusal::Forbidden;
        break;
    case Access::SignedIn:
        if (!has_session)
            admission.refusal = HeaderRefusal::SignIn;
        break;
    case Access::Api:
        if (bearer_token(header).empty())
            admission.refusal = HeaderRefusal::TokenRequired;
        break;
    case Access::Open:
        break;
    }
    return admission;
}

} // namespace tremplin::web

#pragma once

// Maps a method and a path ("/participants/{id}/edit") to a handler.

#include "domain/error.hpp"
#include "web/http.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tremplin::web {

class Context;

// Who may reach a route at all; what she may do there is decided by the services.
enum class Access {
    Open,     // anyone, and no session is read nor form shown: health, assets
    Public,   // anyone: the sign-in page, the language switch
    SignedIn, // a browser session; a form needs its CSRF token
    Api,      // a bearer token
};

// How much a request to a route may send: docs/design.md "Request limits".
enum class Body {
    Form,   // a page's form, or nothing: the smallest, and all that anyone without an account reaches
    Import, // a file a signed-in colleague sends (an attendance sheet's CSV)
    Api,    // a JSON document sent with a token
};

// A handler answers with a response, or with the service's failure: the application turns that
// into the 403 or 404 page, the sign-in page, or the API's problem document, in one place.
using RouteHandler = std::function<domain::Result<Response>(Context&)>;

struct RouteMatch {
    std::string_view pattern; // as the table writes it, "/participants/{id}": what the log shows
    RouteHandler const* handler = nullptr;
    Access access = Access::Public;
    Body body = Body::Form;
    std::vector<std::string> values; // the {…} segments, in order
    bool method_allowed = true;      // the path exists, but not for this method
};

class Router {
  public:
    // An API route's body is an Api one; any other route's a Form, unless `body` says otherwise.
    void add(std::string_view method, std::string_view pattern, Access access, RouteHandler handler,
             std::optional<Body> body = std::nullopt);

    // Nothing when no route has this path; method_allowed false when one has, for another method.
    std::optional<RouteMatch> match(std::string_view method, std::string_view path) const;

    // Each route's method and path ("/participants/{}", a value written "{}"), in the order they
    // are tried: what a test reads to find two routes that answer the same request.
    std::vector<std::pair<std::string, std::string>> routes() const;

  private:
    struct Route {
        std::string method;
        std::string pattern;
        std::vector<std::string> segments; // "{}" marks a value
        Access access;
        Body body;
        RouteHandler handler;
    };
    std::vector<Route> m_routes;
};

} // namespace tremplin::web

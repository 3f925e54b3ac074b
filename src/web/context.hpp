#pragma once

// Everything a handler needs to answer one request: the request, who asks, in which language,
// the parsed form, and the means to render a page in the site's layout.

#include "domain/error.hpp"
#include "locale/catalogues.hpp"
#include "service/actor.hpp"
#include "web/body_admission.hpp"
#include "web/cookies.hpp"
#include "web/form_data.hpp"
#include "web/http.hpp"
#include "web/render_cache.hpp"
#include "web/template_engine.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tremplin::web {

struct WebSettings {
    // Served over plain HTTP, for development on http://127.0.0.1 only: cookies without Secure
    // nor `__Host-`, and no HSTS. By default Tremplin is served behind HTTPS
    // (docs/design.md "Sessions").
    bool plain_http = false;
    std::string default_language = "fr";       // before anyone chooses
    std::string time_zone = "Europe/Brussels"; // where times are shown
    std::size_t cached_results = 1024;         // rendered pages of results kept; 0 keeps none
    // Behind a reverse proxy every request comes from the proxy: from these addresses only, the
    // client's address is read from X-Forwarded-For (docs/design.md "Behind a proxy").
    std::vector<std::string> trusted_proxies;
    // Older setting: every peer is a proxy. Only behind a proxy that no client can go around.
    bool trust_forwarded_for = false;

    bool is_trusted_proxy(std::string_view peer) const
    {
        return trust_forwarded_for || std::ranges::find(trusted_proxies, peer) != trusted_proxies.end();
    }
    // Where the site is reached ("https://tremplin.example.org"), for the links a woman keeps
    // (her resume link); empty: the Host header, when it is a plain host name
    // (docs/design.md "Links she keeps").
    std::string public_url;

    Cookies cookies() const { return Cookies(!plain_http); }
    RequestLimits limits;
};

// What every page shares, built once at start.
struct Site {
    TemplateSet const& templates;
    locale::Catalogues const& catalogues;
    WebSettings const& settings;
    RenderCaches& caches;
};

class Context {
  public:
    Context(Site const& site, Request const& request, std::string request_id,
            locale::Catalogue const& catalogue)
        : site(site), request(request), request_id(std::move(request_id)), catalogue(&catalogue)
    {
    }

    Site const& site;
    Request const& request;
    std::string request_id;
    locale::Catalogue const* catalogue;
    std::optional<service::Actor> actor; // set on signed-in and API routes
    std::string csrf_token;              // to put in every form
    FormData form;                       // a POST's fields
    FormData query;                      // the query string's fields
    std::vector<std::string> route_values;

    std::string_view text(std::string_view key) const { return catalogue->text(key); }
    service::Actor const& signed_in() const { return *actor; }

    // The route's n-th {…} value as a record id.
    std::optional<long long> id_value(std::size_t n = 0) const;
    // The same, or "not found" when the path holds no record id: `TRY(context.record_id())`.
    domain::Result<long long> record_id(std::size_t n = 0) const;

    // A whole number given in the query string, such as "page".
    std::optional<long long> query_number(std::string_view name) const;

    // htmx asks for a fragment to swap into the page it already shows.
    bool is_htmx() const { return request.header("hx-request") == "true"; }

    // A whole page: `template_name` rendered inside the site's layout. `title` is the page's
    // heading and, with the site's name, its <title>; "Error: " is prepended when `has_errors`.
    enum class Errors { None, Shown };
    Response page(std::string_view template_name, std::string_view title, TemplateValue data,
                  int status = 200, Errors errors = Errors::None) const;

    // `template_name` alone, for htmx to swap.
    Response fragment(std::string_view template_name, TemplateValue const& data, int status = 200) const;

    // The page of an HTTP status; `message_key` names a message more precise than the status's.
    Response error_page(int status, std::string_view message_key = {}) const;
    // The same, with a message already written in the page's language.
    Response error_page_saying(int status, std::string message) const;

    // The page for a service's failure: 403, 404, 409, 429, or sign-in for an ended session.
    Response failure(domain::Error const& error) const;

    // A local path to go back to after a form, never another site ("/participants?q=x"):
    // web/return_path.hpp.
    static std::string safe_return_path(std::string_view wanted, std::string_view fallback);

    // This site's address of `path`, for a link she keeps: the configured public address, else
    // the Host she asked, when it is a plain host name and port; else the path alone.
    std::string absolute_url(std::string_view path) const;
    // This site's host name, for identifiers that name it (a calendar event's UID).
    std::string site_host() const;
};

} // namespace tremplin::web

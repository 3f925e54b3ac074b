// The raw bytes of an HTTP/1.1 request, read as the server reads them (web/http_server.cpp):
// Boost.Beast's request_parser with the server's header limit, the header first, then the body
// limit of the route it names (admit_header), then the body, copied into a web::Request
// (copy_header_fields); then what the application does with it before any handler
// (Application::admit, handle and dispatch): the route, the cookies, the client's address behind a
// proxy, the query string, the form, and where a form sends her back. Beyond "no crash":
// - nobody sends more than a form without naming a session or a token, and a route anyone reaches
//   takes a form at most; a request that changes nothing reads a form's body at most;
// - a body read is within its route's limit, and header names are in lower case;
// - path() and query() put together give the target back;
// - a matched route gives one non-empty value per {…} of its pattern, and the path written again
//   from them matches the same route;
// - a cookie's value holds no ';' and comes from a Cookie header; a bearer token from the
//   Authorization header;
// - the client's address behind a proxy is an entry of X-Forwarded-For, no trusted proxy's, an
//   address;
// - a query string or a form read respects FormLimits and holds valid UTF-8;
// - a return path is the fallback, or a local path of this site that stays one.

#include "fuzz_check.hpp"
#include "web/body_admission.hpp"
#include "web/cookies.hpp"
#include "web/form_data.hpp"
#include "web/http.hpp"
#include "web/http_server.hpp"
#include "web/request_head.hpp"
#include "web/return_path.hpp"
#include "web/router.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/asio/buffer.hpp>
#include <boost/beast/http.hpp>

using namespace tremplin::web;
using tremplin::fuzz::require;
namespace http = boost::beast::http;

namespace {

struct RoutePattern {
    std::string_view method;
    std::string_view pattern;
    Access access;
    std::optional<Body> body;
};

// Every route of route_table.cpp, without its handler (see CMakeLists.txt).
constexpr RoutePattern route_patterns[] = {
#include "route_patterns.inc"
};

Router const& router()
{
    static Router const routes = [] {
        Router made;
        for (auto const& route : route_patterns)
            made.add(route.method, route.pattern, route.access, {}, route.body);
        return made;
    }();
    return routes;
}

ServerOptions const server;
RequestLimits const limits;
std::vector<std::string> const trusted_proxies{"10.0.0.1", "10.0.0.2"};

using Parser = http::request_parser<http::string_body>;

// Gives the parser what is left of the input, as the server's reads would, until the header (or
// the whole message) is read; when the input ends first, the client has closed the connection.
boost::beast::error_code read(Parser& parser, std::string_view& rest, bool whole)
{
    boost::beast::error_code error;
    while (!(whole ? parser.is_done() : parser.is_header_done())) {
        if (rest.empty()) {
            // Closed before anything was read, the connection just ends (Beast's read does the same).
            if (!parser.got_some())
                return http::error::end_of_stream;
            parser.put_eof(error);
            return error;
        }
        auto const used = parser.put(boost::asio::buffer(rest.data(), rest.size()), error);
        rest.remove_prefix(used);
        if (error == http::error::need_more) {
            error = {};
            if (used == 0) // nothing more comes: all that was sent is in `rest`
                rest = {};
        } else if (error) {
            return error;
        }
    }
    return error;
}

bool holds(std::string_view text, std::string_view part)
{
    return part.empty() || text.find(part) != std::string_view::npos;
}

void check_form(ParsedForm const& form)
{
    if (!form)
        return;
    require(form->fields().size() <= limits.form.fields, "no more fields than the limit");
    for (auto const& [name, value] : form->fields())
        require(name.size() <= limits.form.name_bytes && is_valid_utf8(name),
                "names within the limit, in UTF-8");
}

void check_return_path(std::string_view wanted)
{
    auto const path = safe_return_path(wanted, "/fallback");
    if (path == "/fallback")
        return;
    require(path == wanted, "a return path is the one wanted, or the fallback");
    require(path.starts_with('/') && !path.starts_with("//") && !path.starts_with("/\\"),
            "a return path is a local path");
    require(std::ranges::all_of(path, [](char c) { return c > 0x20 && c < 0x7F && c != '\\'; }),
            "a return path is printable ASCII, without a backslash");
    require(safe_return_path(path, "/fallback") == path, "a return path stays one");
}

void check_admission(Request const& header, std::optional<RouteMatch> const& route, Cookies const& cookies)
{
    auto const admitted = admit_header(header, route, cookies);
    bool const reads_a_body = route && route->method_allowed && is_state_changing(header.method);
    if (!reads_a_body)
        require(admitted.body == Body::Form && admitted.refusal == HeaderRefusal::None,
                "a request that changes nothing reads a form's body at most");
    if (route && (route->access == Access::Open || route->access == Access::Public))
        require(route->body == Body::Form, "a route anyone reaches takes a form at most");
    if (admitted.body != Body::Form && admitted.refusal == HeaderRefusal::None)
        require(!cookies.read(header, Cookie::Session).empty() || !bearer_token(header).empty(),
                "nobody sends more than a form without naming a session or a token");
}

void check_route(std::string_view method, std::string_view path, std::optional<RouteMatch> const& route)
{
    if (!route || !route->method_allowed)
        return;
    require(route->values.size() == static_cast<std::size_t>(std::ranges::count(route->pattern, '{')),
            "one value per {…} of the pattern");
    std::string written;
    std::size_t value = 0;
    for (std::size_t i = 0; i < route->pattern.size(); ++i) {
        if (route->pattern[i] != '{') {
            written += route->pattern[i];
            continue;
        }
        auto const& segment = route->values[value++];
        require(!segment.empty() && segment.find('/') == std::string::npos && holds(path, segment),
                "a value is one segment of the path");
        written += segment;
        i = route->pattern.find('}', i);
    }
    auto const again = router().match(method, written);
    require(again && again->pattern == route->pattern, "the path written again matches the same route");
}

void check_request(Request const& request)
{
    for (auto const& [name, value] : request.headers)
        require(std::ranges::none_of(name, [](char c) { return c >= 'A' && c <= 'Z'; }),
                "header names in lower case");
    auto const path = request.path();
    auto const query = request.query();
    bool const has_query = request.target.find('?') != std::string::npos;
    require(std::string(path) + (has_query ? "?" + std::string(query) : "") == request.target,
            "path() and query() give the target back");

    auto const route = router().match(request.method, path);
    check_route(request.method, path, route);

    for (bool const secure : {true, false}) {
        Cookies const cookies(secure);
        for (auto const cookie : {Cookie::Session, Cookie::Csrf, Cookie::Language}) {
            auto const value = cookies.read(request, cookie);
            bool const from_a_header =
                value.empty() || std::ranges::any_of(request.headers, [&](auto const& header) {
                    return header.first == "cookie" && holds(header.second, value);
                });
            require(value.find(';') == std::string_view::npos && from_a_header,
                    "a cookie's value comes from a Cookie header, without ';'");
        }
    }
    require(holds(request.header("authorization"), bearer_token(request)), "a bearer token from its header");

    auto const forwarded_for = request.header("x-forwarded-for");
    auto const client = forwarded_client_address(forwarded_for, trusted_proxies);
    require(client.empty() || (holds(forwarded_for, client) && client.size() <= 45 &&
                               std::ranges::find(trusted_proxies, client) == trusted_proxies.end() &&
                               std::ranges::all_of(client,
                                                   [](char c) {
                                                       return std::isxdigit(static_cast<unsigned char>(c)) ||
                                                              c == '.' || c == ':';
                                                   })),
            "the client behind a proxy is an address of X-Forwarded-For, no trusted proxy's");

    auto const query_form = FormData::parse(query, limits.form);
    check_form(query_form);
    check_return_path(request.target);
    check_return_path(request.header("referer"));
    if (query_form)
        check_return_path(query_form->get("return_to"));

    if (!is_state_changing(request.method))
        return;
    auto const content_type = request.header("content-type");
    auto const form = content_type.starts_with("multipart/form-data")
                          ? FormData::parse_multipart(request.body, content_type, limits.form)
                          : FormData::parse(request.body, limits.form);
    check_form(form);
    if (form)
        check_return_path(form->get("return_to"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto rest = tremplin::fuzz::as_text(data, size);
    Parser parser;
    parser.header_limit(static_cast<std::uint32_t>(server.header_limit));
    parser.body_limit(server.body_limit); // lowered once the route is known

    Request head;
    head.remote_address = trusted_proxies.front();
    if (read(parser, rest, false)) {
        // Refused (400, 413, 431) with whatever header could be read: its route is looked up.
        copy_header_fields(parser.get(), head);
        router().match(head.method, head.path());
        return 0;
    }
    copy_header_fields(parser.get(), head);
    auto const route = router().match(head.method, head.path());
    check_admission(head, route, Cookies(true));
    check_admission(head, route, Cookies(false));
    auto const admitted = admit_header(head, route, Cookies(true));
    if (admitted.refusal != HeaderRefusal::None) {
        check_return_path(head.target); // the sign-in page's way back
        return 0;
    }
    auto const limit = std::min(body_limit(admitted.body, limits), server.body_limit);
    if (auto const length = parser.content_length(); length && *length > limit)
        return 0; // 413, from the header
    parser.body_limit(limit);
    parser.eager(true);
    if (read(parser, rest, true))
        return 0;

    Request request = head;
    request.body = parser.release().body();
    require(request.body.size() <= limit, "a body within its route's limit");
    check_request(request);
    return 0;
}

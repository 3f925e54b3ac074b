#pragma once

// HTTP requests and responses as the application sees them: plain values, independent of the
// server library (only http_server.cpp knows Boost.Beast).

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tremplin::web {

using Headers = std::vector<std::pair<std::string, std::string>>;

struct Request {
    std::string method; // "GET", "POST", …
    std::string target; // "/participants?q=fatima"
    Headers headers;    // names in lower case
    std::string body;
    std::string remote_address;

    std::string_view path() const;  // "/participants"
    std::string_view query() const; // "q=fatima"
    std::string_view header(std::string_view lower_case_name) const;
};

// The address the nearest proxy saw the request come from: the last entry of an
// X-Forwarded-For header ("client, proxy1, proxy2" → "proxy2"'s view is the last one), or ""
// when there is none.
std::string forwarded_client_address(std::string_view x_forwarded_for);

struct Response {
    int status = 200;
    Headers headers;
    std::string body;

    void set_header(std::string_view name, std::string value);
    std::string_view header(std::string_view name) const;

    static Response html(std::string body, int status = 200);
    static Response text(std::string body, int status = 200);
    static Response json(std::string body, int status = 200,
                         std::string_view content_type = "application/json");
    // 303 See Other: after a form is handled, the browser GETs the result (post/redirect/get).
    static Response redirect(std::string location, int status = 303);
};

} // namespace tremplin::web

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

// The client's address in an X-Forwarded-For header ("client, proxy1, proxy2"), as the proxies
// in `trusted_proxies` passed it on: read from the right, the first entry that is not one of
// them, since each proxy appends the address it saw and anything to its left is the client's own
// claim. "" when there is none, or it is no IP address. docs/design.md "Behind a proxy".
std::string forwarded_client_address(std::string_view x_forwarded_for,
                                     std::vector<std::string> const& trusted_proxies = {});

struct Response {
    int status = 200;
    Headers headers;
    std::string body;

    // Sets a header, or adds one more of that name (Set-Cookie). A name or value holding CR, LF
    // or NUL would end the header and start another one the program never wrote (response
    // splitting): both throw std::invalid_argument, which Application::handle answers with a 500.
    void set_header(std::string_view name, std::string value);
    void add_header(std::string_view name, std::string value);
    std::string_view header(std::string_view name) const;

    static Response html(std::string body, int status = 200);
    static Response text(std::string body, int status = 200);
    static Response json(std::string body, int status = 200,
                         std::string_view content_type = "application/json");
    // 303 See Other: after a form is handled, the browser GETs the result (post/redirect/get).
    static Response redirect(std::string location, int status = 303);
};

// How a file is given: saved (attachment) or shown by the browser (inline).
enum class Disposition { Attachment, Inline };

// The Content-Disposition of a file (RFC 6266, with RFC 8187's filename*): the name in UTF-8,
// percent-encoded, for browsers, and an ASCII fallback of safe characters only (letters without
// their accents, digits, '.', '-', '_') for the others: `attachment; filename="Helene.pdf";
// filename*=UTF-8''H%C3%A9l%C3%A8ne.pdf`. Every download takes its header from here.
std::string content_disposition(std::string_view file_name,
                                Disposition disposition = Disposition::Attachment);

} // namespace tremplin::web

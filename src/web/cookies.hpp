#pragma once

#include "web/http.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace tremplin::web {

// The value of a cookie the request carries, or "".
std::string_view cookie_value(Request const& request, std::string_view name);

struct CookieOptions {
    std::optional<std::chrono::seconds> max_age; // none: ends with the browser session
    bool secure = false;                         // only over TLS
    std::string_view same_site = "Lax";
};

// Appends a Set-Cookie header. Every cookie Tremplin sets is HttpOnly: no script needs one.
void set_cookie(Response& response, std::string_view name, std::string_view value,
                CookieOptions const& options);

// The cookies Tremplin sets.
enum class Cookie {
    Session,  // the signed-in session's token
    Csrf,     // the CSRF token of the forms shown before signing in
    Language, // the language chosen before signing in, or by someone without an account
};

// How the cookies are named and written, decided in this one place: docs/design.md "Sessions".
// Secure (the default) they go over HTTPS only and carry the `__Host-` prefix, which a browser
// accepts only from a secure origin, for the whole site and no other domain; plain, for
// development on http://127.0.0.1, they have neither, since a browser refuses both there.
class Cookies {
  public:
    explicit Cookies(bool secure) : m_secure(secure) {}

    bool secure() const { return m_secure; }
    std::string_view name(Cookie cookie) const;
    std::string_view read(Request const& request, Cookie cookie) const;
    void set(Response& response, Cookie cookie, std::string_view value,
             std::optional<std::chrono::seconds> max_age = std::nullopt) const;
    void clear(Response& response, Cookie cookie) const;

  private:
    bool m_secure;
};

} // namespace tremplin::web

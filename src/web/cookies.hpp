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
    bool secure = false;                         // only over TLS (set when served behind HTTPS)
    std::string_view same_site = "Lax";
};

// Appends a Set-Cookie header. Every cookie Tremplin sets is HttpOnly: no script needs one.
void set_cookie(Response& response, std::string_view name, std::string_view value,
                CookieOptions const& options);
void clear_cookie(Response& response, std::string_view name, bool secure);

} // namespace tremplin::web

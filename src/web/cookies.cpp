#include "web/cookies.hpp"

namespace tremplin::web {

std::string_view cookie_value(Request const& request, std::string_view name)
{
    for (auto const& [header, value] : request.headers) {
        if (header != "cookie")
            continue;
        std::string_view rest = value;
        while (!rest.empty()) {
            auto const semicolon = rest.find(';');
            auto pair = rest.substr(0, semicolon);
            rest = semicolon == std::string_view::npos ? std::string_view() : rest.substr(semicolon + 1);
            while (!pair.empty() && pair.front() == ' ')
                pair.remove_prefix(1);
            auto const equals = pair.find('=');
            if (equals != std::string_view::npos && pair.substr(0, equals) == name)
                return pair.substr(equals + 1);
        }
    }
    return {};
}

void set_cookie(Response& response, std::string_view name, std::string_view value,
                CookieOptions const& options)
{
    std::string header(name);
    header.append("=").append(value).append("; Path=/; HttpOnly; SameSite=").append(options.same_site);
    if (options.max_age)
        header.append("; Max-Age=").append(std::to_string(options.max_age->count()));
    if (options.secure)
        header.append("; Secure");
    response.add_header("Set-Cookie", std::move(header));
}

namespace {

// The name with its `__Host-` prefix first, then without: one string for both.
std::string_view prefixed_name(Cookie cookie)
{
    switch (cookie) {
    case Cookie::Session:
        return "__Host-tremplin_session";
    case Cookie::Csrf:
        return "__Host-tremplin_csrf";
    case Cookie::Language:
        return "__Host-tremplin_language";
    }
    return "__Host-tremplin";
}

constexpr std::string_view host_prefix = "__Host-";

} // namespace

std::string_view Cookies::name(Cookie cookie) const
{
    auto const name = prefixed_name(cookie);
    return m_secure ? name : name.substr(host_prefix.size());
}

std::string_view Cookies::read(Request const& request, Cookie cookie) const
{
    return cookie_value(request, name(cookie));
}

void Cookies::set(Response& response, Cookie cookie, std::string_view value,
                  std::optional<std::chrono::seconds> max_age) const
{
    // The CSRF cookie only guards forms of this site: no other site's link needs to carry it.
    set_cookie(response, name(cookie), value, {max_age, m_secure, cookie == Cookie::Csrf ? "Strict" : "Lax"});
}

void Cookies::clear(Response& response, Cookie cookie) const
{
    set(response, cookie, "", std::chrono::seconds(0));
}

} // namespace tremplin::web

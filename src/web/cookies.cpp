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

void clear_cookie(Response& response, std::string_view name, bool secure)
{
    set_cookie(response, name, "", {std::chrono::seconds(0), secure});
}

} // namespace tremplin::web

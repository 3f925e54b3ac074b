// The health check, and the static assets the binary carries.

#include "web/pages/system_routes.hpp"

#include "resources/resources.hpp"
#include "service/secrets.hpp"
#include "web/application.hpp"

#include <map>

#include <nlohmann/json.hpp>

namespace tremplin::web::pages::system {

namespace {

std::string_view content_type_of(std::string_view name)
{
    if (name.ends_with(".css"))
        return "text/css; charset=utf-8";
    if (name.ends_with(".js"))
        return "text/javascript; charset=utf-8";
    if (name.ends_with(".svg"))
        return "image/svg+xml";
    if (name.ends_with(".png"))
        return "image/png";
    if (name.ends_with(".ico"))
        return "image/x-icon";
    return "application/octet-stream";
}

// Entity tags of the assets, computed once: the content never changes while the binary runs.
std::map<std::string_view, std::string> const& asset_tags()
{
    static auto const tags = [] {
        std::map<std::string_view, std::string> tags;
        for (auto name : resources::names_under("static/"))
            tags.emplace(name, "\"" + service::token_hash(*resources::find(name)).substr(0, 20) + "\"");
        return tags;
    }();
    return tags;
}

} // namespace

Response asset(Context& context)
{
    std::string name = "static";
    for (auto const& segment : context.route_values)
        name += "/" + segment;
    // The route's values are single path segments; reject anything that could climb out.
    auto const tag = asset_tags().find(name);
    if (tag == asset_tags().end() || name.find("..") != std::string::npos)
        return context.error_page(404);

    Response response;
    response.set_header("Cache-Control", "public, max-age=86400");
    response.set_header("ETag", tag->second);
    if (context.request.header("if-none-match") == tag->second) {
        response.status = 304;
        return response;
    }
    response.set_header("Content-Type", std::string(content_type_of(name)));
    response.body = std::string(*resources::find(name));
    return response;
}

Response health(Context&, Services& services)
{
    auto const health = services.health.now();
    nlohmann::json body{{"status", health.database_answers ? "ok" : "unavailable"},
                        {"version", TREMPLIN_VERSION},
                        {"database", {{"backend", health.backend}, {"answers", health.database_answers}}}};
    return Response::json(body.dump(), health.database_answers ? 200 : 503);
}

} // namespace tremplin::web::pages::system

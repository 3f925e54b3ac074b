#include "web/router.hpp"

namespace tremplin::web {

namespace {

std::vector<std::string_view> split_path(std::string_view path)
{
    std::vector<std::string_view> segments;
    while (!path.empty()) {
        if (path.front() == '/') {
            path.remove_prefix(1);
            continue;
        }
        auto const slash = path.find('/');
        segments.push_back(path.substr(0, slash));
        path = slash == std::string_view::npos ? std::string_view() : path.substr(slash);
    }
    return segments;
}

} // namespace

void Router::add(std::string_view method, std::string_view pattern, Access access, RouteHandler handler,
                 std::optional<Body> body)
{
    Route route{std::string(method),
                std::string(pattern),
                {},
                access,
                body.value_or(access == Access::Api ? Body::Api : Body::Form),
                std::move(handler)};
    for (auto segment : split_path(pattern))
        route.segments.emplace_back(segment.starts_with('{') ? "{}" : std::string(segment));
    m_routes.push_back(std::move(route));
}

std::optional<RouteMatch> Router::match(std::string_view method, std::string_view path) const
{
    auto const segments = split_path(path);
    std::optional<RouteMatch> wrong_method;
    for (auto const& route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        RouteMatch match;
        bool same_path = true;
        for (std::size_t i = 0; i < segments.size() && same_path; ++i) {
            if (route.segments[i] == "{}")
                match.values.emplace_back(segments[i]);
            else
                same_path = route.segments[i] == segments[i];
        }
        if (!same_path)
            continue;
        bool const method_matches = route.method == method || (method == "HEAD" && route.method == "GET");
        if (!method_matches) {
            wrong_method = RouteMatch{route.pattern, nullptr, route.access, route.body, {}, false};
            continue;
        }
        match.pattern = route.pattern;
        match.handler = &route.handler;
        match.access = route.access;
        match.body = route.body;
        return match;
    }
    return wrong_method;
}

std::vector<std::pair<std::string, std::string>> Router::routes() const
{
    std::vector<std::pair<std::string, std::string>> listed;
    for (auto const& route : m_routes) {
        std::string path;
        for (auto const& segment : route.segments)
            path += "/" + segment;
        listed.emplace_back(route.method, path.empty() ? "/" : path);
    }
    return listed;
}

} // namespace tremplin::web

#include "web/context.hpp"

#include "service/menu.hpp"
#include "web/return_path.hpp"

#include <algorithm>

namespace tremplin::web {

namespace {

struct NavigationItem {
    std::string_view href;
    std::string_view label_key;
    bool service::Menu::*shown;
};

constexpr NavigationItem navigation[] = {
    {"/participants", "navigation.participants", &service::Menu::participants},
    {"/information-sessions", "navigation.information_sessions", &service::Menu::information_sessions},
    {"/applications", "navigation.applications", &service::Menu::applications},
    {"/outbox", "navigation.outbox", &service::Menu::outbox},
    {"/partners", "navigation.partners", &service::Menu::partners},
    {"/offers", "navigation.offers", &service::Menu::offers},
    {"/evaluations", "navigation.evaluations", &service::Menu::evaluations},
    {"/lessons", "navigation.lessons", &service::Menu::lessons},
    {"/cohorts", "navigation.cohorts", &service::Menu::cohorts},
    {"/tracks", "navigation.tracks", &service::Menu::tracks},
    {"/training-hours", "navigation.hours", &service::Menu::training_hours},
    {"/audit", "navigation.audit", &service::Menu::audit},
    {"/accounts", "navigation.accounts", &service::Menu::accounts},
};

} // namespace

domain::Result<long long> Context::record_id(std::size_t n) const
{
    auto const id = id_value(n);
    if (!id)
        return domain::fail(domain::Error::not_found());
    return *id;
}

std::optional<long long> Context::id_value(std::size_t n) const
{
    if (n >= route_values.size())
        return std::nullopt;
    auto id = whole_number(route_values[n]);
    return id && *id > 0 ? id : std::nullopt;
}

std::optional<long long> Context::query_number(std::string_view name) const
{
    return whole_number(query.get(name));
}

Response Context::page(std::string_view template_name, std::string_view title, TemplateValue data, int status,
                       Errors errors) const
{
    auto& page = data["page"];
    page["title"] = title;
    page["error_prefix"] = errors == Errors::Shown;
    page["lang"] = catalogue->language();
    page["csrf_token"] = csrf_token;
    page["return_to"] = request.target;

    for (auto const& language : site.catalogues.languages()) {
        auto& choice = page["languages"].append();
        choice["code"] = language;
        choice["name"] = site.catalogues.find(language)->text("language.name");
        choice["current"] = language == catalogue->language();
    }

    if (actor) {
        page["signed_in"] = true;
        page["user_name"] = actor->account.display_name;
        auto const path = request.path();
        page["on_own_password"] = path == "/account/password";
        auto const menu = service::menu_of(*actor);
        for (auto const& item : navigation) {
            if (!(menu.*item.shown))
                continue;
            auto& link = page["navigation"].append();
            link["href"] = item.href;
            link["label"] = text(item.label_key);
            link["current"] = path == item.href || path.starts_with(std::string(item.href) + "/");
        }
    }

    data["content"] = site.templates.render(template_name, data, *catalogue);
    return Response::html(site.templates.render("layouts/application", data, *catalogue), status);
}

Response Context::fragment(std::string_view template_name, TemplateValue const& data, int status) const
{
    return Response::html(site.templates.render(template_name, data, *catalogue), status);
}

namespace {

// The statuses with a page of their own; anything else reads as a server error.
int shown_status(int status)
{
    static constexpr int known[] = {400, 403, 404, 405, 409, 413, 429, 431, 500, 503};
    return std::ranges::find(known, status) != std::end(known) ? status : 500;
}

} // namespace

Response Context::error_page(int status, std::string_view message_key) const
{
    auto const prefix = "errors.page." + std::to_string(shown_status(status));
    return error_page_saying(
        status, std::string(catalogue->has(message_key) ? text(message_key) : text(prefix + ".message")));
}

Response Context::error_page_saying(int status, std::string message) const
{
    auto const prefix = "errors.page." + std::to_string(shown_status(status));
    TemplateValue data = TemplateValue::object();
    data["message"] = std::move(message);
    data["request_id"] = request_id;
    data["status"] = status;
    return page("errors/show", text(prefix + ".title"), std::move(data), status);
}

Response Context::failure(domain::Error const& error) const
{
    switch (error.code) {
    case domain::ErrorCode::Forbidden:
        return error_page(403);
    case domain::ErrorCode::NotFound:
        return error_page(404);
    case domain::ErrorCode::Conflict:
        return error_page(409, error.message_key);
    case domain::ErrorCode::TooManyAttempts:
        return error_page(429);
    case domain::ErrorCode::Unauthenticated:
        return Response::redirect("/login?return_to=" + url_encode(request.target));
    case domain::ErrorCode::InvalidInput:
        return error_page(400);
    }
    return error_page(500);
}

std::string Context::safe_return_path(std::string_view wanted, std::string_view fallback)
{
    return web::safe_return_path(wanted, fallback);
}

namespace {

// A host name or address with an optional port, and nothing else: "tremplin.example.org",
// "127.0.0.1:8080", "[::1]:8080". A Host header is the client's to write: anything more could
// carry another site, or markup, into a link.
bool is_plain_host(std::string_view host)
{
    return !host.empty() && host.size() <= 255 && std::ranges::all_of(host, [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
               c == '-' || c == ':' || c == '[' || c == ']';
    });
}

} // namespace

std::string Context::absolute_url(std::string_view path) const
{
    auto const& configured = site.settings.public_url;
    if (!configured.empty())
        return (configured.ends_with('/') ? configured.substr(0, configured.size() - 1) : configured) +
               std::string(path);
    auto const host = request.header("host");
    if (!is_plain_host(host))
        return std::string(path);
    return (site.settings.plain_http ? "http://" : "https://") + std::string(host) + std::string(path);
}

std::string Context::site_host() const
{
    auto const& configured = site.settings.public_url;
    if (auto const scheme = configured.find("://"); scheme != std::string::npos) {
        auto host = configured.substr(scheme + 3);
        return host.substr(0, host.find('/'));
    }
    auto const host = request.header("host");
    return is_plain_host(host) ? std::string(host) : std::string("tremplin");
}

} // namespace tremplin::web

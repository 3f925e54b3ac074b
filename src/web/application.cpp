#include "web/application.hpp"

#include "service/loggable.hpp"
#include "service/secrets.hpp"
#include "web/api/problem.hpp"
#include "web/body_admission.hpp"
#include "web/cookies.hpp"
#include "web/route_table.hpp"

#include <chrono>
#include <cstdio>

#include <spdlog/spdlog.h>

namespace tremplin::web {

namespace {

// docs/design.md "Security": no inline script or style, no framing, nothing from other origins;
// served over HTTPS (unless told it is plain HTTP), HTTPS only for a year.
void add_security_headers(Response& response, bool secure)
{
    response.set_header("Content-Security-Policy",
                        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
                        "object-src 'none'");
    response.set_header("X-Content-Type-Options", "nosniff");
    response.set_header("X-Frame-Options", "DENY");
    response.set_header("Referrer-Policy", "same-origin");
    if (response.header("Cache-Control").empty())
        response.set_header("Cache-Control", "no-store"); // pages show personal data
    if (secure)
        response.set_header("Strict-Transport-Security", "max-age=31536000");
}

// The handler's response, or the page or problem document that says why there is none.
Response answer(Context& context, RouteMatch const& route)
{
    auto response = (*route.handler)(context);
    if (response)
        return std::move(*response);
    if (route.access == Access::Api)
        return api_failure(context, response.error());
    return context.failure(response.error());
}

Response sign_in_redirect(Context const& context)
{
    // Back where she was after signing in: the page itself, or for a form the page it was on.
    std::string_view wanted = context.request.target;
    if (context.request.method != "GET") {
        auto const referer = context.request.header("referer");
        auto const path_start =
            referer.find('/', referer.find("//") == std::string_view::npos ? 0 : referer.find("//") + 2);
        wanted = path_start == std::string_view::npos ? std::string_view("/") : referer.substr(path_start);
    }
    auto location = "/login?return_to=" + url_encode(Context::safe_return_path(wanted, "/"));
    if (context.is_htmx()) {
        Response response;
        response.set_header("HX-Redirect", location);
        return response;
    }
    return Response::redirect(std::move(location));
}

} // namespace

Application::Application(Services services, locale::Catalogues const& catalogues,
                         TemplateSet const& templates, WebSettings settings)
    : m_services(services), m_catalogues(catalogues), m_templates(templates), m_settings(std::move(settings)),
      m_caches(m_settings.cached_results), m_site{m_templates, m_catalogues, m_settings, m_caches},
      m_request_id_prefix(service::random_token().substr(0, 6))
{
    add_routes(m_router, m_services);
}

std::string Application::next_request_id()
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s-%llu", m_request_id_prefix.c_str(), ++m_request_counter);
    return buffer;
}

locale::Catalogue const& Application::language_for(Request const& request, service::Actor const* actor) const
{
    // docs/design.md "Languages": the user's setting, then a cookie, then Accept-Language, then the
    // centre's default.
    if (actor && !actor->account.language.empty())
        if (auto const* chosen = m_catalogues.find(actor->account.language))
            return *chosen;
    if (auto const* remembered = m_catalogues.find(m_settings.cookies().read(request, Cookie::Language)))
        return *remembered;
    if (auto const* accepted = m_catalogues.find(m_catalogues.negotiate(request.header("accept-language"))))
        return *accepted;
    if (auto const* fallback = m_catalogues.find(m_settings.default_language))
        return *fallback;
    return *m_catalogues.find(m_catalogues.languages().front());
}

Response Application::handle(Request& request)
{
    auto const started = std::chrono::steady_clock::now();
    if (m_settings.is_trusted_proxy(request.remote_address))
        if (auto client =
                forwarded_client_address(request.header("x-forwarded-for"), m_settings.trusted_proxies);
            !client.empty())
            request.remote_address = std::move(client);
    auto request_id = next_request_id();
    Response response;
    std::string who = "-";
    // The route's pattern, never the path: docs/design.md "Logs".
    std::string_view route_pattern = "-";
    try {
        auto route = m_router.match(request.method, request.path());
        if (route)
            route_pattern = route->pattern;

        std::optional<service::Actor> actor;
        std::string session_csrf;
        Access const access = route ? route->access : Access::Public;
        bool read_only_token = false;
        if (access == Access::Api) {
            if (auto caller = m_services.accounts.account_for_api_token(bearer_token(request))) {
                read_only_token = caller->scope == domain::TokenScope::Read;
                actor = service::Actor{std::move(caller->account), request.remote_address};
            }
        } else if (auto token = m_settings.cookies().read(request, Cookie::Session);
                   access != Access::Open && !token.empty()) {
            if (auto session = m_services.accounts.session(token)) {
                actor = service::Actor{std::move(session->account), request.remote_address};
                session_csrf = std::move(session->csrf_token);
            }
        }
        if (actor)
            who = actor->account.username;

        Context context(m_site, request, request_id, language_for(request, actor ? &*actor : nullptr));
        context.actor = std::move(actor);
        bool const api = request.path().starts_with("/api/");
        if (!route || !route->method_allowed) {
            int const status = route ? 405 : 404;
            response = api ? api_problem(context, status) : context.error_page(status);
        } else if (read_only_token && request.method != "GET" && request.method != "HEAD") {
            response = api_problem(context, 403); // a token made to read changes nothing
        } else {
            context.route_values = std::move(route->values);
            response = dispatch(context, *route, std::move(session_csrf));
        }
    } catch (std::exception const& failure) {
        spdlog::error("{} {} {}: {}", request_id, request.method, route_pattern, service::loggable(failure));
        Context context(m_site, request, request_id, language_for(request, nullptr));
        response = request.path().starts_with("/api/") ? api_problem(context, 500, request_id)
                                                       : context.error_page(500);
    }

    finish(response, request, request_id, route_pattern, who, started);
    return response;
}

void Application::finish(Response& response, Request const& request, std::string const& request_id,
                         std::string_view route_pattern, std::string_view who,
                         std::chrono::steady_clock::time_point started) const
{
    add_security_headers(response, !m_settings.plain_http);
    response.set_header("X-Request-Id", request_id);
    auto const elapsed =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started);
    spdlog::info("{} {} {} {} {}B {:.2f}ms {}", request_id, request.method, route_pattern, response.status,
                 response.body.size(), elapsed.count(), who);
}

template <class Make>
Response Application::answer_from_header(Request const& header, std::string_view route_pattern, Make make)
{
    auto const started = std::chrono::steady_clock::now();
    Context context(m_site, header, next_request_id(), language_for(header, nullptr));
    Response response = make(context);
    finish(response, header, context.request_id, route_pattern, "-", started);
    return response;
}

std::string Application::too_large(Context const& context, Body body) const
{
    constexpr long long kilobyte = 1024;
    auto const& limits = m_settings.limits;
    switch (body) {
    case Body::Import:
        return context.catalogue->format(
            "errors.too_large.import",
            {{"megabytes", static_cast<long long>(limits.import_bytes) / (kilobyte * kilobyte)}});
    case Body::Api:
        return context.catalogue->format(
            "errors.too_large.api", {{"kilobytes", static_cast<long long>(limits.api_bytes) / kilobyte}});
    case Body::Form:
        break;
    }
    return context.catalogue->format("errors.too_large.form",
                                     {{"kilobytes", static_cast<long long>(limits.form_bytes) / kilobyte},
                                      {"fields", static_cast<long long>(limits.form.fields)}});
}

Admission Application::admit(Request const& header)
{
    auto const route = m_router.match(header.method, header.path());
    auto const decided = admit_header(header, route, m_settings.cookies());
    Admission admission{body_limit(decided.body, m_settings.limits)};
    admission.check_caller_first = admission.body_limit > m_settings.limits.form_bytes;
    switch (decided.refusal) {
    case HeaderRefusal::Forbidden:
        admission.refusal = answer_from_header(header, route->pattern,
                                               [](Context& context) { return context.error_page(403); });
        break;
    case HeaderRefusal::SignIn:
        admission.refusal = answer_from_header(header, route->pattern, sign_in_redirect);
        break;
    case HeaderRefusal::TokenRequired:
        admission.refusal = answer_from_header(header, route->pattern, [](Context& context) {
            return api_problem(context, 401, context.text("api.token_required"));
        });
        break;
    case HeaderRefusal::None:
        break;
    }
    return admission;
}

std::optional<Response> Application::check_caller(Request const& header)
{
    auto const route = m_router.match(header.method, header.path());
    if (!route)
        return std::nullopt;
    if (route->access == Access::Api && !m_services.accounts.account_for_api_token(bearer_token(header)))
        return answer_from_header(header, route->pattern, [](Context& context) {
            return api_problem(context, 401, context.text("api.token_required"));
        });
    if (route->access == Access::SignedIn &&
        !m_services.accounts.session(m_settings.cookies().read(header, Cookie::Session)))
        return answer_from_header(header, route->pattern, sign_in_redirect);
    return std::nullopt;
}

Response Application::dispatch(Context& context, RouteMatch const& route, std::string session_csrf)
{
    auto const& request = context.request;
    auto query = FormData::parse(request.query(), m_settings.limits.form);
    if (!query)
        return context.error_page(400);
    context.query = std::move(*query);

    if (route.access == Access::Api || route.access == Access::Open)
        return answer(context, route); // Open routes show no form; the API has no cookies

    if (route.access == Access::SignedIn && !context.actor)
        return sign_in_redirect(context);

    bool new_csrf_cookie = false;
    if (context.actor) {
        context.csrf_token = std::move(session_csrf);
    } else {
        context.csrf_token = std::string(m_settings.cookies().read(request, Cookie::Csrf));
        if (context.csrf_token.empty()) {
            context.csrf_token = service::random_token();
            new_csrf_cookie = true;
        }
    }

    if (is_state_changing(request.method)) {
        // Without the cookie, no token can match: refused before the form is read.
        if (new_csrf_cookie)
            return context.error_page(403);
        auto const content_type = request.header("content-type");
        bool const multipart = content_type.starts_with("multipart/form-data");
        if (!content_type.empty() && !multipart &&
            !content_type.starts_with("application/x-www-form-urlencoded"))
            return context.error_page(400);
        auto const& limits = m_settings.limits.form;
        auto form = multipart ? FormData::parse_multipart(request.body, content_type, limits)
                              : FormData::parse(request.body, limits);
        if (!form)
            return form.error() == FormProblem::TooLarge
                       ? context.error_page_saying(413, too_large(context, route.body))
                       : context.error_page(400);
        context.form = std::move(*form);
        auto sent = context.form.get("csrf_token");
        if (sent.empty())
            sent = request.header("x-csrf-token");
        if (sent.empty() || !service::same_secret(sent, context.csrf_token))
            return context.error_page(403);
    }

    auto response = answer(context, route);
    if (new_csrf_cookie)
        m_settings.cookies().set(response, Cookie::Csrf, context.csrf_token);
    return response;
}

Response Application::refuse(int status, Request const& request)
{
    auto const route = m_router.match(request.method, request.path());
    Body const body = route ? route->body : Body::Form;
    return answer_from_header(request, route ? route->pattern : "-", [&](Context& context) {
        auto message = status == 413 ? too_large(context, body) : std::string();
        if (request.path().starts_with("/api/"))
            return api_problem(context, status, message);
        return message.empty() ? context.error_page(status)
                               : context.error_page_saying(status, std::move(message));
    });
}

} // namespace tremplin::web

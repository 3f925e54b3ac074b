// Signing in and out, choosing the language, and the home page.

#include "web/pages/session_pages.hpp"

#include "service/menu.hpp"
#include "web/application.hpp"
#include "web/cookies.hpp"
#include "web/form_view.hpp"

namespace tremplin::web::pages::sessions {

namespace {

constexpr auto one_year = std::chrono::seconds(365 * 24 * 3600);

Response sign_in_page(Context& context, std::vector<domain::FieldError> errors, int status)
{
    auto const return_to =
        context.form.has("return_to") ? context.form.get("return_to") : context.query.get("return_to");
    FormView form(
        *context.catalogue, "sign_in",
        [&](std::string_view field) { return field == "username" ? context.form.get("username") : ""; },
        std::move(errors));
    TemplateValue data = TemplateValue::object();
    data["username"] = form.text("username", {.autocomplete = "username", .width = "width-20"});
    data["password"] =
        form.text("password", {.type = "password", .autocomplete = "current-password", .width = "width-20"});
    data["return_to"] = Context::safe_return_path(return_to, "/");
    data["signed_out"] = context.query.get("signed_out") == "1";
    data["error_summary"] = form.error_summary();
    return context.page("sessions/new", context.text("sign_in.title"), std::move(data), status,
                        form.has_errors() ? Context::Errors::Shown : Context::Errors::None);
}

} // namespace

Response show_sign_in(Context& context)
{
    if (context.actor)
        return Response::redirect("/");
    return sign_in_page(context, {}, 200);
}

Response sign_in(Context& context, Services& services)
{
    auto const username = context.form.get("username");
    auto const password = context.form.get("password");
    std::vector<domain::FieldError> missing;
    if (username.empty())
        missing.push_back({"username", "errors.username.missing"});
    if (password.empty())
        missing.push_back({"password", "errors.password.missing"});
    if (!missing.empty())
        return sign_in_page(context, std::move(missing), 422);

    auto signed_in = services.accounts.sign_in(username, password, context.request.remote_address);
    if (!signed_in) {
        int const status = signed_in.error().code == domain::ErrorCode::TooManyAttempts ? 429 : 401;
        return sign_in_page(context, {{"username", signed_in.error().message_key}}, status);
    }
    auto response = Response::redirect(Context::safe_return_path(context.form.get("return_to"), "/"));
    context.site.settings.cookies().set(response, Cookie::Session, signed_in->session_token);
    return response;
}

Response sign_out(Context& context, Services& services)
{
    auto const cookies = context.site.settings.cookies();
    services.accounts.sign_out(cookies.read(context.request, Cookie::Session));
    auto response = Response::redirect("/login?signed_out=1");
    cookies.clear(response, Cookie::Session);
    return response;
}

Response choose_language(Context& context, Services& services)
{
    auto const language = std::string(context.form.get("language"));
    auto response = Response::redirect(Context::safe_return_path(context.form.get("return_to"), "/"));
    if (!context.site.catalogues.find(language))
        return response;
    if (context.actor)
        services.accounts.choose_language(*context.actor, language);
    context.site.settings.cookies().set(response, Cookie::Language, language, one_year);
    return response;
}

Response home(Context& context)
{
    auto const& actor = context.signed_in();
    TemplateValue data = TemplateValue::object();
    data["greeting"] = context.catalogue->format("home.greeting", {{"name", actor.account.display_name}});
    data["role_line"] = context.catalogue->format(
        "home.role_line",
        {{"role", std::string(context.text("roles." + std::string(domain::code_of(actor.account.role))))}});
    auto const menu = service::menu_of(actor);
    data["can_view_participants"] = menu.participants;
    data["can_edit_participants"] = menu.add_participants;
    data["can_view_audit"] = menu.audit;
    data["can_manage_accounts"] = menu.accounts;
    data["nothing_yet"] = !menu.participants && !menu.audit;
    return context.page("home/show", context.text("home.title"), std::move(data));
}

} // namespace tremplin::web::pages::sessions

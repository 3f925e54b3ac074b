// Staff accounts: the director's list of accounts (add, close, reopen, new password), and
// everyone's own password.

#include "web/pages/account_pages.hpp"

#include "service/account_administration.hpp"
#include "web/application.hpp"
#include "web/cookies.hpp"
#include "web/form_outcome.hpp"
#include "web/form_view.hpp"
#include "web/paths.hpp"

namespace tremplin::web::pages::accounts {

namespace {

std::string role_label(Context const& context, domain::Role role)
{
    return std::string(context.text("roles." + std::string(domain::code_of(role))));
}

// Whether she reads disability and minority answers, and the button that changes it when the
// director may: docs/design.md "Least privilege".
void add_special_categories(TemplateValue& row, Context const& context, domain::StaffAccount const& account,
                            service::SpecialCategoriesAccess access)
{
    using enum service::SpecialCategoriesAccess;
    auto const& catalogue = *context.catalogue;
    row["special_categories"] =
        catalogue.text(access == ByRole       ? "accounts.special_categories.by_role"
                       : access == Granted    ? "accounts.special_categories.granted"
                       : access == NotGranted ? "accounts.special_categories.not_granted"
                                              : "accounts.special_categories.never");
    if (access != Granted && access != NotGranted)
        return;
    bool const granted = access == Granted;
    row["may_name"] = true;
    row["special_categories_action"] = paths::account_special_categories(account.id);
    row["special_categories_value"] = granted ? "no" : "yes";
    row["special_categories_button"] = catalogue.text(granted ? "accounts.special_categories.withdraw"
                                                              : "accounts.special_categories.grant");
    row["special_categories_label"] = catalogue.format(granted ? "accounts.special_categories.withdraw_named"
                                                               : "accounts.special_categories.grant_named",
                                                       {{"name", account.display_name}});
}

} // namespace

domain::Result<Response> accounts_page(Context& context, Services& services)
{
    auto const list = TRY(services.administration.accounts(context.signed_in()));
    TemplateValue data = TemplateValue::object();
    for (auto const& account : list.accounts) {
        if (auto const attacked = list.under_attack.find(account.id); attacked != list.under_attack.end())
            data["under_attack"].append()["line"] = context.catalogue->format(
                "accounts.under_attack",
                {{"name", account.display_name}, {"count", std::to_string(attacked->second)}});
        auto& row = data["accounts"].append();
        row["name"] = account.display_name;
        row["username"] = account.username;
        row["role"] = role_label(context, account.role);
        row["closed"] = account.disabled;
        row["yourself"] = account.id == context.signed_in().account.id;
        row["access_action"] = paths::account_access(account.id);
        row["password_href"] = paths::account_password(account.id);
        row["access_label"] =
            context.catalogue->format(account.disabled ? "accounts.reopen_named" : "accounts.close_named",
                                      {{"name", account.display_name}});
        row["password_label"] =
            context.catalogue->format("accounts.new_password_named", {{"name", account.display_name}});
        if (auto const access = list.special_categories.find(account.id);
            access != list.special_categories.end())
            add_special_categories(row, context, account, access->second);
    }
    data["has_attacks"] = !list.under_attack.empty();
    auto const notice = context.query.get("notice");
    if (notice == "created" || notice == "closed" || notice == "reopened" || notice == "password" ||
        notice == "special_categories_granted" || notice == "special_categories_withdrawn")
        data["notice"] = context.text("accounts.notices." + std::string(notice));
    return context.page("accounts/index", context.text("accounts.title"), std::move(data));
}

namespace {

Response new_account_page(Context& context, domain::NewStaffAccount const& typed,
                          std::vector<domain::FieldError> errors, int status)
{
    FormView form(
        *context.catalogue, "accounts.fields",
        [&](std::string_view field) -> std::string_view {
            if (field == "display_name")
                return typed.display_name;
            if (field == "username")
                return typed.username;
            if (field == "role" && typed.role)
                return domain::code_of(*typed.role);
            return {}; // a password typed is never sent back
        },
        std::move(errors));
    TemplateValue data = TemplateValue::object();
    data["display_name"] = form.text("display_name", {.autocomplete = "off", .width = "width-20"});
    data["username"] = form.text("username", {.autocomplete = "off", .width = "width-10"});
    data["role"] = form.radios("role", coded_choices<domain::Role>(*context.catalogue, "roles"));
    data["password"] =
        form.text("password", {.type = "password", .autocomplete = "new-password", .width = "width-20"});
    data["error_summary"] = form.error_summary();
    return context.page("accounts/new", context.text("accounts.new.title"), std::move(data), status,
                        form.has_errors() ? Context::Errors::Shown : Context::Errors::None);
}

} // namespace

domain::Result<Response> show_new_account(Context& context, Services& services)
{
    TRY(services.administration.may_create(context.signed_in()));
    return new_account_page(context, {}, {}, 200);
}

domain::Result<Response> create_account(Context& context, Services& services)
{
    domain::NewStaffAccount const typed{
        std::string(context.form.get("username")), std::string(context.form.get("display_name")),
        domain::from_code<domain::Role>(context.form.get("role")), std::string(context.form.get("password"))};
    return after_form(
        services.administration.create(context.signed_in(), typed),
        [&](auto errors) { return new_account_page(context, typed, std::move(errors), 422); },
        [](auto const&) { return Response::redirect("/accounts?notice=created"); });
}

domain::Result<Response> change_access(Context& context, Services& services)
{
    auto const id = TRY(context.record_id());
    bool const closing = context.form.get("access") == "closed";
    TRY(services.administration.set_access(
        context.signed_in(), id, closing ? service::AccountAccess::Closed : service::AccountAccess::Open));
    return Response::redirect(closing ? "/accounts?notice=closed" : "/accounts?notice=reopened");
}

domain::Result<Response> change_special_categories(Context& context, Services& services)
{
    auto const id = TRY(context.record_id());
    bool const granted = context.form.get("granted") == "yes";
    TRY(services.administration.set_special_categories(context.signed_in(), id, granted));
    return Response::redirect(granted ? "/accounts?notice=special_categories_granted"
                                      : "/accounts?notice=special_categories_withdrawn");
}

namespace {

Response password_page(Context& context, std::string const& title, std::string const& action,
                       std::vector<std::string_view> fields, std::vector<domain::FieldError> errors,
                       int status)
{
    FormView form(
        *context.catalogue, "passwords.fields", [](std::string_view) { return std::string_view(); },
        std::move(errors));
    TemplateValue data = TemplateValue::object();
    data["action"] = action;
    for (auto field : fields) {
        auto const autocomplete = field == "current_password" ? "current-password" : "new-password";
        data["fields"].append(
            form.text(field, {.type = "password", .autocomplete = autocomplete, .width = "width-20"}));
    }
    data["error_summary"] = form.error_summary();
    auto const notice = context.query.get("notice");
    if (notice == "changed")
        data["notice"] = context.text("passwords.changed");
    return context.page("accounts/password", title, std::move(data), status,
                        form.has_errors() ? Context::Errors::Shown : Context::Errors::None);
}

Response colleague_password_page(Context& context, domain::StaffAccount const& account,
                                 std::vector<domain::FieldError> errors, int status)
{
    return password_page(
        context, context.catalogue->format("passwords.colleague_title", {{"name", account.display_name}}),
        paths::account_password(account.id), {"new_password"}, std::move(errors), status);
}

Response own_password_page(Context& context, std::vector<domain::FieldError> errors, int status)
{
    return password_page(context, std::string(context.text("passwords.own_title")), "/account/password",
                         {"current_password", "new_password"}, std::move(errors), status);
}

} // namespace

domain::Result<Response> show_colleague_password(Context& context, Services& services)
{
    auto const account = TRY(services.administration.account(context.signed_in(), TRY(context.record_id())));
    if (account.id == context.signed_in().account.id)
        return Response::redirect("/account/password"); // her own, given with her current one
    return colleague_password_page(context, account, {}, 200);
}

domain::Result<Response> reset_colleague_password(Context& context, Services& services)
{
    auto const account = TRY(services.administration.account(context.signed_in(), TRY(context.record_id())));
    return after_form(
        services.administration.reset_password(context.signed_in(), account.id,
                                               std::string(context.form.get("new_password"))),
        [&](auto errors) {
            return colleague_password_page(context, account, {{"new_password", errors.front().message_key}},
                                           422);
        },
        [] { return Response::redirect("/accounts?notice=password"); });
}

domain::Result<Response> show_own_password(Context& context, Services&)
{
    return own_password_page(context, {}, 200);
}

domain::Result<Response> change_own_password(Context& context, Services& services)
{
    auto changed = services.accounts.change_own_password(
        context.signed_in(), context.form.get("current_password"),
        std::string(context.form.get("new_password")),
        context.site.settings.cookies().read(context.request, Cookie::Session));
    if (!changed)
        return own_password_page(context, changed.error().fields,
                                 changed.error().code == domain::ErrorCode::TooManyAttempts ? 429 : 422);
    return Response::redirect("/account/password?notice=changed");
}

} // namespace tremplin::web::pages::accounts

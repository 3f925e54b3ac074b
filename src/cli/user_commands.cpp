#include "cli/commands.hpp"
#include "cli/messages.hpp"
#include "cli/runtime.hpp"

#include <iostream>

namespace tremplin::cli {

namespace {

std::string password_from(UserOptions const& options)
{
    if (options.password)
        return *options.password;
    std::cerr << "Password (read from standard input): " << std::flush;
    std::string password;
    std::getline(std::cin, password);
    return password;
}

int report(domain::Result<void> const& result, Runtime const& runtime, std::string const& done)
{
    if (!result) {
        std::cerr << describe(result.error(), terminal_catalogue(runtime.catalogues()));
        return 1;
    }
    std::cout << done << "\n";
    return 0;
}

} // namespace

int add_user(UserOptions const& options)
{
    auto const role = domain::from_code<domain::Role>(options.role);
    if (!role) {
        std::cerr << "--role must be director, coordinator, trainer, jobcoach or funder\n";
        return 2;
    }
    Runtime runtime({database_url_from(options.database_url), 1});
    auto added = runtime.accounts().add_account(
        {options.username, options.display_name.empty() ? options.username : options.display_name, *role,
         password_from(options), options.organisation_id});
    if (!added) {
        std::cerr << describe(added.error(), terminal_catalogue(runtime.catalogues()));
        return 1;
    }
    std::cout << "added " << added->username << " (" << options.role << ")\n";
    return 0;
}

int change_password(UserOptions const& options)
{
    Runtime runtime({database_url_from(options.database_url), 1});
    return report(runtime.accounts().set_password(options.username, password_from(options)), runtime,
                  "password changed for " + options.username + "; every session of the account has ended");
}

int disable_user(UserOptions const& options)
{
    Runtime runtime({database_url_from(options.database_url), 1});
    return report(runtime.accounts().disable(options.username), runtime,
                  "disabled " + options.username + "; its sessions and API tokens no longer work");
}

int create_token(TokenOptions const& options)
{
    Runtime runtime({database_url_from(options.database_url), 1});
    auto const scope =
        domain::from_code<domain::TokenScope>(options.scope).value_or(domain::TokenScope::Read);
    auto token = runtime.accounts().create_api_token(options.username, options.label, scope, options.days);
    if (!token) {
        std::cerr << describe(token.error(), terminal_catalogue(runtime.catalogues()));
        return 1;
    }
    std::cout << "API token for " << options.username << ", " << options.scope << ", for " << options.days
              << " days (shown once; keep it secret):\n"
              << *token << "\n";
    return 0;
}

int list_tokens(TokenOptions const& options)
{
    Runtime runtime({database_url_from(options.database_url), 1});
    auto const tokens = runtime.accounts().api_tokens(
        options.username.empty() ? std::nullopt : std::optional(options.username));
    auto const or_dash = [](std::string const& text) { return text.empty() ? std::string("-") : text; };
    std::cout << "reference\taccount\tlabel\tscope\tmade\tends\tlast used\trevoked\n";
    for (auto const& token : tokens)
        std::cout << token.reference << '\t' << token.username << '\t' << or_dash(token.label) << '\t'
                  << domain::code_of(token.scope) << '\t' << token.created_at << '\t'
                  << or_dash(token.expires_at) << '\t' << or_dash(token.last_used_at) << '\t'
                  << or_dash(token.revoked_at) << '\n';
    return 0;
}

int revoke_token(TokenOptions const& options)
{
    Runtime runtime({database_url_from(options.database_url), 1});
    return report(runtime.accounts().revoke_api_token(options.reference), runtime,
                  "revoked the token " + options.reference);
}

} // namespace tremplin::cli

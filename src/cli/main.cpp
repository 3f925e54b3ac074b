// tremplin: the training centre's software, one binary with subcommands.

#include "cli/commands.hpp"

#include <algorithm>
#include <cctype>
#include <iostream>

#include <CLI/CLI.hpp>
#include <soci/soci-backend.h>
#include <spdlog/spdlog.h>

int main(int argc, char** argv)
{
    using namespace tremplin::cli;

    CLI::App app{"Tremplin: follows each woman from first contact to a job, and proves the centre's impact."};
    app.set_version_flag("--version", TREMPLIN_VERSION);
    app.require_subcommand(1);
    std::string const db_help = "sqlite:PATH or postgresql://user@host:port/name (default: $TREMPLIN_DB, "
                                "else sqlite:tremplin.db)";

    ServeOptions serve_options;
    auto* serve_command = app.add_subcommand("serve", "Serve the web application and the API");
    serve_command->add_option("--db", serve_options.database_url, db_help);
    serve_command->add_option("--listen", serve_options.listen, "HOST:PORT to listen on")
        ->capture_default_str();
    serve_command->add_option("--threads", serve_options.threads, "Worker threads")
        ->capture_default_str()
        ->check(CLI::Range(1, 256));
    auto* plain_http = serve_command->add_flag(
        "--plain-http", serve_options.plain_http,
        "Development on http://127.0.0.1 only: cookies without Secure nor __Host-, no HSTS");
    // Secure cookies are the default; servers started with the old flag keep starting.
    serve_command->add_flag("--secure-cookies")->group("")->excludes(plain_http);
    serve_command
        ->add_option("--default-language", serve_options.default_language,
                     "Interface language before anyone chooses (fr, nl, en)")
        ->capture_default_str();
    serve_command
        ->add_option("--public-url", serve_options.public_url,
                     "Where the site is reached, for links a woman keeps (https://tremplin.example.org)")
        ->check([](std::string const& url) -> std::string {
            bool const scheme = url.starts_with("https://") || url.starts_with("http://");
            bool const plain = std::ranges::none_of(url, [](unsigned char c) {
                return c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c >= 0x7f;
            });
            return scheme && plain ? std::string() : "an http:// or https:// address, without spaces";
        });
    serve_command
        ->add_option("--trusted-proxy", serve_options.trusted_proxies,
                     "Address of a reverse proxy (repeat for each): from it alone, the client's address is "
                     "read from X-Forwarded-For")
        ->check([](std::string const& address) -> std::string {
            bool const plain =
                !address.empty() && address.size() <= 45 && std::ranges::all_of(address, [](char c) {
                    return std::isxdigit(static_cast<unsigned char>(c)) || c == '.' || c == ':';
                });
            return plain ? std::string() : "an IPv4 or IPv6 address, like 10.0.0.2";
        });
    // Older: every peer is taken for a proxy. Kept so that existing service files still start.
    serve_command->add_flag("--trust-forwarded-for", serve_options.trust_forwarded_for)->group("");
    serve_command
        ->add_option("--cached-results", serve_options.cached_results,
                     "Rendered pages of results kept until the data changes (0: none)")
        ->capture_default_str();
    serve_command->add_option("--smtp", serve_options.smtp,
                              "HOST:PORT of the mail server that sends letters by e-mail (none: they wait in "
                              "the outbox)");
    serve_command->add_option("--mail-from", serve_options.mail_from, "Sender address of the e-mails");
    serve_command
        ->add_option("--max-connections", serve_options.max_connections,
                     "Open connections at once; one more is closed at once")
        ->capture_default_str()
        ->check(CLI::Range(1, 100000));
    std::size_t connections_per_client = 0;
    auto* per_client = serve_command->add_option(
        "--max-connections-per-client", connections_per_client,
        "Open connections at once from one IPv4 address or IPv6 /64 (0: no cap; default 32, or none "
        "with --trust-forwarded-for)");

    std::string migrate_db;
    auto* migrate_command = app.add_subcommand("migrate", "Apply the database migrations not yet applied");
    migrate_command->add_option("--db", migrate_db, db_help);

    DemoOptions demo_options;
    auto* demo_command = app.add_subcommand("demo", "Fill a database with a believable demo centre");
    demo_command->add_option("--db", demo_options.database_url, db_help);
    demo_command
        ->add_option("--password", demo_options.password,
                     "Password of the demo accounts director, coordinator, trainer, jobcoach and funder")
        ->required();
    demo_command->add_option("--participants", demo_options.participants, "How many participants")
        ->capture_default_str()
        ->check(CLI::Range(0, 10'000'000));
    demo_command
        ->add_option("--applications-per-year", demo_options.applications_per_year,
                     "How many applications the centre receives a year")
        ->capture_default_str()
        ->check(CLI::Range(0, 100'000));
    demo_command
        ->add_option("--informed-per-year", demo_options.informed_per_year,
                     "How many women attend an information session a year")
        ->capture_default_str()
        ->check(CLI::Range(0, 100'000));
    demo_command->add_option("--seed", demo_options.seed, "Seed of the random choices")
        ->capture_default_str();

    UserOptions user_options;
    std::string password;
    long long organisation_id = 0;
    auto* user_command = app.add_subcommand("user", "Manage staff accounts");
    user_command->require_subcommand(1);
    auto* user_add = user_command->add_subcommand("add", "Add a staff account");
    user_add->add_option("username", user_options.username, "Login name")->required();
    user_add->add_option("--role", user_options.role, "director, coordinator, trainer, jobcoach or funder")
        ->capture_default_str();
    user_add->add_option("--name", user_options.display_name, "Name shown to colleagues");
    user_add->add_option("--organisation", organisation_id,
                         "Organisation id (when the database holds several)");
    auto* user_passwd = user_command->add_subcommand("passwd", "Change an account's password");
    user_passwd->add_option("username", user_options.username)->required();
    auto* user_disable = user_command->add_subcommand("disable", "Disable an account");
    user_disable->add_option("username", user_options.username)->required();
    for (auto* command : {user_add, user_passwd, user_disable})
        command->add_option("--db", user_options.database_url, db_help);
    for (auto* command : {user_add, user_passwd})
        command->add_option("--password", password, "The password (read from standard input when not given)");

    TokenOptions token_options;
    auto* token_command = app.add_subcommand("token", "Manage API tokens");
    token_command->require_subcommand(1);
    auto* token_create =
        token_command->add_subcommand("create", "Create an API token; it is printed alone on the last line");
    token_create->add_option("--user", token_options.username, "The account the token acts as")->required();
    token_create->add_option("--label", token_options.label, "What the token is for");
    token_create->add_option("--scope", token_options.scope, "read (GET only, the default) or read_write")
        ->check(CLI::IsMember({"read", "read_write"}));
    token_create->add_option("--days", token_options.days,
                             "Days until it stops working (default 90, at most 365)");
    auto* token_list =
        token_command->add_subcommand("list", "List the API tokens: reference, account, scope, "
                                              "made, ends, last used, revoked");
    token_list->add_option("--user", token_options.username, "Only this account's tokens");
    auto* token_revoke = token_command->add_subcommand("revoke", "Revoke an API token by its reference");
    token_revoke->add_option("reference", token_options.reference, "The reference `token list` shows")
        ->required();
    for (auto* command : {token_create, token_list, token_revoke})
        command->add_option("--db", token_options.database_url, db_help);

    std::string audit_db;
    auto* audit_command = app.add_subcommand("audit", "Check the audit trail");
    audit_command->require_subcommand(1);
    auto* audit_verify = audit_command->add_subcommand(
        "verify", "Walk the audit trail's hash chain; name the first row changed or removed behind its back");
    audit_verify->add_option("--db", audit_db, db_help);

    MatchOptions match_options;
    auto* match_command = app.add_subcommand(
        "match", "Allocate the seats of an admission round by deferred acceptance (JSON in, JSON out)");
    match_command
        ->add_option("--input", match_options.input,
                     "The round: programs (id, capacity, priority groups), applicants (id, choices), "
                     "tie_break (mode single|multiple|none, seed; default single, seed 0), "
                     "proposing (applicants|programs; default applicants)")
        ->required();
    match_command->add_option("--output", match_options.output,
                              "Where to write assignments, waitlists and stats (default: standard output)");

    CLI11_PARSE(app, argc, argv);
    if (per_client->count() > 0)
        serve_options.max_connections_per_client = connections_per_client;
    if (!password.empty())
        user_options.password = password;
    if (organisation_id > 0)
        user_options.organisation_id = organisation_id;

    try {
        if (*serve_command)
            return serve(serve_options);
        if (*migrate_command)
            return migrate(migrate_db);
        if (*demo_command)
            return demo(demo_options);
        if (*user_add)
            return add_user(user_options);
        if (*user_passwd)
            return change_password(user_options);
        if (*user_disable)
            return disable_user(user_options);
        if (*token_create)
            return create_token(token_options);
        if (*token_list)
            return list_tokens(token_options);
        if (*token_revoke)
            return revoke_token(token_options);
        if (*audit_verify)
            return verify_audit(audit_db);
        if (*match_command)
            return match_round(match_options);
    } catch (soci::soci_error const& error) {
        std::cerr << "database: " << error.what() << "\n";
        return 1;
    } catch (std::exception const& error) {
        std::cerr << error.what() << "\n";
        return 1;
    }
    return 2;
}

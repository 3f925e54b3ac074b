#pragma once

// One function per subcommand; each returns the process's exit code.

#include "domain/role.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::cli {

struct ServeOptions {
    std::string database_url;
    std::string listen = "127.0.0.1:8080";
    unsigned threads = 4;
    bool plain_http = false; // development on http://127.0.0.1: docs/design.md "Sessions"
    std::string default_language = "fr";
    std::size_t cached_results = 1024;
    std::vector<std::string> trusted_proxies; // X-Forwarded-For is read from these only
    bool trust_forwarded_for = false;         // older: from any peer
    std::string public_url;                   // "https://tremplin.example.org"; empty: the Host header
    std::string smtp;                         // HOST:PORT; empty: letters wait in the outbox
    std::string mail_from;                    // needed with smtp
    // Open connections at once, in all and from one client; per client, 0 is no cap, and
    // unset is 32, or none behind a proxy (every connection then comes from the proxy).
    std::size_t max_connections = 512;
    std::optional<std::size_t> max_connections_per_client;
};

struct DemoOptions {
    std::string database_url;
    std::string password;
    int participants = 600;
    int applications_per_year = 400;
    int informed_per_year = 600; // distinct women at an information session
    unsigned seed = 2026;
};

struct UserOptions {
    std::string database_url;
    std::string username;
    std::string display_name;
    std::string role = "coordinator";
    std::optional<std::string> password; // read from standard input when not given
    std::optional<long long> organisation_id;
};

struct MatchOptions {
    std::string input;  // the round, as JSON
    std::string output; // where the matching goes; standard output when empty
};

int serve(ServeOptions const& options);
int migrate(std::string const& database_url);
int demo(DemoOptions const& options);
int add_user(UserOptions const& options);
int change_password(UserOptions const& options);
int disable_user(UserOptions const& options);
struct TokenOptions {
    std::string database_url;
    std::string username; // create: the account it acts as; list: only this account's, when given
    std::string label;    // what it is for
    std::string scope = "read";
    int days = 90;
    std::string reference; // revoke: the start of its hash, as `token list` shows it
};

int create_token(TokenOptions const& options);
int list_tokens(TokenOptions const& options);
int revoke_token(TokenOptions const& options);
// Exit code 1 when the audit trail's hash chain is broken, naming the first row that breaks it.
int verify_audit(std::string const& database_url);
// Exit code 2 when the input is malformed, with what is wrong and where on standard error.
int match_round(MatchOptions const& options);

} // namespace tremplin::cli

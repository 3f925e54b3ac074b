#pragma once

// Staff accounts, sign-in sessions and API tokens.

#include "domain/api_token.hpp"
#include "domain/error.hpp"
#include "domain/staff_account.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "service/secrets.hpp"
#include "service/sign_in_limits.hpp"
#include "service/unit_of_work.hpp"
#include "store/database.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tremplin::service {

struct AccountSettings {
    // docs/design.md "Sessions": a session ends after this long without a request, and this
    // long after signing in whatever its use (OWASP Session Management: idle and absolute timeouts).
    std::chrono::seconds session_idle_timeout = std::chrono::minutes(30);
    std::chrono::seconds session_lifetime = std::chrono::hours(12);
    SignInLimits sign_in_limits;
    PasswordHashing password_hashing = PasswordHashing::Interactive;
};

struct SignIn {
    std::string session_token; // for the cookie; the database keeps only its hash
    std::string csrf_token;
    domain::StaffAccount account;
};

struct ApiCaller {
    domain::StaffAccount account;
    domain::TokenScope scope = domain::TokenScope::Read;
};

struct SignedInSession {
    domain::StaffAccount account;
    std::string csrf_token;
};

struct NewAccount {
    std::string username;
    std::string display_name;
    domain::Role role = domain::Role::Coordinator;
    std::string password;
    std::optional<long long> organisation_id;   // the only organisation when not given
    std::string organisation_name = "Tremplin"; // when the database has no organisation yet
};

class AccountService {
  public:
    AccountService(store::Database& database, Clock const& clock, std::vector<std::string> languages,
                   AccountSettings settings = {});

    // The same answer, after the same work, whether the username exists or not: a wrong
    // password and an unknown account cannot be told apart.
    domain::Result<SignIn> sign_in(std::string_view username, std::string_view password,
                                   std::string_view remote_address);

    // The session behind a cookie's token, if it has ended neither by its idle timeout nor by its
    // lifetime; each use keeps it alive until the lifetime.
    std::optional<SignedInSession> session(std::string_view session_token);

    void sign_out(std::string_view session_token);

    domain::Result<void> choose_language(Actor const& actor, std::string const& language);

    // Her own new password, given her current one, which is counted against the sign-in limits
    // and audited when wrong; her other sessions end, this one goes on.
    domain::Result<void> change_own_password(Actor const& actor, std::string_view current_password,
                                             std::string const& new_password, std::string_view session_token);

    // Who an API bearer token acts as, and what it may do — unless it expired, was revoked or
    // its account closed. Its last use is noted, once an hour at most.
    std::optional<ApiCaller> account_for_api_token(std::string_view token);

    // Removes ended sessions and sign-in failures too old to count.
    void tidy();

    // Administration from the command line, where whoever holds the database is trusted.
    domain::Result<domain::StaffAccount> add_account(NewAccount const& account);
    domain::Result<void> set_password(std::string const& username, std::string const& password);
    domain::Result<void> disable(std::string const& username);
    // A new token, printed once; it ends after `days` (at most domain::longest_token_days).
    domain::Result<std::string> create_api_token(std::string const& username, std::string const& label,
                                                 domain::TokenScope scope = domain::TokenScope::ReadWrite,
                                                 int days = domain::default_token_days);
    // Every token, or one account's: never the token itself, its reference.
    std::vector<domain::ApiTokenSummary> api_tokens(std::optional<std::string> const& username);
    // Revokes the token with this reference (`api_tokens`); not found when none or several fit.
    domain::Result<void> revoke_api_token(std::string const& reference);

  private:
    bool is_language(std::string_view language) const;

    UnitsOfWork m_units;
    std::vector<std::string> m_languages;
    AccountSettings m_settings;
    std::string m_decoy_hash; // verified against when the username is unknown
};

} // namespace tremplin::service

#pragma once

// Bearer tokens of the JSON API, found by the hash of the token.

#include "domain/api_token.hpp"
#include "domain/staff_account.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::store {

// A token found by its hash, with the account it acts as.
struct FoundToken {
    domain::StaffAccount account;
    domain::TokenScope scope = domain::TokenScope::ReadWrite;
    std::string created_at;
    std::string expires_at; // empty for a token made before tokens had an end date
    std::string last_used_at;
};

class ApiTokenRepository {
  public:
    explicit ApiTokenRepository(Connection& connection) : m_connection(connection) {}

    void insert(std::string const& token_hash, domain::StaffAccount const& account, std::string const& label,
                domain::TokenScope scope, std::string const& created_at, std::string const& expires_at);

    // The token and the account it acts for, unless the token was revoked.
    std::optional<FoundToken> find(std::string const& token_hash);
    void mark_used(std::string const& token_hash, std::string const& at);

    // Every token, or those of one account; the newest first.
    std::vector<domain::ApiTokenSummary> list(std::optional<std::string> const& username);
    // Revokes the one token still in use whose hash starts with `reference`, and gives the
    // account it acted as; nothing when none fits, or several (a reference too short).
    std::optional<domain::StaffAccount> revoke(std::string const& reference, std::string const& revoked_at);
    void revoke_all_of(long long staff_account_id, std::string const& revoked_at);

  private:
    Connection& m_connection;
};

} // namespace tremplin::store

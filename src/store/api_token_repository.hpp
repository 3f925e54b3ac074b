#pragma once

// Bearer tokens of the JSON API, found by the hash of the token.

#include "domain/staff_account.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>

namespace tremplin::store {

class ApiTokenRepository {
  public:
    explicit ApiTokenRepository(Connection& connection) : m_connection(connection) {}

    void insert(std::string const& token_hash, domain::StaffAccount const& account, std::string const& label,
                std::string const& created_at);

    // The account a token acts for, unless the token was revoked.
    std::optional<domain::StaffAccount> find_account(std::string const& token_hash);

    void revoke_all_of(long long staff_account_id, std::string const& revoked_at);

  private:
    Connection& m_connection;
};

} // namespace tremplin::store

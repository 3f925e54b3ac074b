#pragma once

// Signed-in browser sessions, found by the hash of the cookie's token.

#include "domain/staff_account.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>

namespace tremplin::store {

struct StoredSession {
    std::string token_hash;
    long long organisation_id = 0;
    long long staff_account_id = 0;
    std::string csrf_token;
    std::string created_at;
    std::string last_seen_at;
    std::string expires_at;
};

struct SessionWithAccount {
    StoredSession session;
    domain::StaffAccount account;
};

class SessionRepository {
  public:
    explicit SessionRepository(Connection& connection) : m_connection(connection) {}

    void insert(StoredSession const& session);
    std::optional<SessionWithAccount> find(std::string const& token_hash);
    void extend(std::string const& token_hash, std::string const& last_seen_at,
                std::string const& expires_at);
    void remove(std::string const& token_hash);
    void remove_all_of(long long staff_account_id);
    void remove_all_except(long long staff_account_id, std::string const& kept_token_hash);
    long long remove_expired(std::string const& now);

  private:
    Connection& m_connection;
};

} // namespace tremplin::store

#pragma once

// Failed sign-ins, kept in the database so that every server counts the same attempts.

#include "store/database.hpp"

#include <string>
#include <utility>
#include <vector>

namespace tremplin::store {

class LoginFailureRepository {
  public:
    explicit LoginFailureRepository(Connection& connection) : m_connection(connection) {}

    // `remote_address` is the network the attempt is counted as. Returns the row's id.
    long long record(std::string const& username, std::string const& remote_address,
                     std::string const& occurred_at);
    long long count_for_username_since(std::string const& username, std::string const& since);
    long long count_for_address_since(std::string const& remote_address, std::string const& since);
    long long count_for_pair_since(std::string const& username, std::string const& remote_address,
                                   std::string const& since);
    // When the account's latest failure happened; empty when it has none.
    std::string latest_for_username(std::string const& username);
    // Accounts with at least `threshold` failures since `since`, with their count, most first.
    std::vector<std::pair<std::string, long long>> usernames_with_at_least(long long threshold,
                                                                           std::string const& since);
    void forget(long long id);
    void forget_pair(std::string const& username, std::string const& remote_address);
    long long forget_before(std::string const& before);

  private:
    Connection& m_connection;
};

} // namespace tremplin::store

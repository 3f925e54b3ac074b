#pragma once

// Failed sign-ins, kept in the database so that every server counts the same attempts.

#include "store/database.hpp"

#include <string>

namespace tremplin::store {

class LoginFailureRepository {
  public:
    explicit LoginFailureRepository(Connection& connection) : m_connection(connection) {}

    void record(std::string const& username, std::string const& remote_address,
                std::string const& occurred_at);
    long long count_for_username_since(std::string const& username, std::string const& since);
    long long count_for_address_since(std::string const& remote_address, std::string const& since);
    void forget_username(std::string const& username);
    long long forget_before(std::string const& before);

  private:
    Connection& m_connection;
};

} // namespace tremplin::store

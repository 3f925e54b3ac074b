#pragma once

// Forms sent from the public pages, kept in the database so that every server counts the
// same submissions.

#include "store/database.hpp"

#include <string>

namespace tremplin::store {

class PublicSubmissionRepository {
  public:
    explicit PublicSubmissionRepository(Connection& connection) : m_connection(connection) {}

    void record(long long organisation_id, std::string const& form, std::string const& remote_address,
                std::string const& submitted_at);
    long long count_for_address_since(std::string const& remote_address, std::string const& since);

  private:
    Connection& m_connection;
};

} // namespace tremplin::store

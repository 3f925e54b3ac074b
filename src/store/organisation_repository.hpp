#pragma once

#include "domain/organisation.hpp"
#include "store/database.hpp"

#include <optional>
#include <vector>

namespace tremplin::store {

class OrganisationRepository {
  public:
    explicit OrganisationRepository(Connection& connection) : m_connection(connection) {}

    long long insert(domain::Organisation const& organisation, std::string const& created_at);
    std::optional<domain::Organisation> find(long long id);
    std::vector<domain::Organisation> all();
    void update_details(domain::Organisation const& organisation);
    int minimum_attendance_percent(long long id);

    // The register's version moves on with every change to a participant's record.
    long long register_version(long long id);
    void advance_register_version(long long id);

  private:
    Connection& m_connection;
};

} // namespace tremplin::store

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

private:
    Connection& m_connection;
};

}

#pragma once

// Intakes and the cohorts each one offers.

#include "domain/application.hpp"
#include "store/database.hpp"

#include <optional>
#include <vector>

namespace tremplin::store {

class IntakeRepository {
  public:
    explicit IntakeRepository(Connection& connection) : m_connection(connection) {}

    long long insert(domain::Intake const& intake, std::string const& now);
    void update(domain::Intake const& intake, std::string const& now);
    std::optional<domain::Intake> find(long long organisation_id, long long id);
    // Latest first.
    std::vector<domain::Intake> all(long long organisation_id);
    std::vector<domain::Intake> open_on(long long organisation_id, domain::Date day);

  private:
    void replace_cohorts(domain::Intake const& intake);
    struct Filter {
        std::optional<long long> id;
        std::optional<domain::Date> open_on;
    };
    std::vector<domain::Intake> read(long long organisation_id, Filter const& filter);

    Connection& m_connection;
};

} // namespace tremplin::store

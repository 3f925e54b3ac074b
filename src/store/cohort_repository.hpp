#pragma once

// Cohorts, the centre's closure days and its trainers.

#include "domain/calendar.hpp"
#include "domain/cohort.hpp"
#include "store/database.hpp"

#include <optional>
#include <vector>

namespace tremplin::store {

// A line of the cohort list.
struct CohortSummary {
    domain::Cohort cohort;
    std::string track_code;
    long long seats_taken = 0; // enrolments that hold a seat
};

class CohortRepository {
  public:
    explicit CohortRepository(Connection& connection) : m_connection(connection) {}

    long long insert(domain::Cohort const& cohort, std::string const& now);
    void update(domain::Cohort const& cohort, std::string const& now);
    std::optional<domain::Cohort> find(long long organisation_id, long long id);
    std::optional<domain::Cohort> find_by_calendar_token_hash(std::string const& token_hash);
    // Newest first; `running_on` set: only cohorts running that day.
    std::vector<CohortSummary> list(long long organisation_id, std::optional<domain::Date> running_on = {});
    long long seats_taken(long long cohort_id);

    void add_closure(domain::ClosureDay const& closure);
    void remove_closure(long long organisation_id, long long id);
    std::vector<domain::ClosureDay> closures(long long organisation_id, domain::Date from, domain::Date to);

  private:
    Connection& m_connection;
};

class TrainerRepository {
  public:
    explicit TrainerRepository(Connection& connection) : m_connection(connection) {}

    long long insert(domain::Trainer const& trainer, std::string const& now);
    void update(domain::Trainer const& trainer);
    std::optional<domain::Trainer> find(long long organisation_id, long long id);
    std::optional<domain::Trainer> find_by_account(long long organisation_id, long long staff_account_id);
    std::vector<domain::Trainer> all(long long organisation_id);

  private:
    Connection& m_connection;
};

} // namespace tremplin::store

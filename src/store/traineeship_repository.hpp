#pragma once

// Traineeships: a trainee's time in a partner enterprise, through her enrolment.

#include "domain/traineeship.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::store {

// A traineeship with the names a list shows.
struct TraineeshipView {
    domain::Traineeship traineeship;
    std::string first_name;
    std::string last_name;
    std::string partner_name;
    std::string tutor_name; // empty while none is named
};

class TraineeshipRepository {
  public:
    explicit TraineeshipRepository(Connection& connection) : m_connection(connection) {}

    long long insert(domain::Traineeship const& traineeship, std::string const& now);
    void update(domain::Traineeship const& traineeship, std::string const& now);
    std::optional<domain::Traineeship> find(long long organisation_id, long long id);
    // Hers, in every cohort, in date order.
    std::vector<domain::Traineeship> of_participant(long long organisation_id, long long participant_id);
    // Of a cohort's trainees, by name then date.
    std::vector<TraineeshipView> of_cohort(long long organisation_id, long long cohort_id);

  private:
    Connection& m_connection;
};

} // namespace tremplin::store

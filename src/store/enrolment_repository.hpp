#pragma once

// Enrolments: one per person per cohort, with the snapshot frozen on entry.

#include "domain/enrolment.hpp"
#include "domain/track.hpp"
#include "store/database.hpp"

#include <optional>
#include <vector>

namespace tremplin::store {

// An enrolment with the names a list shows.
struct EnrolmentView {
    domain::Enrolment enrolment;
    std::string first_name;
    std::string last_name;
    std::string cohort_name;
    domain::TranslatedText track_name;
};

class EnrolmentRepository {
  public:
    explicit EnrolmentRepository(Connection& connection) : m_connection(connection) {}

    long long insert(domain::Enrolment const& enrolment, std::string const& now);
    void update_stage(domain::Enrolment const& enrolment, std::string const& now);
    std::optional<domain::Enrolment> find(long long organisation_id, long long id);
    std::optional<domain::Enrolment> find_for(long long cohort_id, long long participant_id);

    std::optional<EnrolmentView> view(long long organisation_id, long long id);
    // Sorted by name.
    std::vector<EnrolmentView> of_cohort(long long organisation_id, long long cohort_id);
    // Newest first.
    std::vector<EnrolmentView> of_participant(long long organisation_id, long long participant_id);

  private:
    Connection& m_connection;
};

} // namespace tremplin::store

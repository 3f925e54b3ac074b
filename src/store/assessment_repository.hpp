#pragma once

// Module results (one current row per trainee per module), certification exams, and the tracks
// recommended after an orientation course.

#include "domain/assessment.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::store {

// The tracks recommended after an orientation enrolment, and the note written with them.
struct Recommendation {
    long long enrolment_id = 0;
    std::vector<long long> track_ids;
    std::vector<std::string> track_codes; // in the order of the ids, sorted by code
    std::string note;
    domain::Date recorded_on;
};

class AssessmentRepository {
  public:
    explicit AssessmentRepository(Connection& connection) : m_connection(connection) {}

    // The results of a module for the trainees of a cohort.
    std::vector<domain::ModuleResult> of_module(long long cohort_id, long long module_id);
    std::optional<domain::ModuleResult> find(long long enrolment_id, long long module_id);
    // Replaces her result for the module, if any.
    void replace(long long organisation_id, domain::ModuleResult const& result, long long recorded_by,
                 std::string const& now);
    // Ids of the modules she passed.
    std::vector<long long> modules_passed(long long enrolment_id);

    long long insert_exam(domain::CertificationExam const& exam, long long recorded_by,
                          std::string const& now);
    // Newest first.
    std::vector<domain::CertificationExam> exams_of(long long organisation_id, long long participant_id);

    // Replaces the tracks recommended after an orientation enrolment.
    void replace_recommendations(long long organisation_id, long long enrolment_id,
                                 std::vector<long long> const& track_ids, std::string const& note,
                                 domain::Date on, long long recorded_by);
    std::optional<Recommendation> recommendation(long long enrolment_id);
    // Of every enrolment of hers that has some.
    std::vector<Recommendation> recommendations_of(long long organisation_id, long long participant_id);
    // Her enrolments in cohorts of an orientation track.
    std::vector<long long> orientation_enrolments(long long organisation_id, long long participant_id);

  private:
    Connection& m_connection;
};

} // namespace tremplin::store

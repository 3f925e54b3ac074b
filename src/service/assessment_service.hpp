#pragma once

// Module results of a cohort's trainees: trainers and coordinators record them on one grid per
// module; a re-assessment replaces her result, and the audit trail keeps what it replaced.
// Certification exams are part of her record: those who edit records add them. At the end of an
// orientation course, coordinators record the tracks recommended to her, which admission reads.

#include "domain/assessment.hpp"
#include "domain/cohort.hpp"
#include "domain/track.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "service/unit_of_work.hpp"
#include "store/assessment_repository.hpp"
#include "store/database.hpp"
#include "store/enrolment_repository.hpp"

#include <map>
#include <vector>

namespace tremplin::service {

// A module of a cohort with its trainees and their current results.
// A trainee's enrolment, named (a read model of the store).
using EnrolmentView = store::EnrolmentView;

// What the reader may do with a grid of results: record them.
struct ResultsMay {
    bool record = false;
};

struct ResultsGrid {
    domain::Cohort cohort;
    domain::Module module;
    std::vector<domain::Module> modules; // of the cohort's version
    std::vector<store::EnrolmentView> trainees;
    std::map<long long, domain::ModuleResult> results; // by enrolment id
    ResultsMay may;
};

// The recommendation form of an orientation enrolment: the tracks she may be recommended (the
// centre's active tracks other than orientation ones) and what was recorded, if anything.
struct RecommendationForm {
    store::EnrolmentView enrolment;
    std::vector<domain::Track> tracks;
    std::optional<store::Recommendation> current;
};

class AssessmentService {
  public:
    AssessmentService(store::Database& database, Clock const& clock) : m_units(database, clock) {}

    // `module_id` 0: the first module of the cohort's version.
    domain::Result<ResultsGrid> grid(Actor const& actor, long long cohort_id, long long module_id);
    // Saves every row or none; assessed today unless a row says otherwise. A trainer saves the
    // results of the cohorts where she teaches at least one lesson.
    domain::Result<void> save_results(Actor const& actor, long long cohort_id, long long module_id,
                                      std::vector<domain::ModuleResult> results);

    domain::Result<std::vector<domain::CertificationExam>> exams_of(Actor const& actor,
                                                                    long long participant_id);
    // Whether she may record an exam: the refusal `add_exam` would give, before the form is shown.
    domain::Result<void> may_add_exam(Actor const& actor) const;
    // Returns the new exam's id. An enrolment, when given, must be hers.
    domain::Result<long long> add_exam(Actor const& actor, domain::CertificationExam exam);

    domain::Result<RecommendationForm> recommendation_form(Actor const& actor, long long enrolment_id);
    // Replaces the tracks recommended after her orientation; at least one.
    domain::Result<void> recommend(Actor const& actor, long long enrolment_id,
                                   std::vector<long long> track_ids, std::string note);
    // Of her enrolments: those with recommendations, and those in an orientation course.
    domain::Result<std::vector<store::Recommendation>> recommendations_of(Actor const& actor,
                                                                          long long participant_id);
    domain::Result<std::vector<long long>> orientation_enrolments(Actor const& actor,
                                                                  long long participant_id);

  private:
    UnitsOfWork m_units;
};

} // namespace tremplin::service

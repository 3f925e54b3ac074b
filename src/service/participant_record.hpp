#pragma once

// A woman's record as her page shows it, read in one unit of work: her details, the timeline,
// her training, exams, applications and information sessions. What the reader's role may not
// see comes back empty by rule, and the record says so (`sees`), with what she may do there
// (`may`): the page decides nothing about roles, and no failure is swallowed on the way.

#include "domain/participant.hpp"
#include "domain/timeline.hpp"
#include "store/application_repository.hpp"
#include "store/assessment_repository.hpp"
#include "store/enrolment_repository.hpp"
#include "store/information_session_repository.hpp"
#include "store/possible_match_repository.hpp"

#include <vector>

namespace tremplin::service {

// The tracks recommended to her after an orientation course, as the store reads them.
using Recommendation = store::Recommendation;

struct ParticipantRecord {
    domain::Participant participant;
    std::vector<domain::TimelineEntry> timeline;
    std::vector<store::EnrolmentView> enrolments;
    std::vector<long long> orientation_enrolments; // those after which tracks may be recommended
    std::vector<store::Recommendation> recommendations;
    std::vector<domain::CertificationExam> exams;
    std::vector<store::ApplicationSummary> applications;
    std::vector<store::ParticipantSession> sessions;
    // Open possible matches with another record (docs/design.md "Public forms"), for those
    // who may edit.
    std::vector<store::PossibleMatchView> possible_matches;

    struct Sections {
        bool information_sessions = false; // those who run the sessions see who registered
    } sees;

    struct Actions {
        bool edit = false;      // her details, notes, exams
        bool enrol = false;     // in a cohort, and change an enrolment's stage
        bool recommend = false; // tracks after an orientation course
    } may;
};

} // namespace tremplin::service

#pragma once

// The services of training delivery, built together: they share the database and the clock.

#include "service/assessment_service.hpp"
#include "service/attendance_service.hpp"
#include "service/catalogue_service.hpp"
#include "service/cohort_service.hpp"
#include "service/document_service.hpp"
#include "service/enrolment_service.hpp"

namespace tremplin::service {

struct Training {
    Training(store::Database& database, Clock const& clock)
        : catalogue(database, clock), cohorts(database, clock), enrolments(database, clock),
          attendance(database, clock), assessments(database, clock), documents(database, clock)
    {
    }

    CatalogueService catalogue;
    CohortService cohorts;
    EnrolmentService enrolments;
    AttendanceService attendance;
    AssessmentService assessments;
    DocumentService documents;
};

} // namespace tremplin::service

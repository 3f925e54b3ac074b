#pragma once

// Each group of pages adds its routes; Application calls them all at start.

#include "web/http.hpp"
#include "web/router.hpp"

namespace tremplin::web {

struct Services;

// A route handler that calls `handler(Context&, Services&)` with the application's services; the
// handler returns a Response or a Result<Response>.
template <class Handler> RouteHandler with_services(Services& services, Handler handler)
{
    return [&services, handler](Context& context) -> domain::Result<Response> {
        return handler(context, services);
    };
}

void add_system_routes(Router& router, Services& services);     // health, static assets
void add_session_pages(Router& router, Services& services);     // sign in and out, language, home
void add_participant_pages(Router& router, Services& services); // the participant register
void add_audit_pages(Router& router, Services& services);       // the audit trail
void add_account_pages(Router& router, Services& services);     // staff accounts and passwords
void add_orientation_pages(Router& router, Services& services); // tracks recommended after orientation
void add_exam_pages(Router& router, Services& services);        // certification exams, from her record
void add_results_pages(Router& router, Services& services);     // module results of a cohort
void add_attendance_pages(Router& router, Services& services);  // lessons of the day, attendance sheets
void add_cohort_pages(Router& router, Services& services);      // cohorts, schedule, enrolments
void add_enrolment_pages(Router& router, Services& services);   // enrol, change an enrolment's stage
void add_schedule_pages(Router& router, Services& services);    // timetables and single lessons
void add_hours_pages(Router& router, Services& services);       // training hours and parity of a year
void add_document_routes(Router& router, Services& services);   // attestations, statements, calendars
void add_catalogue_pages(Router& router, Services& services);   // courses, modules, trainers, closure days
void add_apply_pages(Router& router, Services& services);       // the public application form
void add_application_pages(Router& router, Services& services); // intakes and the pipeline of applications
void add_admission_pages(Router& router, Services& services);   // an intake's admission: draw its seats
void add_admission_round_pages(Router& router,
                               Services& services);          // a round's result, confirm, decline, re-run
void add_priority_pages(Router& router, Services& services); // priority criteria, tiers, aptitude tests
void add_info_pages(Router& router, Services& services);     // information sessions, public
void add_information_session_pages(Router& router, Services& services); // information sessions, for staff
void add_participants_api(Router& router, Services& services);          // /api/v1/participants

} // namespace tremplin::web

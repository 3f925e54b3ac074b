#pragma once

// The address of each resource, built in one place: pages link to them, forms post to them and
// handlers redirect to them. The route table (route_table.cpp) holds the same paths as patterns.
// A query string ("?notice=created") or a fragment ("#timeline") may be appended to them.

#include <string>
#include <string_view>

namespace tremplin::web::paths {

std::string participant(long long id);
std::string participant_edit(long long id);
std::string participant_timeline(long long id);
std::string participant_new_exam(long long id);
std::string participant_exams(long long id);
std::string participant_enrol(long long id);
std::string participant_enrolments(long long id);

std::string possible_matches();
std::string possible_match(long long id);
std::string possible_match_merge(long long id);
std::string possible_match_keep_apart(long long id);

std::string enrolment_stage(long long id);
std::string enrolment_recommendations(long long id);
std::string enrolment_attestation(long long id);

std::string cohort(long long id);
std::string cohort_edit(long long id);
std::string cohort_calendar_link(long long id);
std::string cohort_schedule(long long id);
std::string cohort_results(long long id);
std::string cohort_results(long long id, long long module_id);
std::string cohort_statement_xlsx(long long id);
std::string cohort_statement_csv(long long id);
std::string cohort_register(long long id);
// The cohort's placement round, or one of its forms: `part` is "/wishes", "/run", "/match.json"…
std::string cohort_placement(long long id, std::string_view part = "");
std::string calendar(std::string_view token);

std::string lesson(long long id);
std::string lesson_edit(long long id);
std::string lesson_attendance(long long id);
std::string lesson_attendance_csv(long long id);
std::string lesson_attendance_imports(long long id);

std::string track(long long id);
std::string track_edit(long long id);
std::string track_modules(long long id);
std::string trainer(long long id);
std::string trainer_edit(long long id);
std::string closure_removal(long long id);

std::string partner(long long id);
std::string partner_edit(long long id);
std::string partner_contacts(long long id);
std::string partner_contact(long long id, long long contact_id);
std::string partner_contact_edit(long long id, long long contact_id);
std::string partner_contact_removal(long long id, long long contact_id);
std::string partner_events(long long id);
std::string partner_new_offer(long long id);

std::string offers();
std::string offer(long long id);
std::string offer_edit(long long id);
std::string offer_status(long long id);
std::string offer_link(long long id);
// The enterprise's link: its secret in the path.
std::string offer_check(std::string_view token);

std::string cohort_traineeships(long long cohort_id);
std::string cohort_new_traineeship(long long cohort_id);
std::string traineeship(long long id);
std::string traineeship_status(long long id);
std::string traineeship_signatures(long long id);
std::string traineeship_hired(long long id);
std::string traineeship_agreement(long long id);
std::string traineeship_evaluations(long long traineeship_id);
std::string traineeship_evaluation_link(long long traineeship_id);
std::string evaluations_due();
// The tutor's link: its secret in the path.
std::string evaluation_form(std::string_view token);

std::string account_access(long long id);
std::string account_password(long long id);
std::string account_special_categories(long long id);

std::string info_session(long long id); // the public registration form
std::string info_registration(std::string_view token);
std::string information_session(long long id);
std::string information_session_edit(long long id);
std::string information_session_attendance(long long id);
std::string information_session_registrations(long long id);
std::string registration_cancellation(long long session_id, long long registration_id);

std::string application_form(std::string_view token, std::string_view question);
std::string application_form_check(std::string_view token);
std::string application_form_sent(std::string_view token);

std::string intake(long long id);
std::string intake_edit(long long id);
std::string intake_admission(long long id);
std::string application(long long id);
std::string application_moves();
std::string application_aptitude_scores(long long id);
std::string application_priority_proofs(long long id);
std::string outbox_letter(long long id);
std::string outbox_letter_sent(long long id);

std::string admission_round(long long id);
std::string round_confirmation(long long id);
std::string round_declines(long long id);
std::string round_match_input(long long id);
std::string round_reruns(long long id);

std::string api_participant(long long id);

} // namespace tremplin::web::paths

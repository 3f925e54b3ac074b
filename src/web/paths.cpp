#include "web/paths.hpp"

namespace tremplin::web::paths {

namespace {

std::string under(std::string_view collection, long long id, std::string_view rest = {})
{
    std::string path(collection);
    path += '/';
    path += std::to_string(id);
    path += rest;
    return path;
}

std::string under(std::string_view collection, std::string_view token, std::string_view rest = {})
{
    std::string path(collection);
    path += '/';
    path += token;
    path += rest;
    return path;
}

} // namespace

std::string participant(long long id)
{
    return under("/participants", id);
}
std::string participant_edit(long long id)
{
    return under("/participants", id, "/edit");
}
std::string participant_timeline(long long id)
{
    return under("/participants", id, "/timeline");
}
std::string participant_new_exam(long long id)
{
    return under("/participants", id, "/exams/new");
}
std::string participant_exams(long long id)
{
    return under("/participants", id, "/exams");
}
std::string participant_enrol(long long id)
{
    return under("/participants", id, "/enrol");
}
std::string participant_enrolments(long long id)
{
    return under("/participants", id, "/enrolments");
}

std::string possible_matches()
{
    return "/possible-matches";
}
std::string possible_match(long long id)
{
    return under("/possible-matches", id);
}
std::string possible_match_merge(long long id)
{
    return under("/possible-matches", id, "/merge");
}
std::string possible_match_keep_apart(long long id)
{
    return under("/possible-matches", id, "/keep-apart");
}

std::string enrolment_stage(long long id)
{
    return under("/enrolments", id, "/stage");
}
std::string enrolment_recommendations(long long id)
{
    return under("/enrolments", id, "/recommendations");
}
std::string enrolment_attestation(long long id)
{
    return under("/enrolments", id, "/attestation.pdf");
}

std::string cohort(long long id)
{
    return under("/cohorts", id);
}
std::string cohort_edit(long long id)
{
    return under("/cohorts", id, "/edit");
}
std::string cohort_calendar_link(long long id)
{
    return under("/cohorts", id, "/calendar-link");
}
std::string cohort_schedule(long long id)
{
    return under("/cohorts", id, "/schedule");
}
std::string cohort_results(long long id)
{
    return under("/cohorts", id, "/results");
}
std::string cohort_results(long long id, long long module_id)
{
    return cohort_results(id) + "?module=" + std::to_string(module_id);
}
std::string cohort_statement_xlsx(long long id)
{
    return under("/cohorts", id, "/statement.xlsx");
}
std::string cohort_statement_csv(long long id)
{
    return under("/cohorts", id, "/statement.csv");
}
std::string cohort_register(long long id)
{
    return under("/cohorts", id, "/register.xlsx");
}
std::string cohort_placement(long long id, std::string_view part)
{
    return under("/cohorts", id, "/placement" + std::string(part));
}
std::string calendar(std::string_view token)
{
    return under("/calendar", token, ".ics");
}

std::string lesson(long long id)
{
    return under("/lessons", id);
}
std::string lesson_edit(long long id)
{
    return under("/lessons", id, "/edit");
}
std::string lesson_attendance(long long id)
{
    return under("/lessons", id, "/attendance");
}
std::string lesson_attendance_csv(long long id)
{
    return under("/lessons", id, "/attendance.csv");
}
std::string lesson_attendance_imports(long long id)
{
    return under("/lessons", id, "/attendance/imports");
}

std::string track(long long id)
{
    return under("/tracks", id);
}
std::string track_edit(long long id)
{
    return under("/tracks", id, "/edit");
}
std::string track_modules(long long id)
{
    return under("/tracks", id, "/modules");
}
std::string partner(long long id)
{
    return under("/partners", id);
}

std::string partner_edit(long long id)
{
    return under("/partners", id, "/edit");
}

std::string partner_contacts(long long id)
{
    return under("/partners", id, "/contacts");
}

std::string partner_contact(long long id, long long contact_id)
{
    return partner_contacts(id) + "/" + std::to_string(contact_id);
}

std::string partner_contact_edit(long long id, long long contact_id)
{
    return partner_contact(id, contact_id) + "/edit";
}

std::string partner_contact_removal(long long id, long long contact_id)
{
    return partner_contact(id, contact_id) + "/removal";
}

std::string partner_events(long long id)
{
    return under("/partners", id, "/events");
}

std::string partner_new_offer(long long id)
{
    return under("/partners", id, "/offers/new");
}

std::string offers()
{
    return "/offers";
}

std::string offer(long long id)
{
    return under("/offers", id);
}

std::string offer_edit(long long id)
{
    return under("/offers", id, "/edit");
}

std::string offer_status(long long id)
{
    return under("/offers", id, "/status");
}

std::string offer_link(long long id)
{
    return under("/offers", id, "/link");
}

std::string offer_check(std::string_view token)
{
    return under("/offer-check", token);
}

std::string cohort_traineeships(long long cohort_id)
{
    return under("/cohorts", cohort_id, "/traineeships");
}

std::string cohort_new_traineeship(long long cohort_id)
{
    return under("/cohorts", cohort_id, "/traineeships/new");
}

std::string traineeship(long long id)
{
    return under("/traineeships", id);
}

std::string traineeship_status(long long id)
{
    return under("/traineeships", id, "/status");
}

std::string traineeship_signatures(long long id)
{
    return under("/traineeships", id, "/signatures");
}

std::string traineeship_hired(long long id)
{
    return under("/traineeships", id, "/hired");
}

std::string traineeship_agreement(long long id)
{
    return under("/traineeships", id, "/agreement.pdf");
}

std::string traineeship_evaluations(long long traineeship_id)
{
    return under("/traineeships", traineeship_id, "/evaluations");
}

std::string traineeship_evaluation_link(long long traineeship_id)
{
    return under("/traineeships", traineeship_id, "/evaluations/link");
}

std::string evaluations_due()
{
    return "/evaluations";
}

std::string evaluation_form(std::string_view token)
{
    return under("/evaluation", token);
}

std::string trainer(long long id)
{
    return under("/trainers", id);
}
std::string trainer_edit(long long id)
{
    return under("/trainers", id, "/edit");
}
std::string closure_removal(long long id)
{
    return under("/closures", id, "/removal");
}

std::string account_access(long long id)
{
    return under("/accounts", id, "/access");
}
std::string account_password(long long id)
{
    return under("/accounts", id, "/password");
}
std::string account_special_categories(long long id)
{
    return under("/accounts", id, "/special-categories");
}

std::string info_session(long long id)
{
    return under("/info", id);
}
std::string info_registration(std::string_view token)
{
    return under("/info/registrations", token);
}
std::string information_session(long long id)
{
    return under("/information-sessions", id);
}
std::string information_session_edit(long long id)
{
    return under("/information-sessions", id, "/edit");
}
std::string information_session_attendance(long long id)
{
    return under("/information-sessions", id, "/attendance");
}
std::string information_session_registrations(long long id)
{
    return under("/information-sessions", id, "/registrations");
}
std::string registration_cancellation(long long session_id, long long registration_id)
{
    return under(information_session_registrations(session_id), registration_id, "/cancellation");
}

std::string application_form(std::string_view token, std::string_view question)
{
    return under("/apply", token, "/" + std::string(question));
}
std::string application_form_check(std::string_view token)
{
    return under("/apply", token, "/check");
}
std::string application_form_sent(std::string_view token)
{
    return under("/apply", token, "/sent");
}

std::string intake(long long id)
{
    return under("/intakes", id);
}
std::string intake_edit(long long id)
{
    return under("/intakes", id, "/edit");
}
std::string intake_admission(long long id)
{
    return under("/intakes", id, "/admission");
}
std::string application(long long id)
{
    return under("/applications", id);
}
std::string application_moves()
{
    return "/applications/moves";
}
std::string application_aptitude_scores(long long id)
{
    return under("/applications", id, "/aptitude-scores");
}
std::string application_priority_proofs(long long id)
{
    return under("/applications", id, "/priority-proofs");
}
std::string outbox_letter(long long id)
{
    return under("/outbox", id);
}
std::string outbox_letter_sent(long long id)
{
    return under("/outbox", id, "/sent");
}

std::string admission_round(long long id)
{
    return under("/admission-rounds", id);
}
std::string round_confirmation(long long id)
{
    return under("/admission-rounds", id, "/confirmation");
}
std::string round_declines(long long id)
{
    return under("/admission-rounds", id, "/declines");
}
std::string round_match_input(long long id)
{
    return under("/admission-rounds", id, "/match-input.json");
}
std::string round_reruns(long long id)
{
    return under("/admission-rounds", id, "/reruns");
}

std::string api_participant(long long id)
{
    return under("/api/v1/participants", id);
}

} // namespace tremplin::web::paths

// Every route of the application, one a line: method, path, who may reach it, handler (and, for a
// file, how large a body it takes); grouped by resource. The router tries them in this order, so a fixed
// segment ("/participants/new") comes before the value it would otherwise be read as ("/participants/{id}").

#include "web/route_table.hpp"

#include "web/api/participants_api.hpp"
#include "web/api/partners_api.hpp"
#include "web/api/problem.hpp"
#include "web/api/traineeships_api.hpp"
#include "web/application.hpp"
#include "web/pages/account_pages.hpp"
#include "web/pages/admission_pages.hpp"
#include "web/pages/application_pages.hpp"
#include "web/pages/apply_pages.hpp"
#include "web/pages/attendance_pages.hpp"
#include "web/pages/audit_pages.hpp"
#include "web/pages/catalogue_pages.hpp"
#include "web/pages/cohort_pages.hpp"
#include "web/pages/document_routes.hpp"
#include "web/pages/enrolment_pages.hpp"
#include "web/pages/evaluation_pages.hpp"
#include "web/pages/exam_pages.hpp"
#include "web/pages/hours_pages.hpp"
#include "web/pages/info_pages.hpp"
#include "web/pages/information_session_pages.hpp"
#include "web/pages/offer_check_pages.hpp"
#include "web/pages/offer_pages.hpp"
#include "web/pages/orientation_pages.hpp"
#include "web/pages/participant_pages.hpp"
#include "web/pages/partner_pages.hpp"
#include "web/pages/placement_pages.hpp"
#include "web/pages/priority_pages.hpp"
#include "web/pages/results_pages.hpp"
#include "web/pages/schedule_pages.hpp"
#include "web/pages/session_pages.hpp"
#include "web/pages/system_routes.hpp"
#include "web/pages/traineeship_pages.hpp"

#include <optional>
#include <string>
#include <type_traits>

namespace tremplin::web {

namespace {

// A handler reads the request's context, and most also the application's services.
template <class Handler> domain::Result<Response> call(Handler handler, Context& context, Services& services)
{
    if constexpr (std::is_invocable_v<Handler, Context&>)
        return handler(context);
    else
        return handler(context, services);
}

template <class Handler> RouteHandler with_services(Services& services, Handler handler)
{
    return [&services, handler](Context& context) { return call(handler, context, services); };
}

// An API handler is reached only with a valid token: without one, a 401 problem document.
template <class Handler> RouteHandler authenticated(Services& services, Handler handler)
{
    return [&services, handler](Context& context) -> domain::Result<Response> {
        if (!context.actor)
            return api_problem(context, 401, context.text("api.token_required"));
        return call(handler, context, services);
    };
}

// An address that moved: 308 sends the request on to the new one, method and body kept, with
// its values ({id}) and query string. It checks nothing itself: the new address does.
RouteHandler moved_to(std::string pattern)
{
    return [pattern = std::move(pattern)](Context& context) -> domain::Result<Response> {
        std::string location;
        std::size_t value = 0;
        for (std::size_t i = 0; i < pattern.size(); ++i) {
            if (pattern[i] != '{') {
                location += pattern[i];
                continue;
            }
            location += context.route_values.at(value++);
            i = pattern.find('}', i);
        }
        if (auto const query = context.request.query(); !query.empty())
            location += "?" + std::string(query);
        return Response::redirect(std::move(location), 308);
    };
}

} // namespace

void add_routes(Router& router, Services& services)
{
    using enum Access;
    using namespace pages;
    // A route's body is a form's, or an API document's on /api; `Body::Import` marks a file's.
    auto const add = [&](std::string_view method, std::string_view path, Access access, auto handler,
                         std::optional<Body> body = std::nullopt) {
        router.add(method, path, access,
                   access == Api ? authenticated(services, handler) : with_services(services, handler), body);
    };

    // Aligned in columns, to be read down as a table.
    // clang-format off
    add("GET",   "/healthz",                Open, system::health);
    add("GET",   "/static/{file}",          Open, system::asset);
    add("GET",   "/static/{folder}/{file}", Open, system::asset);

    add("GET",   "/login",    Public,   sessions::show_sign_in);
    add("POST",  "/login",    Public,   sessions::sign_in);
    add("POST",  "/logout",   SignedIn, sessions::sign_out);
    add("POST",  "/language", Public,   sessions::choose_language);
    add("GET",   "/",         SignedIn, sessions::home);

    add("GET",   "/participants",                 SignedIn, participants::participant_list);
    add("GET",   "/participants/new",             SignedIn, participants::new_participant_form);
    add("POST",  "/participants",                 SignedIn, participants::create_participant);
    add("GET",   "/participants/{id}",            SignedIn, participants::show_participant);
    add("GET",   "/participants/{id}/edit",       SignedIn, participants::edit_participant_form);
    add("POST",  "/participants/{id}",            SignedIn, participants::update_participant);
    add("POST",  "/participants/{id}/timeline",   SignedIn, participants::add_to_timeline);
    add("GET",   "/participants/{id}/exams/new",  SignedIn, exams::show_new_exam);
    add("POST",  "/participants/{id}/exams",      SignedIn, exams::add_exam);
    add("GET",   "/participants/{id}/enrol",      SignedIn, enrolments::show_enrol);
    add("POST",  "/participants/{id}/enrolments", SignedIn, enrolments::enrol);

    add("GET",   "/possible-matches",                 SignedIn, participants::possible_match_list);
    add("GET",   "/possible-matches/{id}",            SignedIn, participants::show_possible_match);
    add("POST",  "/possible-matches/{id}/merge",      SignedIn, participants::merge_possible_match);
    add("POST",  "/possible-matches/{id}/keep-apart", SignedIn, participants::keep_apart);

    add("GET",   "/enrolments/{id}/stage",           SignedIn, enrolments::show_stage);
    add("POST",  "/enrolments/{id}/stage",           SignedIn, enrolments::change_stage);
    add("GET",   "/enrolments/{id}/recommendations", SignedIn, orientation::show_recommendations);
    add("POST",  "/enrolments/{id}/recommendations", SignedIn, orientation::save_recommendations);
    add("GET",   "/enrolments/{id}/attestation.pdf", SignedIn, documents::attestation);

    add("GET",   "/cohorts",                     SignedIn, cohorts::cohort_list);
    add("GET",   "/cohorts/new",                 SignedIn, cohorts::show_new_cohort);
    add("POST",  "/cohorts",                     SignedIn, cohorts::create_cohort);
    add("GET",   "/cohorts/{id}",                SignedIn, cohorts::show_cohort);
    add("GET",   "/cohorts/{id}/edit",           SignedIn, cohorts::show_edit_cohort);
    add("POST",  "/cohorts/{id}",                SignedIn, cohorts::update_cohort);
    add("POST",  "/cohorts/{id}/calendar-link",  SignedIn, cohorts::renew_calendar_link);
    add("GET",   "/cohorts/{id}/results",        SignedIn, results::show_results);
    add("POST",  "/cohorts/{id}/results",        SignedIn, results::save_results);
    add("GET",   "/cohorts/{id}/statement.xlsx", SignedIn, documents::statement_xlsx);
    add("GET",   "/cohorts/{id}/statement.csv",  SignedIn, documents::statement_csv);
    add("GET",   "/cohorts/{id}/register.xlsx",  SignedIn, documents::attendance_register);
    add("GET",   "/cohorts/{id}/schedule",       SignedIn, schedule::show_schedule);
    add("POST",  "/cohorts/{id}/schedule",       SignedIn, schedule::generate_schedule);

    add("GET",   "/cohorts/{id}/placement",              SignedIn, placement::show_round);
    add("POST",  "/cohorts/{id}/placement",              SignedIn, placement::open_round);
    add("GET",   "/cohorts/{id}/placement/match.json",   SignedIn, placement::match_input);
    add("POST",  "/cohorts/{id}/placement/wishes",       SignedIn, placement::save_wishes);
    add("POST",  "/cohorts/{id}/placement/views",        SignedIn, placement::save_host_views);
    add("POST",  "/cohorts/{id}/placement/run",          SignedIn, placement::run_round);
    add("POST",  "/cohorts/{id}/placement/adjustments",  SignedIn, placement::adjust_result);
    add("POST",  "/cohorts/{id}/placement/confirmation", SignedIn, placement::confirm_round);

    add("GET",   "/lessons",                         SignedIn, attendance::lessons_of_day);
    add("GET",   "/lessons/{id}/attendance",         SignedIn, attendance::show_sheet);
    add("POST",  "/lessons/{id}/attendance",         SignedIn, attendance::save_sheet);
    add("GET",   "/lessons/{id}/attendance.csv",     SignedIn, attendance::sheet_csv);
    add("POST",  "/lessons/{id}/attendance/imports", SignedIn, attendance::import_sheet, Body::Import);
    add("GET",   "/lessons/{id}/edit",               SignedIn, schedule::show_lesson_form);
    add("POST",  "/lessons/{id}",                    SignedIn, schedule::save_lesson);

    add("GET",   "/calendar/{token}", Open, documents::calendar);

    add("GET",   "/training-hours", SignedIn, hours::training_hours);

    add("GET",   "/tracks",              SignedIn, catalogue::track_list);
    add("GET",   "/tracks/new",          SignedIn, catalogue::new_track_form);
    add("POST",  "/tracks",              SignedIn, catalogue::create_track);
    add("GET",   "/tracks/{id}",         SignedIn, catalogue::show_track);
    add("GET",   "/tracks/{id}/edit",    SignedIn, catalogue::edit_track_form);
    add("POST",  "/tracks/{id}",         SignedIn, catalogue::update_track);
    add("GET",   "/tracks/{id}/modules", SignedIn, catalogue::modules_form);
    add("POST",  "/tracks/{id}/modules", SignedIn, catalogue::save_modules);

    add("GET",   "/trainers",           SignedIn, catalogue::trainer_list);
    add("GET",   "/trainers/new",       SignedIn, catalogue::new_trainer_form);
    add("POST",  "/trainers",           SignedIn, catalogue::create_trainer);
    add("GET",   "/trainers/{id}/edit", SignedIn, catalogue::edit_trainer_form);
    add("POST",  "/trainers/{id}",      SignedIn, catalogue::update_trainer);

    add("GET",   "/closures",              SignedIn, catalogue::closure_list);
    add("POST",  "/closures",              SignedIn, catalogue::add_closure);
    add("POST",  "/closures/{id}/removal", SignedIn, catalogue::remove_closure);

    add("GET",   "/accounts",                         SignedIn, accounts::accounts_page);
    add("GET",   "/accounts/new",                     SignedIn, accounts::show_new_account);
    add("POST",  "/accounts",                         SignedIn, accounts::create_account);
    add("POST",  "/accounts/{id}/access",             SignedIn, accounts::change_access);
    add("POST",  "/accounts/{id}/special-categories", SignedIn, accounts::change_special_categories);
    add("GET",   "/accounts/{id}/password",           SignedIn, accounts::show_colleague_password);
    add("POST",  "/accounts/{id}/password",           SignedIn, accounts::reset_colleague_password);
    add("GET",   "/account/password",                 SignedIn, accounts::show_own_password);
    add("POST",  "/account/password",                 SignedIn, accounts::change_own_password);

    add("GET",   "/audit", SignedIn, audit::audit_page);

    add("GET",   "/info",                       Public, info::session_list);
    add("GET",   "/info/registrations/{token}", Public, info::show_confirmation);
    add("GET",   "/info/{id}",                  Public, info::show_form);
    add("POST",  "/info/{id}",                  Public, info::register_for_session);

    add("GET",   "/partners",                                     SignedIn, partners::partner_list);
    add("GET",   "/partners/new",                                 SignedIn, partners::new_partner);
    add("POST",  "/partners",                                     SignedIn, partners::create_partner);
    add("GET",   "/partners/{id}",                                SignedIn, partners::show_partner);
    add("GET",   "/partners/{id}/edit",                           SignedIn, partners::edit_partner);
    add("POST",  "/partners/{id}",                                SignedIn, partners::update_partner);
    add("POST",  "/partners/{id}/contacts",                       SignedIn, partners::add_contact);
    add("GET",   "/partners/{id}/contacts/{contact}/edit",        SignedIn, partners::edit_contact);
    add("POST",  "/partners/{id}/contacts/{contact}",             SignedIn, partners::update_contact);
    add("POST",  "/partners/{id}/contacts/{contact}/removal",     SignedIn, partners::remove_contact);
    add("POST",  "/partners/{id}/events",                         SignedIn, partners::add_event);
    add("GET",   "/partners/{id}/offers/new",                     SignedIn, offers::new_offer);
    add("POST",  "/partners/{id}/offers/new",                     SignedIn, offers::create_offer);

    add("GET",   "/offers",             SignedIn, offers::offer_list);
    add("GET",   "/offers/{id}",        SignedIn, offers::show_offer);
    add("GET",   "/offers/{id}/edit",   SignedIn, offers::edit_offer);
    add("POST",  "/offers/{id}",        SignedIn, offers::update_offer);
    add("POST",  "/offers/{id}/status", SignedIn, offers::change_status);
    add("POST",  "/offers/{id}/link",   SignedIn, offers::make_link);

    add("GET",   "/cohorts/{id}/traineeships",     SignedIn, traineeships::cohort_board);
    add("GET",   "/cohorts/{id}/traineeships/new", SignedIn, traineeships::new_traineeship);
    add("POST",  "/cohorts/{id}/traineeships",     SignedIn, traineeships::record_traineeship);
    add("GET",   "/traineeships/{id}",               SignedIn, traineeships::show_traineeship);
    add("POST",  "/traineeships/{id}/status",        SignedIn, traineeships::change_status);
    add("POST",  "/traineeships/{id}/signatures",    SignedIn, traineeships::record_signature);
    add("POST",  "/traineeships/{id}/hired",         SignedIn, traineeships::record_hired);
    add("GET",   "/traineeships/{id}/agreement.pdf", SignedIn, documents::traineeship_agreement);

    add("GET",   "/offer-check/{token}", Public, offer_check::show_offer_check);
    add("POST",  "/offer-check/{token}", Public, offer_check::answer_offer_check);

    add("GET",   "/evaluations",                           SignedIn, evaluations::due_list);
    add("GET",   "/traineeships/{id}/evaluations",         SignedIn, evaluations::show_evaluations);
    add("POST",  "/traineeships/{id}/evaluations/link",    SignedIn, evaluations::make_link);

    add("GET",   "/evaluation/{token}", Public, evaluations::show_form);
    add("POST",  "/evaluation/{token}", Public, evaluations::answer_form);

    add("GET",   "/information-sessions",                                                SignedIn, information_sessions::session_list);
    add("GET",   "/information-sessions/new",                                            SignedIn, information_sessions::new_session);
    add("POST",  "/information-sessions",                                                SignedIn, information_sessions::create_session);
    add("GET",   "/information-sessions/{id}/edit",                                      SignedIn, information_sessions::edit_session);
    add("POST",  "/information-sessions/{id}/attendance",                                SignedIn, information_sessions::mark_attendance);
    add("POST",  "/information-sessions/{id}/registrations",                             SignedIn, information_sessions::register_participant);
    add("POST",  "/information-sessions/{id}/registrations/{registration}/cancellation", SignedIn, information_sessions::cancel_registration);
    add("GET",   "/information-sessions/{id}",                                           SignedIn, information_sessions::show_session);
    add("POST",  "/information-sessions/{id}",                                           SignedIn, information_sessions::update_session);

    add("GET",   "/apply",                    Public, apply::show_start);
    add("POST",  "/apply",                    Public, apply::start);
    add("GET",   "/apply/{token}/check",      Public, apply::show_check);
    add("POST",  "/apply/{token}/check",      Public, apply::send);
    add("GET",   "/apply/{token}/sent",       Public, apply::show_sent);
    add("GET",   "/apply/{token}/{question}", Public, apply::show_question);
    add("POST",  "/apply/{token}/{question}", Public, apply::answer);

    add("GET",   "/intakes",                SignedIn, recruitment::intake_list);
    add("GET",   "/intakes/new",            SignedIn, recruitment::new_intake);
    add("POST",  "/intakes",                SignedIn, recruitment::create_intake);
    add("GET",   "/intakes/{id}/edit",      SignedIn, recruitment::edit_intake);
    add("POST",  "/intakes/{id}",           SignedIn, recruitment::update_intake);
    add("GET",   "/intakes/{id}/admission", SignedIn, admission::admission_page);
    add("POST",  "/intakes/{id}/admission", SignedIn, admission::draw_round);

    add("GET",   "/applications",                      SignedIn, recruitment::pipeline);
    add("POST",  "/applications/moves",                SignedIn, recruitment::move_applications);
    add("GET",   "/applications/{id}",                 SignedIn, recruitment::application_page);
    add("POST",  "/applications/{id}/aptitude-scores", SignedIn, recruitment::record_aptitude_score);
    add("POST",  "/applications/{id}/priority-proofs", SignedIn, recruitment::record_priority_proof);

    add("GET",   "/priority",       SignedIn, priority::priority_page);
    add("POST",  "/priority",       SignedIn, priority::save_priority);
    add("GET",   "/aptitude-tests", SignedIn, priority::aptitude_tests_page);
    add("POST",  "/aptitude-tests", SignedIn, priority::save_aptitude_tests);

    add("GET",   "/admission-rounds/{id}",                  SignedIn, admission::round_page);
    add("GET",   "/admission-rounds/{id}/match-input.json", SignedIn, admission::round_for_audit);
    add("POST",  "/admission-rounds/{id}/confirmation",     SignedIn, admission::confirm_round);
    add("POST",  "/admission-rounds/{id}/declines",         SignedIn, admission::decline_seat);
    add("POST",  "/admission-rounds/{id}/reruns",           SignedIn, admission::rerun_round);

    add("GET",   "/outbox",           SignedIn, recruitment::outbox);
    add("GET",   "/outbox/{id}",      SignedIn, recruitment::outbox_letter);
    add("POST",  "/outbox/{id}/sent", SignedIn, recruitment::letter_sent_by_hand);

    add("GET",   "/api/v1/participants",              Api, api::participants::list);
    add("POST",  "/api/v1/participants",              Api, api::participants::create);
    add("GET",   "/api/v1/participants/{id}",         Api, api::participants::get);
    add("PATCH", "/api/v1/participants/{id}",         Api, api::participants::update);
    add("GET",   "/api/v1/partners",                  Api, api::partners::list);
    add("POST",  "/api/v1/partners",                  Api, api::partners::create);
    add("GET",   "/api/v1/partners/{id}",             Api, api::partners::get);
    add("PATCH", "/api/v1/partners/{id}",             Api, api::partners::update);
    add("GET",   "/api/v1/offers",                    Api, api::offers::list);
    add("GET",   "/api/v1/offers/{id}",               Api, api::offers::get);
    add("GET",   "/api/v1/cohorts/{id}/traineeships", Api, api::traineeships::of_cohort);
    add("GET",   "/api/v1/traineeships/{id}",         Api, api::traineeships::get);

    // Addresses that moved when a change of state became a resource. A page loaded before the
    // move still posts there: 308 sends the same POST on, body and CSRF token included, and the
    // new address does every check.
    add("POST",  "/participants/{id}/enrol",        Open, moved_to("/participants/{id}/enrolments"));
    add("POST",  "/lessons/{id}/edit",              Open, moved_to("/lessons/{id}"));
    add("POST",  "/lessons/{id}/attendance/import", Open, moved_to("/lessons/{id}/attendance/imports"));
    add("POST",  "/closures/{id}/remove",           Open, moved_to("/closures/{id}/removal"));
    add("POST",  "/applications/move",              Open, moved_to("/applications/moves"));
    add("POST",  "/admission-rounds/{id}/confirm",  Open, moved_to("/admission-rounds/{id}/confirmation"));
    add("POST",  "/admission-rounds/{id}/rerun",    Open, moved_to("/admission-rounds/{id}/reruns"));
    // clang-format on
}

} // namespace tremplin::web

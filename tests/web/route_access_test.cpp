// Every role against every route, each answer asserted from one table: docs/design.md "Who uses it"
// and "Least privilege". The table names each route by an address in a small centre where every
// kind of thing exists once, so that a page is refused for who asks, never for what is missing.
// A route added to the application and not to the table fails the first test.

#include "domain/participant.hpp"
#include "service/traineeship_service.hpp"
#include "training_fixture.hpp"
#include "web/route_table.hpp"

#include <array>
#include <map>
#include <regex>
#include <set>

using namespace tremplin;
using test_support::contains;
namespace fields = domain::participant_fields;

namespace {

// Who asks: someone without an account, then each role of the centre.
enum Who { Visitor, Director, Coordinator, JobCoach, Trainer, Funder };
constexpr std::array<std::string_view, 6> usernames{"",         "director", "coordinator",
                                                    "jobcoach", "trainer",  "funder"};

// What a route answers, one character for each of the six in the order of `Who`:
//   +  reached: a page or a download (200), a form sent back with its mistakes (400, 422), a change
//      made (303 to anywhere but the sign-in page), or refused by the state of things (409)
//   -  refused to her: 403
//   0  not found for her: 404 (a trainer's view of a cohort she does not teach)
//   L  sent to sign in (303 to /login)
//   T  no token: 401 (the API)
//   >  moved: 308 to the route's new address, which checks everything itself
struct Row {
    std::string_view method;
    std::string_view address; // {name}: a thing of the centre below
    std::string_view answers; // "V D C J T F" without the spaces
    std::string_view form{};  // what a POST sends besides its CSRF token: nothing, mostly
};

// clang-format off
constexpr Row table[] = {
    {"GET",   "/healthz",                     "++++++"},
    {"GET",   "/static/{asset}",              "++++++"},
    {"GET",   "/static/{folder}/{file}",      "++++++"},

    {"GET",   "/login",    "++++++"},
    {"POST",  "/login",    "++++++"},
    {"POST",  "/language", "++++++"},
    {"GET",   "/",         "L+++++"},

    {"GET",   "/participants",                      "L+++--"},
    {"GET",   "/participants/new",                  "L+++--"},
    {"POST",  "/participants",                      "L+++--"},
    {"GET",   "/participants/{woman}",              "L+++--"},
    {"GET",   "/participants/{woman}/edit",         "L+++--"},
    {"POST",  "/participants/{woman}",              "L+++--"},
    {"POST",  "/participants/{woman}/timeline",     "L+++--"},
    {"GET",   "/participants/{woman}/exams/new",    "L+++--"},
    {"POST",  "/participants/{woman}/exams",        "L+++--"},
    {"GET",   "/participants/{woman}/enrol",        "L++---"},
    {"POST",  "/participants/{woman}/enrolments",   "L++---"},

    {"GET",   "/possible-matches",                        "L+++--"},
    {"GET",   "/possible-matches/{match}",                "L+++--"},
    {"POST",  "/possible-matches/{match}/merge",          "L+++--"},
    {"POST",  "/possible-matches/{other_match}/keep-apart", "L+++--"},

    {"GET",   "/enrolments/{enrolment}/stage",           "L++---"},
    {"POST",  "/enrolments/{enrolment}/stage",           "L++---"},
    {"GET",   "/enrolments/{enrolment}/recommendations", "L++---"},
    {"POST",  "/enrolments/{enrolment}/recommendations", "L++---"},
    {"GET",   "/enrolments/{enrolment}/attestation.pdf", "L+++--"},

    {"GET",   "/cohorts",                         "L++++-"},
    {"GET",   "/cohorts/new",                     "L++---"},
    {"POST",  "/cohorts",                         "L++---"},
    {"GET",   "/cohorts/{cohort}",                "L++++-"},
    {"GET",   "/cohorts/{cohort}/edit",           "L++---"},
    {"POST",  "/cohorts/{cohort}",                "L++---"},
    {"POST",  "/cohorts/{cohort}/calendar-link",  "L++---"},
    {"GET",   "/cohorts/{cohort}/results",        "L++++-"},
    {"POST",  "/cohorts/{cohort}/results",        "L++-+-"},
    {"GET",   "/cohorts/{cohort}/statement.xlsx", "L+++--"},
    {"GET",   "/cohorts/{cohort}/statement.csv",  "L+++--"},
    {"GET",   "/cohorts/{cohort}/register.xlsx",  "L+++--"},
    {"GET",   "/cohorts/{cohort}/schedule",       "L++---"},
    {"POST",  "/cohorts/{cohort}/schedule",       "L++---"},
    {"GET",   "/cohorts/{cohort}/placement",              "L+++--"},
    {"POST",  "/cohorts/{cohort}/placement",              "L+-+--"},
    {"GET",   "/cohorts/{cohort}/placement/match.json",   "L+++--"},
    {"POST",  "/cohorts/{cohort}/placement/wishes",       "L+-+--"},
    {"POST",  "/cohorts/{cohort}/placement/views",        "L+-+--"},
    {"POST",  "/cohorts/{cohort}/placement/run",          "L+-+--"},
    {"POST",  "/cohorts/{cohort}/placement/adjustments",  "L+-+--"},
    {"POST",  "/cohorts/{cohort}/placement/confirmation", "L+-+--"},

    {"GET",   "/lessons",                             "L++++-"},
    {"GET",   "/lessons/{lesson}/attendance",         "L++-+-"},
    {"POST",  "/lessons/{lesson}/attendance",         "L++-+-"},
    {"GET",   "/lessons/{lesson}/attendance.csv",     "L++-+-"},
    {"POST",  "/lessons/{lesson}/attendance/imports", "L++-+-"},
    {"GET",   "/lessons/{lesson}/edit",               "L++---"},
    {"POST",  "/lessons/{lesson}",                    "L++---"},

    {"GET",   "/calendar/{calendar}", "++++++"},

    {"GET",   "/training-hours", "L+++++"},

    {"GET",   "/tracks",                 "L++++-"},
    {"GET",   "/tracks/new",             "L++---"},
    {"POST",  "/tracks",                 "L++---"},
    {"GET",   "/tracks/{track}",         "L++++-"},
    {"GET",   "/tracks/{track}/edit",    "L++---"},
    {"POST",  "/tracks/{track}",         "L++---"},
    {"GET",   "/tracks/{track}/modules", "L++---"},
    {"POST",  "/tracks/{track}/modules", "L++---"},

    {"GET",   "/trainers",              "L++++-"},
    {"GET",   "/trainers/new",          "L++---"},
    {"POST",  "/trainers",              "L++---"},
    {"GET",   "/trainers/{trainer}/edit", "L++---"},
    {"POST",  "/trainers/{trainer}",    "L++---"},

    {"GET",   "/partners",                                        "L+++--"},
    {"GET",   "/partners/new",                                    "L+-+--"},
    {"POST",  "/partners",                                        "L+-+--"},
    {"GET",   "/partners/{partner}",                              "L+++--"},
    {"GET",   "/partners/{partner}/edit",                         "L+-+--"},
    {"POST",  "/partners/{partner}",                              "L+-+--"},
    {"POST",  "/partners/{partner}/contacts",                     "L+-+--"},
    {"GET",   "/partners/{partner}/contacts/{contact}/edit",      "L+-+--"},
    {"POST",  "/partners/{partner}/contacts/{contact}",           "L+-+--"},
    {"POST",  "/partners/{partner}/contacts/{contact}/removal",   "L+-+--"},
    {"POST",  "/partners/{partner}/events",                       "L+-+--"},
    {"GET",   "/partners/{partner}/offers/new",                   "L+-+--"},
    {"POST",  "/partners/{partner}/offers/new",                   "L+-+--"},

    {"GET",   "/offers",                "L+++--"},
    {"GET",   "/offers/{offer}",        "L+++--"},
    {"GET",   "/offers/{offer}/edit",   "L+-+--"},
    {"POST",  "/offers/{offer}",        "L+-+--"},
    {"POST",  "/offers/{offer}/status", "L+-+--"},
    {"POST",  "/offers/{offer}/link",   "L+-+--"},

    {"GET",   "/cohorts/{cohort}/traineeships",       "L+++--"},
    {"GET",   "/cohorts/{cohort}/traineeships/new",   "L+-+--"},
    {"POST",  "/cohorts/{cohort}/traineeships",       "L+-+--"},
    {"GET",   "/traineeships/{traineeship}",               "L+++--"},
    {"POST",  "/traineeships/{traineeship}/status",        "L+-+--"},
    {"POST",  "/traineeships/{traineeship}/signatures",    "L+-+--"},
    {"POST",  "/traineeships/{traineeship}/hired",         "L+-+--"},
    {"GET",   "/traineeships/{traineeship}/agreement.pdf", "L+++--"},

    {"GET",   "/offer-check/{offer_link}", "++++++"},
    {"POST",  "/offer-check/{offer_link}", "++++++"},

    {"GET",   "/evaluations",                                   "L+++--"},
    {"GET",   "/traineeships/{traineeship}/evaluations",        "L+++--"},
    {"POST",  "/traineeships/{traineeship}/evaluations/link",   "L+-+--", "kind=final"},
    {"GET",   "/evaluation/{evaluation_link}",                  "++++++"},
    {"POST",  "/evaluation/{evaluation_link}",                  "++++++"},

    {"GET",   "/closures",                   "L++++-"},
    {"POST",  "/closures",                   "L++---"},
    {"POST",  "/closures/{closure}/removal", "L++---"},

    {"GET",   "/accounts",                              "L+----"},
    {"GET",   "/accounts/new",                          "L+----"},
    {"POST",  "/accounts",                              "L+----"},
    {"POST",  "/accounts/{account}/access",             "L+----"},
    {"POST",  "/accounts/{account}/special-categories", "L+----"},
    {"GET",   "/accounts/{account}/password",           "L+----"},
    {"POST",  "/accounts/{account}/password",           "L+----"},
    {"GET",   "/account/password",                      "L+++++"},
    {"POST",  "/account/password",                      "L+++++"},

    {"GET",   "/audit", "L+----"},

    {"GET",   "/info",                              "++++++"},
    {"GET",   "/info/registrations/{registration_token}", "++++++"},
    {"GET",   "/info/{session}",                    "++++++"},
    {"POST",  "/info/{session}",                    "++++++"},

    {"GET",   "/information-sessions",                                              "L++---"},
    {"GET",   "/information-sessions/new",                                          "L++---"},
    {"POST",  "/information-sessions",                                              "L++---"},
    {"GET",   "/information-sessions/{session}/edit",                               "L++---"},
    {"POST",  "/information-sessions/{session}/attendance",                         "L++---"},
    {"POST",  "/information-sessions/{session}/registrations",                      "L++---"},
    {"POST",  "/information-sessions/{session}/registrations/{registration}/cancellation", "L++---"},
    {"GET",   "/information-sessions/{session}",                                    "L++---"},
    {"POST",  "/information-sessions/{session}",                                    "L++---"},

    {"GET",   "/apply",                       "++++++"},
    {"POST",  "/apply",                       "++++++"},
    {"GET",   "/apply/{draft}/check",         "++++++"},
    {"POST",  "/apply/{draft}/check",         "++++++"},
    {"GET",   "/apply/{draft}/sent",          "++++++"},
    {"GET",   "/apply/{draft}/{question}",    "++++++"},
    {"POST",  "/apply/{draft}/{question}",    "++++++"},

    {"GET",   "/intakes",                    "L+++--"},
    {"GET",   "/intakes/new",                "L++---"},
    {"POST",  "/intakes",                    "L++---"},
    {"GET",   "/intakes/{intake}/edit",      "L++---"},
    {"POST",  "/intakes/{intake}",           "L++---"},
    {"GET",   "/intakes/{intake}/admission", "L++---"},
    {"POST",  "/intakes/{intake}/admission", "L++---"},

    {"GET",   "/applications",                                "L+++--"},
    {"POST",  "/applications/moves",                          "L+++--"},
    {"GET",   "/applications/{application}",                  "L+++--"},
    {"POST",  "/applications/{application}/aptitude-scores",  "L+++--"},
    {"POST",  "/applications/{application}/priority-proofs",  "L+++--",
              "criterion=low_education&received_on_day=2&received_on_month=3&received_on_year=2026"},

    {"GET",   "/priority",       "L+----"},
    {"POST",  "/priority",       "L+----"},
    {"GET",   "/aptitude-tests", "L++---"},
    {"POST",  "/aptitude-tests", "L++---"},

    {"GET",   "/admission-rounds/{round}",                  "L++---"},
    {"GET",   "/admission-rounds/{round}/match-input.json", "L++---"},
    {"POST",  "/admission-rounds/{round}/confirmation",     "L++---"},
    {"POST",  "/admission-rounds/{round}/declines",         "L++---"},
    {"POST",  "/admission-rounds/{round}/reruns",           "L++---"},

    {"GET",   "/outbox",                 "L+++--"},
    {"GET",   "/outbox/{letter}",        "L+++--"},
    {"POST",  "/outbox/{letter}/sent",   "L+++--"},

    {"GET",   "/api/v1/participants",          "T+++--"},
    {"POST",  "/api/v1/participants",          "T+++--"},
    {"GET",   "/api/v1/participants/{woman}",  "T+++--"},
    {"PATCH", "/api/v1/participants/{woman}",  "T+++--"},
    {"GET",   "/api/v1/partners",              "T+++--"},
    {"POST",  "/api/v1/partners",              "T+-+--"},
    {"GET",   "/api/v1/partners/{partner}",    "T+++--"},
    {"PATCH", "/api/v1/partners/{partner}",    "T+-+--"},
    {"GET",   "/api/v1/offers",                "T+++--"},
    {"GET",   "/api/v1/offers/{offer}",        "T+++--"},
    {"GET",   "/api/v1/cohorts/{cohort}/traineeships",  "T+++--"},
    {"GET",   "/api/v1/traineeships/{traineeship}",     "T+++--"},

    {"POST",  "/participants/{woman}/enrol",          ">>>>>>"},
    {"POST",  "/lessons/{lesson}/edit",               ">>>>>>"},
    {"POST",  "/lessons/{lesson}/attendance/import",  ">>>>>>"},
    {"POST",  "/closures/{closure}/remove",           ">>>>>>"},
    {"POST",  "/applications/move",                   ">>>>>>"},
    {"POST",  "/admission-rounds/{round}/confirm",    ">>>>>>"},
    {"POST",  "/admission-rounds/{round}/rerun",      ">>>>>>"},

    // Last, since it ends the session the rows above use.
    {"POST",  "/logout", "LLLLLL"},
};
// clang-format on

// The route a table address stands for, as the router lists it: each {name} written {}.
std::string pattern_of(std::string_view address)
{
    static std::regex const name(R"(\{[a-z_]+\})");
    return std::regex_replace(std::string(address), name, "{}");
}

char answer_of(test_support::HttpReply const& reply)
{
    switch (reply.status) {
    case 200:
    case 400:
    case 409:
    case 422:
        return '+';
    case 303:
        return reply.header("location").starts_with("/login") ? 'L' : '+';
    case 308:
        return '>';
    case 401:
        return 'T';
    case 403:
        return '-';
    case 404:
        return '0';
    default:
        return '!';
    }
}

} // namespace

class RouteAccess : public test_support::RecruitmentWebTest {
  protected:
    void SetUp() override
    {
        RecruitmentWebTest::SetUp();
        for (auto [name, role] :
             {std::pair{"jobcoach", domain::Role::JobCoach}, std::pair{"funder", domain::Role::Funder}})
            ASSERT_TRUE(accounts.add_account({name, std::string("Name of ") + name, role, password}));
        auto const spare =
            accounts.add_account({"spare", "Spare colleague", domain::Role::Coordinator, password});
        ASSERT_TRUE(spare);
        things["account"] = std::to_string(spare->id);
        things["asset"] = "app.css";
        things["folder"] = "vendor";
        things["file"] = "htmx.min.js";

        // The trainer teaches one lesson of the cohort the intake offers; another cohort is not hers.
        auto const sofia = trainer("Sofia Marchetti", domain::Gender::Woman, "trainer");
        ASSERT_NE(sofia, 0);
        things["trainer"] = std::to_string(sofia);
        things["track"] = std::to_string(track_id);
        things["cohort"] = std::to_string(cohort_id);
        auto const lesson =
            morning_lesson(cohort_id, sofia, *domain::Date::parse_iso("2026-09-14"), "Salle 1");
        ASSERT_NE(lesson, 0);
        things["lesson"] = std::to_string(lesson);

        // A partner with one contact.
        auto const partner = partners.create(head, {.name = "Acme Brussels", .kind = "enterprise"},
                                             service::DuplicateCheck::Warn);
        ASSERT_TRUE(partner && partner->id);
        things["partner"] = std::to_string(*partner->id);
        auto const contact =
            partners.add_contact(head, *partner->id, {.name = "Lena Peeters", .language = "nl"});
        ASSERT_TRUE(contact);
        things["contact"] = std::to_string(*contact);

        // An offer of the partner, and a link for its contact to confirm it.
        domain::OfferInput offer;
        offer.title = "Junior web developer";
        offer.occupation = "2512";
        offer.places = "1";
        offer.starts_on = "2026-10-05";
        offer.ends_on = "2026-11-27";
        offer.hours_per_week = "38";
        offer.tracks = {std::to_string(track_id)};
        auto const offer_id = offers.create(head, *partner->id, offer);
        ASSERT_TRUE(offer_id);
        things["offer"] = std::to_string(*offer_id);
        // For a contact of her own: the table removes {contact}, and her links with her.
        auto const tutor =
            partners.add_contact(head, *partner->id, {.name = "Marc Dubois", .language = "fr"});
        ASSERT_TRUE(tutor);
        auto const offer_link = offers.make_link(head, *offer_id, *tutor);
        ASSERT_TRUE(offer_link);
        things["offer_link"] = *offer_link;

        ASSERT_TRUE(training.catalogue.add_closure(
            head, {0, 0, *domain::Date::parse_iso("2026-11-11"), "Armistice"}));
        things["closure"] = std::to_string(count("SELECT MAX(id) FROM closure_days"));

        // A woman on the register, enrolled; two others sent her phone from the public page.
        domain::ParticipantInput input;
        input.set(fields::first_name, "Ana");
        input.set(fields::last_name, "Popa");
        input.set(fields::gender, "woman");
        input.set(fields::preferred_language, "fr");
        input.set(fields::phone, "0470 12 34 56");
        auto const woman =
            participants.create(head, input, service::DuplicateCheck::ConfirmedDifferentPerson);
        ASSERT_TRUE(woman && woman->id);
        things["woman"] = std::to_string(*woman->id);
        service::EnrolmentRequest enrol;
        enrol.cohort_id = cohort_id;
        enrol.participant_id = *woman->id;
        enrol.on = clock.today();
        auto const enrolment = training.enrolments.enrol(head, enrol);
        ASSERT_TRUE(enrolment);
        things["enrolment"] = std::to_string(*enrolment);

        // The cohort's placement round, opened and run with the offer (open, inside its
        // traineeship period), so that its download exists.
        auto details = training.cohorts.cohort(head, cohort_id);
        ASSERT_TRUE(details);
        auto with_period = details->cohort;
        with_period.traineeship = domain::TraineeshipPeriod{*domain::Date::parse_iso("2026-10-12"),
                                                            *domain::Date::parse_iso("2026-11-20")};
        ASSERT_TRUE(training.cohorts.update(head, with_period));
        ASSERT_TRUE(offers.change_status(head, *offer_id, domain::OfferStatus::Open));
        auto const placement_round = placement.open(head, cohort_id);
        ASSERT_TRUE(placement_round);
        ASSERT_TRUE(placement.run(head, *placement_round));
        // Her traineeship at the partner under its tutor, in the same weeks, and the tutor's link for its
        // mid-term evaluation.
        domain::Traineeship traineeship;
        traineeship.enrolment_id = *enrolment;
        traineeship.partner_id = *partner->id;
        traineeship.tutor_contact_id = *tutor;
        traineeship.starts_on = with_period.traineeship->starts_on;
        traineeship.ends_on = with_period.traineeship->ends_on;
        traineeship.hours_per_week = 38;
        auto const traineeship_id = traineeships.record(head, traineeship);
        ASSERT_TRUE(traineeship_id);
        things["traineeship"] = std::to_string(*traineeship_id);
        auto const evaluation_link =
            evaluations.make_link(head, *traineeship_id, domain::EvaluationKind::MidTerm, std::nullopt);
        ASSERT_TRUE(evaluation_link);
        things["evaluation_link"] = *evaluation_link;

        auto const session = recruitment.information_sessions.save(
            head, 0, {"2026-03-12", "09:30", "11:30", "Rue Gaucheret 88", "fr", "20"});
        ASSERT_TRUE(session);
        things["session"] = std::to_string(*session);
        for (auto const* first_name : {"Anna", "Ania"}) {
            domain::ParticipantInput typed;
            typed.set(fields::first_name, first_name);
            typed.set(fields::last_name, "Popa");
            typed.set(fields::phone, "0470 12 34 56");
            typed.set(fields::preferred_language, "fr");
            auto const token =
                recruitment.information_sessions.register_publicly(*session, typed, "192.0.2.1");
            ASSERT_TRUE(token);
            things["registration_token"] = *token;
        }
        things["registration"] = std::to_string(count("SELECT MAX(id) FROM session_registrations"));
        things["match"] = std::to_string(count("SELECT MIN(id) FROM possible_matches"));
        things["other_match"] = std::to_string(count("SELECT MAX(id) FROM possible_matches"));

        // Applications to the intake, a round drawn and confirmed (its letters in the outbox), and
        // a draft still being filled in.
        sent_application("Fatima", "0470 00 00 01");
        things["application"] = std::to_string(sent_application("Zoë", "0470 00 00 02"));
        things["intake"] = std::to_string(intake_id);
        auto const round = recruitment.admission.draw(head, {intake_id, domain::LotteryMode::Single, 42});
        ASSERT_TRUE(round);
        ASSERT_TRUE(recruitment.admission.confirm(head, *round));
        things["round"] = std::to_string(*round);
        things["letter"] = std::to_string(count("SELECT MAX(id) FROM letters"));
        auto const draft = recruitment.applications.start(intake_id, "fr", "192.0.2.1");
        ASSERT_TRUE(draft);
        things["draft"] = *draft;
        things["question"] = "name";
        auto const calendar = training.cohorts.renew_calendar_link(head, cohort_id);
        ASSERT_TRUE(calendar);
        things["calendar"] = *calendar + ".ics";

        for (auto const& [key, value] : things)
            EXPECT_FALSE(value.empty() || value == "0") << key;
    }

    // The table's address with each {name} replaced by the thing of that name.
    std::string address_of(std::string_view address)
    {
        std::string path(address);
        for (auto const& [name, value] : things) {
            std::string const placeholder = "{" + name + "}";
            for (auto at = path.find(placeholder); at != std::string::npos; at = path.find(placeholder))
                path.replace(at, placeholder.size(), value);
        }
        return path;
    }

    // What each route answers her, in the table's order but every GET before any POST (a change
    // made by a POST must not decide what a later page shows).
    void check_every_route(Who who)
    {
        Browser browser = who == Visitor ? Browser{} : signed_in(std::string(usernames[who]));
        if (who == Visitor)
            get(browser, "/login");
        std::string api_token;
        if (who != Visitor) {
            auto const token = accounts.create_api_token(std::string(usernames[who]), "tests");
            if (token)
                api_token = *token;
        }
        std::vector<Row const*> order;
        for (auto const& row : table)
            if (row.method == "GET")
                order.push_back(&row);
        for (auto const& row : table)
            if (row.method != "GET")
                order.push_back(&row);
        for (auto const* row : order) {
            auto const path = address_of(row->address);
            test_support::HttpReply reply;
            if (path.starts_with("/api/")) {
                std::map<std::string, std::string> headers;
                if (!api_token.empty())
                    headers["Authorization"] = "Bearer " + api_token;
                if (row->method != "GET")
                    headers["Content-Type"] = "application/json";
                reply =
                    client.request(std::string(row->method), path, row->method == "GET" ? "" : "{}", headers);
            } else if (row->method == "GET") {
                reply = get(browser, path);
            } else {
                reply = post(browser, path,
                             "csrf_token=" + browser.csrf_token + (row->form.empty() ? "" : "&") +
                                 std::string(row->form));
            }
            char const answer = answer_of(reply);
            EXPECT_EQ(answer, row->answers[who])
                << row->method << " " << path << " as " << (who == Visitor ? "a visitor" : usernames[who])
                << ": " << reply.status << " " << reply.header("location");
        }
    }

    std::map<std::string, std::string> things;
};
TREMPLIN_ON_EVERY_BACKEND(RouteAccess);

TEST_P(RouteAccess, TheTableNamesEveryRouteOnce)
{
    web::Services services{database(),  accounts, participants, audit,        administration, training,
                           recruitment, partners, offers,       traineeships, evaluations,    placement};
    web::Router router;
    web::add_routes(router, services);
    std::set<std::pair<std::string, std::string>> routes;
    for (auto const& route : router.routes())
        routes.insert(route);

    std::set<std::pair<std::string, std::string>> in_table;
    for (auto const& row : table) {
        auto const route = std::pair{std::string(row.method), pattern_of(row.address)};
        EXPECT_TRUE(in_table.insert(route).second)
            << "twice in the table: " << route.first << " " << route.second;
        EXPECT_TRUE(routes.contains(route)) << "no such route: " << route.first << " " << route.second;
        EXPECT_EQ(row.answers.size(), usernames.size()) << row.address;
    }
    for (auto const& route : routes)
        EXPECT_TRUE(in_table.contains(route)) << "not in the table: " << route.first << " " << route.second;
}

TEST_P(RouteAccess, AsAVisitor)
{
    check_every_route(Visitor);
}
TEST_P(RouteAccess, AsTheDirector)
{
    check_every_route(Director);
}
TEST_P(RouteAccess, AsACoordinator)
{
    check_every_route(Coordinator);
}
TEST_P(RouteAccess, AsAJobCoach)
{
    check_every_route(JobCoach);
}
TEST_P(RouteAccess, AsATrainer)
{
    check_every_route(Trainer);
}
TEST_P(RouteAccess, AsAFunder)
{
    check_every_route(Funder);
}

// A trainer's pages of a cohort are those of the cohorts she teaches: of any other cohort, its
// lessons and its trainees, she finds nothing (docs/design.md "Least privilege").
TEST_P(RouteAccess, ATrainerFindsNothingOfACohortSheDoesNotTeach)
{
    domain::Cohort cohort;
    cohort.track_id = track_id;
    cohort.name = "WEB 2026-Z";
    cohort.starts_on = *domain::Date::parse_iso("2026-09-14");
    cohort.ends_on = *domain::Date::parse_iso("2027-06-30");
    cohort.capacity = 12;
    cohort.room = "Salle 3";
    auto const other = training.cohorts.create(head, cohort);
    ASSERT_TRUE(other);
    auto const marc = trainer("Marc Janssens", domain::Gender::Man);
    auto const lesson = morning_lesson(*other, marc, *domain::Date::parse_iso("2026-09-14"), "Salle 3");
    ASSERT_NE(lesson, 0);
    auto const trainee = enrol_woman(*other, "Lina", "Haddad", clock.today());
    ASSERT_TRUE(trainee);
    things["cohort"] = std::to_string(*other);
    things["lesson"] = std::to_string(lesson);
    things["enrolment"] = std::to_string(*trainee);

    auto trainer = signed_in("trainer");
    int checked = 0;
    for (auto const& row : table) {
        auto const address = std::string(row.address);
        if (!contains(address, "{cohort}") && !contains(address, "{lesson}") &&
            !contains(address, "{enrolment}"))
            continue;
        if (address.starts_with("/api/"))
            continue; // a trainer is refused every API route there is, whatever its cohort

        auto const path = address_of(address);
        auto const reply = row.method == "GET" ? get(trainer, path)
                                               : post(trainer, path, "csrf_token=" + trainer.csrf_token);
        char const answer = answer_of(reply);
        if (row.answers[Trainer] == '+')
            EXPECT_EQ(answer, '0') << row.method << " " << path << ": " << reply.status;
        else
            EXPECT_TRUE(answer == '-' || answer == '0' || answer == '>')
                << row.method << " " << path << ": " << reply.status;
        ++checked;
    }
    EXPECT_GT(checked, 20);
}

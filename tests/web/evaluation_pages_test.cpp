// The evaluations' pages: the job coach makes the tutor's link on the traineeship's evaluations
// page (shown once); the tutor's form opens in the tutor's language with her track's
// competences and only her first name; a question left unanswered comes back beside it with the
// other choices kept; the answers are kept once (410 afterwards) and shown to staff; a guessed
// link gives one plain page; the job coach's list shows a late evaluation.

#include "service/partner_service.hpp"
#include "service/traineeship_service.hpp"
#include "training_fixture.hpp"

#include <regex>

using namespace tremplin;
using test_support::contains;

namespace {

std::map<std::string, std::string> const in_english{{"Accept-Language", "en"}};

} // namespace

class EvaluationPages : public test_support::TrainingWebTest {
  protected:
    void SetUp() override
    {
        TrainingWebTest::SetUp();
        ASSERT_TRUE(accounts.add_account({"jobcoach", "Name of jobcoach", domain::Role::JobCoach, password}));
        domain::Track track;
        track.code = "WEB";
        track.name = {"Développeuse web", "Webontwikkelaar", "Web developer"};
        auto const track_id = *training.catalogue.create_track(head, track);
        domain::Module html;
        html.position = 1;
        html.name = {"HTML et CSS", "HTML en CSS", "HTML and CSS"};
        html.planned_minutes = 40 * 60;
        html.competences = {"B.1"};
        domain::Module support = html;
        support.position = 2;
        support.name = {"Support", "Support", "Support"};
        support.competences = {"C.1"};
        ASSERT_TRUE(training.catalogue.save_modules(head, track_id, {html, support}));
        domain::Cohort cohort;
        cohort.track_id = track_id;
        cohort.name = "WEB 2026-A";
        cohort.starts_on = day("2026-01-05");
        cohort.ends_on = day("2026-06-30");
        cohort.capacity = 12;
        cohort.traineeship = domain::TraineeshipPeriod{day("2026-05-04"), day("2026-06-26")};
        auto const cohort_id = training.cohorts.create(head, cohort);
        ASSERT_TRUE(cohort_id);
        auto const enrolment = enrol_woman(*cohort_id, "Amina", "Benali", day("2026-01-05"));
        ASSERT_TRUE(enrolment);
        auto const partner = partners.create(head, {.name = "Acme Brussels", .kind = "enterprise"},
                                             service::DuplicateCheck::Warn);
        ASSERT_TRUE(partner && partner->id);
        auto const tutor =
            partners.add_contact(head, *partner->id, {.name = "Lena Peeters", .language = "nl"});
        ASSERT_TRUE(tutor);
        domain::Traineeship traineeship;
        traineeship.enrolment_id = *enrolment;
        traineeship.partner_id = *partner->id;
        traineeship.tutor_contact_id = *tutor;
        traineeship.starts_on = day("2026-05-04");
        traineeship.ends_on = day("2026-06-26");
        traineeship.hours_per_week = 38;
        auto const id = service::TraineeshipService(database(), clock).record(head, traineeship);
        ASSERT_TRUE(id);
        traineeship_id = std::to_string(*id);
    }

    static domain::Date day(std::string_view iso) { return *domain::Date::parse_iso(iso); }

    // The link the job coach makes for the kind, read from the page that shows it once.
    std::string made_link(Browser& browser, std::string const& kind)
    {
        auto const made = post(browser, "/traineeships/" + traineeship_id + "/evaluations/link",
                               "csrf_token=" + browser.csrf_token + "&kind=" + kind, in_english);
        EXPECT_EQ(made.status, 200) << made.body;
        std::smatch link;
        if (!std::regex_search(made.body, link,
                               std::regex(R"re(href="[^"]*(/evaluation/[A-Za-z0-9_-]+)")re")))
            return {};
        return link[1].str();
    }

    service::PartnerService partners{database(), clock};
    std::string traineeship_id;
};
TREMPLIN_ON_EVERY_BACKEND(EvaluationPages);

TEST_P(EvaluationPages, TheTutorAnswersOnceInHerLanguageAndStaffReadTheAnswers)
{
    auto browser = signed_in("jobcoach");
    auto const path = made_link(browser, "mid_term");
    ASSERT_FALSE(path.empty());

    // A visitor whose browser asks for English reads the form in the tutor's Dutch.
    Browser visitor;
    auto const page = get(visitor, path, in_english);
    ASSERT_EQ(page.status, 200) << page.body;
    EXPECT_TRUE(contains(page.body, "<html lang=\"nl\""));
    EXPECT_TRUE(contains(page.body, "Hallo Lena Peeters,"));
    EXPECT_TRUE(contains(page.body, "B.1 (HTML en CSS)"));
    EXPECT_TRUE(contains(page.body, "C.1 (Support)"));
    EXPECT_TRUE(contains(page.body, "Amina"));
    EXPECT_FALSE(contains(page.body, "Benali")); // her first name only

    auto const form = "csrf_token=" + visitor.csrf_token +
                      "&competence_B.1=mostly&punctuality=fully&teamwork=partly&would_hire=yes"
                      "&comment=Nieuwsgierig+en+zorgvuldig";
    auto const wrong = post(visitor, path, form, in_english);
    EXPECT_EQ(wrong.status, 422);
    EXPECT_TRUE(contains(wrong.body, "id=\"competence_C.1-not_yet\"")) << wrong.body;
    EXPECT_TRUE(
        contains(wrong.body, "<a href=\"#competence_C.1-not_yet\">C.1 (Support): Kies een antwoord</a>"));
    EXPECT_TRUE(contains(wrong.body, "aria-invalid=\"true\""));
    EXPECT_TRUE(contains(wrong.body, "name=\"competence_B.1\" value=\"mostly\" checked"));
    EXPECT_TRUE(contains(wrong.body, "Nieuwsgierig en zorgvuldig"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM traineeship_evaluations"), 0);

    auto const sent = post(visitor, path, form + "&competence_C.1=partly", in_english);
    ASSERT_EQ(sent.status, 200) << sent.body;
    EXPECT_TRUE(contains(sent.body, "Bedankt, uw evaluatie is verstuurd"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM traineeship_evaluations"), 1);

    EXPECT_EQ(get(visitor, path, in_english).status, 410);
    EXPECT_EQ(post(visitor, path, form + "&competence_C.1=fully", in_english).status, 410);
    EXPECT_EQ(count("SELECT COUNT(*) FROM traineeship_evaluations WHERE competences LIKE '%C.1=partly%'"), 1);

    auto const staff_page = get(browser, "/traineeships/" + traineeship_id + "/evaluations", in_english);
    EXPECT_EQ(staff_page.status, 200);
    EXPECT_TRUE(contains(staff_page.body, "by Lena Peeters")) << staff_page.body;
    EXPECT_TRUE(contains(staff_page.body, "Nieuwsgierig en zorgvuldig"));
}

TEST_P(EvaluationPages, AGuessedLinkGivesOnePlainPageAndStoresNothing)
{
    Browser visitor;
    EXPECT_EQ(get(visitor, "/evaluation/guessed", in_english).status, 404);
    auto const sent = post(visitor, "/evaluation/guessed",
                           "csrf_token=" + visitor.csrf_token + "&punctuality=fully", in_english);
    EXPECT_EQ(sent.status, 404);
    EXPECT_TRUE(contains(sent.body, "This link does not work"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM traineeship_evaluations"), 0);
}

TEST_P(EvaluationPages, TheJobCoachsListShowsALateEvaluation)
{
    clock.advance(std::chrono::days(120)); // from March into July: both evaluations late
    auto browser = signed_in("jobcoach");
    auto const list = get(browser, "/evaluations", in_english);
    ASSERT_EQ(list.status, 200);
    EXPECT_TRUE(contains(list.body, "Amina Benali"));
    EXPECT_TRUE(contains(list.body, "Mid-term evaluation"));
    EXPECT_TRUE(contains(list.body, "Late since"));
    EXPECT_TRUE(contains(list.body, "href=\"/evaluations\"")); // its menu entry
    auto const page = get(browser, "/traineeships/" + traineeship_id + "/evaluations", in_english);
    EXPECT_TRUE(contains(page.body, ">Late<"));
}

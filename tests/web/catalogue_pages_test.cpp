#include "web_fixture.hpp"

using namespace tremplin;
using test_support::WebTest;

namespace {

bool contains(std::string const& text, std::string const& part)
{
    return text.find(part) != std::string::npos;
}

std::map<std::string, std::string> const in_english{{"Accept-Language", "en"}};

} // namespace

class CataloguePages : public WebTest {
  protected:
    // Creates a course through its form and returns its id.
    long long create_course(Browser& browser, std::string const& code)
    {
        auto reply =
            post(browser, "/tracks",
                 "csrf_token=" + browser.csrf_token + "&code=" + code +
                     "&kind=qualifying&name_fr=D%C3%A9veloppement+web&name_nl=&name_en=Web+development"
                     "&occupations=2513%2C+2512&ecf_profile=developer&minimum_attendance_percent=80"
                     "&requires_all_modules_passed=yes");
        EXPECT_EQ(reply.status, 303) << reply.body;
        return count("SELECT id FROM tracks WHERE code = '" + code + "'");
    }

    test_support::HttpReply save_modules(Browser& browser, long long track_id, std::string const& rows)
    {
        return post(browser, "/tracks/" + std::to_string(track_id) + "/modules",
                    "csrf_token=" + browser.csrf_token + rows, in_english);
    }

    service::Actor director()
    {
        auto signed_in = accounts.sign_in("director", password, "192.0.2.1");
        EXPECT_TRUE(signed_in);
        return {signed_in->account, "192.0.2.1"};
    }
};
TREMPLIN_ON_EVERY_BACKEND(CataloguePages);

TEST_P(CataloguePages, TheDirectorCreatesACourseAndSeesItListed)
{
    auto browser = signed_in("director");
    EXPECT_TRUE(contains(get(browser, "/", in_english).body, "href=\"/tracks\""));
    auto form = get(browser, "/tracks/new", in_english);
    EXPECT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "lang=\"nl\""));
    auto const id = create_course(browser, "WEB");
    EXPECT_GT(id, 0);
    auto const page = get(browser, "/tracks/" + std::to_string(id), in_english);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "WEB – Web development"));
    EXPECT_TRUE(contains(page.body, "2513 2512"));
    EXPECT_TRUE(contains(page.body, "version 1 of the course"));
    auto const list = get(browser, "/tracks", in_english);
    EXPECT_TRUE(contains(list.body, "Web development"));
    EXPECT_TRUE(contains(list.body, "Qualifying"));
    EXPECT_TRUE(contains(list.body, "href=\"/trainers\""));
    EXPECT_TRUE(contains(list.body, "href=\"/closures\""));
}

TEST_P(CataloguePages, ACourseWithMistakesComesBackExplainedWithWhatWasTyped)
{
    auto browser = signed_in("director");
    auto reply = post(browser, "/tracks",
                      "csrf_token=" + browser.csrf_token +
                          "&code=web+dev&kind=qualifying&name_fr=&name_nl=Webontwikkeling&name_en="
                          "&occupations=web&minimum_attendance_percent=eighty&requires_all_modules_passed=no",
                      in_english);
    EXPECT_EQ(reply.status, 422);
    EXPECT_TRUE(contains(reply.body, "<title>Error: New course"));
    EXPECT_TRUE(contains(reply.body, "<a href=\"#code\">The code must be 1 to 12 capital letters"));
    EXPECT_TRUE(contains(reply.body, "<a href=\"#occupations\">Enter each occupation"));
    EXPECT_TRUE(contains(reply.body, "<a href=\"#minimum_attendance_percent\">Enter a minimum attendance"));
    EXPECT_TRUE(contains(reply.body, "value=\"web dev\""));
    EXPECT_TRUE(contains(reply.body, "value=\"Webontwikkeling\""));
    EXPECT_TRUE(contains(reply.body, "value=\"eighty\""));
    EXPECT_TRUE(contains(reply.body,
                         "id=\"requires_all_modules_passed-no\" name=\"requires_all_modules_passed\" "
                         "value=\"no\" checked"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM tracks"), 0);

    auto unnamed =
        post(browser, "/tracks",
             "csrf_token=" + browser.csrf_token + "&code=WEB&kind=qualifying&minimum_attendance_percent=80",
             in_english);
    EXPECT_EQ(unnamed.status, 422);
    EXPECT_TRUE(
        contains(unnamed.body, "<a href=\"#name_fr\">Enter the course’s name in at least one language"));
}

TEST_P(CataloguePages, ACourseIsChangedThroughItsEditForm)
{
    auto browser = signed_in("director");
    auto const id = std::to_string(create_course(browser, "WEB"));
    auto form = get(browser, "/tracks/" + id + "/edit", in_english);
    EXPECT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "value=\"Web development\""));
    auto reply = post(browser, "/tracks/" + id,
                      "csrf_token=" + browser.csrf_token +
                          "&code=WEB2&kind=initiation&name_en=Web+basics&minimum_attendance_percent=75"
                          "&requires_all_modules_passed=no&active=no");
    EXPECT_EQ(reply.status, 303);
    EXPECT_EQ(reply.header("location"), "/tracks/" + id + "?notice=updated");
    auto const list = get(browser, "/tracks", in_english);
    EXPECT_TRUE(contains(list.body, "Web basics"));
    EXPECT_TRUE(contains(list.body, "No longer offered"));
}

TEST_P(CataloguePages, ATrainerCannotCreateACourse)
{
    auto browser = signed_in("trainer");
    EXPECT_EQ(get(browser, "/tracks").status, 200);
    EXPECT_FALSE(contains(get(browser, "/tracks").body, "href=\"/tracks/new\""));
    EXPECT_EQ(get(browser, "/tracks/new").status, 403);
    auto reply = post(browser, "/tracks",
                      "csrf_token=" + browser.csrf_token +
                          "&code=WEB&kind=qualifying&name_en=Web&minimum_attendance_percent=80");
    EXPECT_EQ(reply.status, 403);
    EXPECT_EQ(count("SELECT COUNT(*) FROM tracks"), 0);
}

TEST_P(CataloguePages, ModulesOfAVersionNoCohortUsesAreChangedInPlace)
{
    auto browser = signed_in("director");
    auto const id = create_course(browser, "WEB");
    auto const track = std::to_string(id);
    auto const editor = get(browser, "/tracks/" + track + "/modules", in_english);
    EXPECT_EQ(editor.status, 200);
    EXPECT_TRUE(contains(editor.body, "name=\"rows\" value=\"3\""));

    auto saved = save_modules(browser, id,
                              "&rows=3&name_en-1=HTML+and+CSS&hours-1=40&competences-1=B.1"
                              "&name_fr-2=JavaScript&hours-2=37%2C5&competences-2=B.1%2C+B.2"
                              "&name_fr-3=&hours-3=");
    EXPECT_EQ(saved.status, 303) << saved.body;
    auto page = get(browser, "/tracks/" + track, in_english);
    EXPECT_TRUE(contains(page.body, "HTML and CSS"));
    EXPECT_TRUE(contains(page.body, "<td>37.5</td>"));
    EXPECT_TRUE(contains(page.body, "<td>77.5</td>"));

    // The first row emptied: that module is removed, and the version stays the same.
    saved = save_modules(browser, id, "&rows=2&name_en-1=&hours-1=&name_fr-2=JavaScript&hours-2=30");
    EXPECT_EQ(saved.status, 303) << saved.body;
    EXPECT_EQ(count("SELECT COUNT(*) FROM track_versions WHERE track_id = " + track), 1);
    page = get(browser, "/tracks/" + track, in_english);
    EXPECT_FALSE(contains(page.body, "HTML and CSS"));
    EXPECT_TRUE(contains(page.body, "version 1 of the course"));
}

TEST_P(CataloguePages, ModulesWithMistakesComeBackOnTheirRows)
{
    auto browser = signed_in("director");
    auto const id = create_course(browser, "WEB");
    auto reply =
        save_modules(browser, id,
                     "&rows=3&name_en-1=HTML&hours-1=forty&name_en-2=&hours-2=&name_en-3=CSS&hours-3=12"
                     "&competences-3=Z.9");
    EXPECT_EQ(reply.status, 422);
    EXPECT_TRUE(contains(reply.body, "<a href=\"#hours-1\">Enter planned hours"));
    EXPECT_TRUE(contains(reply.body, "<a href=\"#competences-3\">Enter each competence as an e-CF code"));
    EXPECT_TRUE(contains(reply.body, "value=\"forty\""));
    EXPECT_TRUE(contains(reply.body, "value=\"Z.9\""));
    EXPECT_TRUE(contains(reply.body, "id=\"hours-1-error\""));
}

TEST_P(CataloguePages, ModulesOfAVersionACohortRunsOnMakeANewVersion)
{
    auto browser = signed_in("director");
    auto const id = create_course(browser, "WEB");
    auto const track = std::to_string(id);
    EXPECT_EQ(save_modules(browser, id, "&rows=1&name_en-1=HTML&hours-1=40").status, 303);
    auto const first_version = count("SELECT current_version_id FROM tracks WHERE id = " + track);

    domain::Cohort cohort;
    cohort.track_id = id;
    cohort.name = "WEB 2026-A";
    cohort.starts_on = *domain::Date::parse_iso("2026-09-07");
    cohort.ends_on = *domain::Date::parse_iso("2026-12-18");
    auto const cohort_id = training.cohorts.create(director(), cohort);
    ASSERT_TRUE(cohort_id);

    auto page = get(browser, "/tracks/" + track, in_english);
    EXPECT_TRUE(contains(page.body, "saving the modules makes version 2"));
    EXPECT_EQ(save_modules(browser, id, "&rows=2&name_en-1=HTML&hours-1=40&name_en-2=CSS&hours-2=20").status,
              303);
    EXPECT_EQ(count("SELECT COUNT(*) FROM track_versions WHERE track_id = " + track), 2);
    EXPECT_NE(count("SELECT current_version_id FROM tracks WHERE id = " + track), first_version);
    EXPECT_EQ(count("SELECT track_version_id FROM cohorts WHERE id = " + std::to_string(*cohort_id)),
              first_version);
    page = get(browser, "/tracks/" + track, in_english);
    EXPECT_TRUE(contains(page.body, "version 2 of the course"));
    EXPECT_TRUE(contains(page.body, "<td>60</td>"));
}

TEST_P(CataloguePages, TheDirectorAddsAndChangesATrainer)
{
    auto browser = signed_in("director");
    EXPECT_EQ(get(browser, "/trainers/new").status, 200);
    auto wrong = post(browser, "/trainers",
                      "csrf_token=" + browser.csrf_token + "&name=&external=no&email=nope", in_english);
    EXPECT_EQ(wrong.status, 422);
    EXPECT_TRUE(contains(wrong.body, "<a href=\"#name\">Enter the trainer’s name</a>"));
    EXPECT_TRUE(contains(wrong.body, "<a href=\"#gender-woman\">Choose the trainer’s gender</a>"));
    EXPECT_TRUE(contains(wrong.body, "value=\"nope\""));

    auto added = post(browser, "/trainers",
                      "csrf_token=" + browser.csrf_token +
                          "&name=Sofie+Claes&gender=woman&external=yes&email=sofie%40example.be");
    EXPECT_EQ(added.status, 303);
    EXPECT_EQ(added.header("location"), "/trainers?notice=created");
    auto list = get(browser, "/trainers", in_english);
    EXPECT_TRUE(contains(list.body, "Sofie Claes"));
    EXPECT_TRUE(contains(list.body, "<td>Woman</td><td>External</td><td>sofie@example.be</td>"));

    auto const id = std::to_string(count("SELECT id FROM trainers WHERE name = 'Sofie Claes'"));
    EXPECT_EQ(get(browser, "/trainers/" + id + "/edit").status, 200);
    auto changed = post(browser, "/trainers/" + id,
                        "csrf_token=" + browser.csrf_token +
                            "&name=Sofie+Claes&gender=woman&external=no&email=&active=no");
    EXPECT_EQ(changed.status, 303);
    list = get(browser, "/trainers", in_english);
    EXPECT_TRUE(contains(list.body, "<td>Staff</td>"));
    EXPECT_TRUE(contains(list.body, "No longer teaching"));

    auto trainer = signed_in("trainer");
    EXPECT_EQ(
        post(trainer, "/trainers", "csrf_token=" + trainer.csrf_token + "&name=Eve&gender=woman&external=no")
            .status,
        403);
}

TEST_P(CataloguePages, TheClosuresPageShowsTheYearsPublicHolidays)
{
    auto browser = signed_in("trainer");
    auto page = get(browser, "/closures?year=2027", in_english);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "<td>29 March 2027</td><td>Easter Monday</td>"));
    EXPECT_TRUE(contains(page.body, "href=\"/closures?year=2026\""));
    EXPECT_TRUE(contains(page.body, "href=\"/closures?year=2028\""));
    EXPECT_FALSE(contains(page.body, "action=\"/closures\"")) << "only who manages the catalogue adds days";
}

TEST_P(CataloguePages, TheDirectorAddsAndRemovesAClosureDay)
{
    auto browser = signed_in("director");
    get(browser, "/closures?year=2026");
    auto added = post(browser, "/closures",
                      "csrf_token=" + browser.csrf_token + "&day=2026-11-02&label=Staff+training+day");
    EXPECT_EQ(added.status, 303);
    EXPECT_EQ(added.header("location"), "/closures?year=2026&notice=added");
    auto page = get(browser, "/closures?year=2026", in_english);
    EXPECT_TRUE(contains(page.body, "<td>2 November 2026</td><td>Staff training day</td>"));

    auto twice = post(browser, "/closures",
                      "csrf_token=" + browser.csrf_token + "&day=2026-11-02&label=Again", in_english);
    EXPECT_EQ(twice.status, 422);
    EXPECT_TRUE(contains(twice.body, "The centre is already closed on that day"));

    auto unreal =
        post(browser, "/closures", "csrf_token=" + browser.csrf_token + "&day=2026-02-30&label=", in_english);
    EXPECT_EQ(unreal.status, 422);
    EXPECT_TRUE(contains(unreal.body, "<a href=\"#day\">The closure day must be a real date</a>"));
    EXPECT_TRUE(contains(unreal.body, "<a href=\"#label\">Enter why the centre is closed</a>"));
    EXPECT_TRUE(contains(unreal.body, "value=\"2026-02-30\""));

    auto const id = std::to_string(count("SELECT id FROM closure_days"));
    auto removed =
        post(browser, "/closures/" + id + "/removal", "csrf_token=" + browser.csrf_token + "&year=2026");
    EXPECT_EQ(removed.status, 303);
    EXPECT_EQ(removed.header("location"), "/closures?year=2026&notice=removed");
    EXPECT_EQ(count("SELECT COUNT(*) FROM closure_days"), 0);
}

// Module results over HTTP: a grid per module saved in one request, refused whole with what was
// typed kept when a row is wrong, and linked from the cohort's page.

#include "training_fixture.hpp"

using namespace tremplin;

namespace {

bool contains(std::string const& text, std::string const& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

class ResultsPages : public test_support::TrainingWebTest {
  protected:
    void SetUp() override
    {
        TrainingWebTest::SetUp();
        ASSERT_TRUE(accounts.add_account({"funder", "Name of funder", domain::Role::Funder, password}));
        auto const track_id = web_track(
            {{"HTML et CSS", "HTML en CSS", "HTML and CSS"}, {"JavaScript", "JavaScript", "JavaScript"}});

        domain::Cohort cohort;
        cohort.track_id = track_id;
        cohort.name = "WEB 2026-A";
        cohort.starts_on = *domain::Date::parse_iso("2026-02-02");
        cohort.ends_on = *domain::Date::parse_iso("2026-06-30");
        cohort.capacity = 12;
        cohort_id = *training.cohorts.create(head, cohort);
        auto const details = training.cohorts.cohort(head, cohort_id);
        for (auto const& module : details->version.modules)
            modules.push_back(module.id);

        enrolments = enrol_two_trainees(cohort_id, cohort.starts_on);
    }

    std::string grid_path(std::size_t module = 0) const
    {
        return "/cohorts/" + std::to_string(cohort_id) +
               "/results?module=" + std::to_string(modules.at(module));
    }

    long long cohort_id = 0;
    std::vector<long long> modules;
    std::vector<long long> enrolments;
};
TREMPLIN_ON_EVERY_BACKEND(ResultsPages);

TEST_P(ResultsPages, TheCohortPageLinksToTheGridOfEachModule)
{
    auto coordinator = signed_in("coordinator");
    auto page = get(coordinator, "/cohorts/" + std::to_string(cohort_id), {{"Accept-Language", "en"}});
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Results by module"));
    for (std::size_t i = 0; i < modules.size(); ++i)
        EXPECT_TRUE(contains(page.body, "/results?module=" + std::to_string(modules[i]))) << i;

    auto grid = get(coordinator, grid_path(1), {{"Accept-Language", "en"}});
    EXPECT_EQ(grid.status, 200);
    EXPECT_TRUE(contains(grid.body, "Results – JavaScript, WEB 2026-A"));
    EXPECT_TRUE(contains(grid.body, "Amina Benali"));
    EXPECT_TRUE(contains(grid.body, "Zoë Peeters"));
    EXPECT_TRUE(
        contains(grid.body, "name=\"outcome-" + std::to_string(enrolments[0]) + "\" value=\"failed\""));
}

TEST_P(ResultsPages, TheGridIsSavedInOneRequestAndAReassessmentReplaces)
{
    auto coordinator = signed_in("coordinator");
    get(coordinator, grid_path());
    auto const first = std::to_string(enrolments[0]);
    auto const second = std::to_string(enrolments[1]);
    auto saved = post(coordinator, grid_path(),
                      "csrf_token=" + coordinator.csrf_token + "&outcome-" + first + "=passed&score-" +
                          first + "=82&outcome-" + second + "=failed&score-" + second + "=");
    EXPECT_EQ(saved.status, 303);
    EXPECT_EQ(count("SELECT COUNT(*) FROM module_results"), 2);
    EXPECT_EQ(count("SELECT score FROM module_results WHERE outcome = 'passed'"), 82);

    auto again = post(coordinator, grid_path(),
                      "csrf_token=" + coordinator.csrf_token + "&outcome-" + first + "=passed&score-" +
                          first + "=82&outcome-" + second + "=passed&score-" + second + "=61");
    EXPECT_EQ(again.status, 303);
    EXPECT_EQ(count("SELECT COUNT(*) FROM module_results WHERE outcome = 'passed'"), 2);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'module_result.replaced'"), 1);
    auto grid = get(coordinator, grid_path(), {{"Accept-Language", "en"}});
    EXPECT_TRUE(contains(grid.body, "value=\"61\""));
}

TEST_P(ResultsPages, AGridWithAMistakeComesBackAndSavesNothing)
{
    auto coordinator = signed_in("coordinator");
    get(coordinator, grid_path());
    auto const first = std::to_string(enrolments[0]);
    auto const second = std::to_string(enrolments[1]);
    auto reply = post(coordinator, grid_path(),
                      "csrf_token=" + coordinator.csrf_token + "&outcome-" + first + "=passed&score-" +
                          first + "=120&score-" + second + "=55",
                      {{"Accept-Language", "en"}});
    EXPECT_EQ(reply.status, 422);
    EXPECT_TRUE(contains(reply.body, "<title>Error: "));
    EXPECT_TRUE(contains(reply.body, "The score of Amina Benali must be between 0 and 100"));
    EXPECT_TRUE(contains(reply.body, "Choose whether Zoë Peeters passed or failed"));
    EXPECT_TRUE(contains(reply.body, "value=\"120\"")) << "what was typed comes back";
    EXPECT_TRUE(contains(reply.body, "value=\"55\""));
    EXPECT_EQ(count("SELECT COUNT(*) FROM module_results"), 0);
}

TEST_P(ResultsPages, ATraineeOfAnotherCohortCannotBeGiven)
{
    auto coordinator = signed_in("coordinator");
    get(coordinator, grid_path());
    auto const first = std::to_string(enrolments[0]);
    auto reply =
        post(coordinator, grid_path(),
             "csrf_token=" + coordinator.csrf_token + "&outcome-" + first + "=passed&outcome-999999=passed");
    EXPECT_EQ(reply.status, 422);
    EXPECT_EQ(count("SELECT COUNT(*) FROM module_results"), 0);
}

TEST_P(ResultsPages, AFunderCannotRecordResults)
{
    auto funder = signed_in("funder");
    auto const first = std::to_string(enrolments[0]);
    auto reply =
        post(funder, grid_path(), "csrf_token=" + funder.csrf_token + "&outcome-" + first + "=passed");
    EXPECT_EQ(reply.status, 403);
    EXPECT_EQ(count("SELECT COUNT(*) FROM module_results"), 0);
}

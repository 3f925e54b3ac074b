// Social priority over HTTP: the director's page of criteria and tiers, which comes back with
// what was typed when something is wrong; the reason for her tier, where its proof stands and
// the form that records the day it was received, and her eligibility on an application;
// aptitude tests and scores.

#include "training_fixture.hpp"

using namespace tremplin;
using test_support::contains;
using test_support::RecruitmentWebTest;

class PriorityPages : public RecruitmentWebTest {
  protected:
    // A sent application from a woman whose highest finished level is `level`; its id.
    long long sent_application(std::string const& level, std::string const& first_name = "Amina")
    {
        return RecruitmentWebTest::sent_application(
            first_name, first_name == "Amina" ? "0470 12 34 56" : "0470 65 43 21", level);
    }
};
TREMPLIN_ON_EVERY_BACKEND(PriorityPages);

TEST_P(PriorityPages, TheApplicationSaysWhySheIsInHerTier)
{
    auto const id = sent_application("isced_2");
    auto coordinator = signed_in("coordinator");
    auto const page = get(coordinator, "/applications/" + std::to_string(id), english_headers);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(
        contains(page.body, "Tier 1 because her highest finished level is lower secondary (ISCED 2)."))
        << page.body;
    EXPECT_TRUE(contains(page.body, "Eligible for Web developer: no aptitude test"));

    auto french = signed_in("coordinator");
    EXPECT_TRUE(contains(get(french, "/applications/" + std::to_string(id), {{"Accept-Language", "fr"}}).body,
                         "Priorité 1 parce que le niveau le plus élevé qu’elle a terminé est le secondaire "
                         "inférieur (CITE 2)."));

    auto const other = sent_application("isced_7", "Zoé");
    EXPECT_TRUE(contains(get(coordinator, "/applications/" + std::to_string(other), english_headers).body,
                         "Tier 3: no priority criterion applies to her."));
}

TEST_P(PriorityPages, ThePriorityFormComesBackWithWhatWasTyped)
{
    auto director = signed_in("director");
    auto const page = get(director, "/priority", english_headers);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "value=\"low_education\""));
    EXPECT_TRUE(contains(page.body, "No upper secondary diploma"));

    auto const refused =
        post(director, "/priority",
             "csrf_token=" + director.csrf_token +
                 "&criteria-0-code=low_education&criteria-0-name_en=Low+education"
                 "&criteria-0-proof_valid_months=twelve&criteria-0-rule=isced_at_most"
                 "&criteria-0-parameter=2&criteria-0-tier=1"
                 "&criteria-1-code=&criteria-1-name_en=Typed+by+her&criteria-1-proof_valid_months=6"
                 "&criteria-1-rule=single_parent&criteria-1-parameter=&criteria-1-tier=3",
             english_headers);
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(contains(refused.body, english("errors.priority.validity_out_of_range")));
    EXPECT_TRUE(contains(refused.body, english("errors.priority.code_missing")));
    EXPECT_TRUE(contains(refused.body, english("errors.priority.tier_gap")));
    EXPECT_TRUE(contains(refused.body, "value=\"twelve\"")) << "what was typed comes back";
    EXPECT_TRUE(contains(refused.body, "value=\"Typed by her\""));
    EXPECT_TRUE(contains(refused.body, "href=\"#criteria-0-proof_valid_months\""));
    EXPECT_EQ(count("SELECT COUNT(*) FROM priority_criteria WHERE organisation_id IS NOT NULL"), 0);

    auto const saved =
        post(director, "/priority",
             "csrf_token=" + director.csrf_token +
                 "&criteria-0-code=single_parent&criteria-0-name_en=Single+parent"
                 "&criteria-0-proof_valid_months=6&criteria-0-rule=single_parent&criteria-0-tier=1",
             english_headers);
    EXPECT_EQ(saved.status, 303);
    EXPECT_EQ(saved.header("location"), "/priority?notice=saved");
    EXPECT_EQ(count("SELECT COUNT(*) FROM priority_criteria WHERE organisation_id IS NOT NULL"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'priority.changed'"), 1);
    auto const id = sent_application("isced_1", "Zoé");
    EXPECT_TRUE(contains(get(director, "/applications/" + std::to_string(id), english_headers).body,
                         "Tier 2: no priority criterion applies to her."));
}

TEST_P(PriorityPages, OnlyTheDirectorOpensThePriorityPage)
{
    auto coordinator = signed_in("coordinator");
    EXPECT_EQ(get(coordinator, "/priority").status, 403);
    get(coordinator, "/applications");
    EXPECT_EQ(post(coordinator, "/priority", "csrf_token=" + coordinator.csrf_token).status, 403);
}

TEST_P(PriorityPages, AScoreBelowThePassMarkIsExplained)
{
    auto const id = sent_application("isced_6");
    auto coordinator = signed_in("coordinator");
    auto const tests = get(coordinator, "/aptitude-tests", english_headers);
    EXPECT_EQ(tests.status, 200);
    auto const track = std::to_string(track_id);
    auto const bad = post(coordinator, "/aptitude-tests",
                          "csrf_token=" + coordinator.csrf_token + "&tracks=" + track + "&tests-" + track +
                              "-maximum_score=20&tests-" + track + "-pass_mark=25",
                          english_headers);
    EXPECT_EQ(bad.status, 422);
    EXPECT_TRUE(contains(bad.body, english("errors.aptitude.pass_mark_out_of_range")));
    EXPECT_TRUE(contains(bad.body, "value=\"25\""));
    EXPECT_EQ(post(coordinator, "/aptitude-tests",
                   "csrf_token=" + coordinator.csrf_token + "&tracks=" + track + "&tests-" + track +
                       "-maximum_score=20&tests-" + track + "-pass_mark=12",
                   english_headers)
                  .status,
              303);

    auto const path = "/applications/" + std::to_string(id);
    EXPECT_TRUE(contains(get(coordinator, path, english_headers).body,
                         "Not eligible for Web developer yet: she has not taken the aptitude test"));
    auto const refused = post(coordinator, path + "/aptitude-scores",
                              "csrf_token=" + coordinator.csrf_token + "&track_id=" + track +
                                  "&taken_on_day=1&taken_on_month=3&taken_on_year=2026&score=twenty",
                              english_headers);
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(contains(refused.body, english("errors.aptitude.score_out_of_range")));
    EXPECT_TRUE(contains(refused.body, "value=\"twenty\""));
    auto const recorded = post(coordinator, path + "/aptitude-scores",
                               "csrf_token=" + coordinator.csrf_token + "&track_id=" + track +
                                   "&taken_on_day=1&taken_on_month=3&taken_on_year=2026&score=9",
                               english_headers);
    EXPECT_EQ(recorded.status, 303);
    EXPECT_TRUE(contains(get(coordinator, recorded.header("location"), english_headers).body,
                         "Not eligible for Web developer: test score 9"));
}

TEST_P(PriorityPages, TheDayAProofWasReceivedIsRecordedOnTheApplication)
{
    auto const id = sent_application("isced_2");
    auto coordinator = signed_in("coordinator");
    auto const path = "/applications/" + std::to_string(id);
    auto const page = get(coordinator, path, english_headers);
    EXPECT_TRUE(contains(page.body,
                         "Proof to ask for: Her latest diploma or certificate, or a sworn statement, "
                         "not received yet (valid for 120 months)."))
        << page.body;
    EXPECT_TRUE(contains(page.body, "name=\"criterion\" value=\"low_education\""));
    EXPECT_TRUE(contains(page.body, "id=\"proof-low_education-received_on_day\" name=\"received_on_day\""));

    auto const refused = post(coordinator, path + "/priority-proofs",
                              "csrf_token=" + coordinator.csrf_token +
                                  "&criterion=low_education&received_on_day=31&received_on_month=2"
                                  "&received_on_year=2026",
                              english_headers);
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(contains(refused.body, english("errors.priority.proof_received_not_real")));
    EXPECT_TRUE(contains(refused.body, "href=\"#proof-low_education-received_on_day\""));
    EXPECT_TRUE(contains(refused.body, "value=\"31\""));
    EXPECT_TRUE(contains(refused.body, "id=\"proof-low_education-received_on_day-error\""));

    auto const recorded = post(coordinator, path + "/priority-proofs",
                               "csrf_token=" + coordinator.csrf_token +
                                   "&criterion=low_education&received_on_day=3&received_on_month=3"
                                   "&received_on_year=2025",
                               english_headers);
    EXPECT_EQ(recorded.status, 303);
    EXPECT_EQ(recorded.header("location"), path + "?notice=proof_recorded#priority");
    auto const shown = get(coordinator, path + "?notice=proof_recorded", english_headers);
    EXPECT_TRUE(contains(shown.body, english("priority.proof.recorded")));
    EXPECT_TRUE(contains(shown.body,
                         "Proof: Her latest diploma or certificate, or a sworn statement – received on "
                         "3 March 2025, valid until 2 March 2035."))
        << shown.body;

    auto trainer = signed_in("trainer");
    get(trainer, "/");
    EXPECT_EQ(post(trainer, path + "/priority-proofs",
                   "csrf_token=" + trainer.csrf_token +
                       "&criterion=low_education&received_on_day=1&received_on_month=3&received_on_year=2026")
                  .status,
              403);
}

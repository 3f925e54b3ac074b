// Social priority and aptitude tests, on both databases: the programme's default until the
// director saves her own criteria, all or nothing and audited; each applicant's tier with its
// reasons and her eligibility for the tracks she chose.

#include "service/recruitment.hpp"
#include "training_fixture.hpp"

using namespace tremplin;
using domain::ApplicationQuestion;
using test_support::TrainingTest;
namespace fields = domain::participant_fields;

class Priority : public TrainingTest {
  protected:
    Priority()
    {
        web_track = track("WEB");
        helpdesk_track = track("HELP");
        web = cohort(web_track, "WEB 2026-A");
        helpdesk = cohort(helpdesk_track, "HELP 2026-A");
        auto const id = recruitment.intakes.save(
            coordinator, {0, 0, "Mars 2026", day("2026-02-01"), day("2026-03-31"), {web, helpdesk}});
        EXPECT_TRUE(id);
        intake_id = id.value_or(0);
    }

    static domain::ApplicationAnswers
    page(std::initializer_list<std::pair<std::string_view, std::string>> values)
    {
        domain::ApplicationAnswers answers;
        for (auto const& [field, value] : values)
            answers.set(field, value);
        return answers;
    }

    // An application from a woman whose record answers with `pages`.
    long long apply(std::string const& phone,
                    std::vector<std::pair<ApplicationQuestion, domain::ApplicationAnswers>> const& pages = {})
    {
        auto const token = recruitment.applications.start(intake_id, "fr", "198.51.100.7").value();
        EXPECT_TRUE(
            recruitment.applications.answer(token, ApplicationQuestion::Name,
                                            page({{fields::first_name, "Awa"}, {fields::last_name, phone}})));
        EXPECT_TRUE(recruitment.applications.answer(
            token, ApplicationQuestion::Contact,
            page({{fields::phone, phone}, {fields::email, ""}, {fields::preferred_language, "fr"}})));
        EXPECT_TRUE(recruitment.applications.answer(token, ApplicationQuestion::Choices,
                                                    page({{"choice_1", std::to_string(web)},
                                                          {"choice_2", std::to_string(helpdesk)},
                                                          {"choice_3", ""}})));
        for (auto const& [question, answers] : pages)
            EXPECT_TRUE(recruitment.applications.answer(token, question, answers));
        EXPECT_TRUE(recruitment.applications.submit(token, "198.51.100.7"));
        return recruitment.applications.pipeline(coordinator, {}).value().applications.back().id;
    }

    std::vector<domain::CriterionInput> default_inputs()
    {
        return domain::inputs_of(recruitment.priority.scheme(director).value());
    }

    service::Recruitment recruitment{database(), clock, {"fr", "nl", "en"}, {.submissions_per_hour = 1000}};
    long long web_track = 0;
    long long helpdesk_track = 0;
    long long web = 0;
    long long helpdesk = 0;
    long long intake_id = 0;
};
TREMPLIN_ON_EVERY_BACKEND(Priority);

TEST_P(Priority, StartsFromTheProgrammesCriteria)
{
    auto const scheme = recruitment.priority.scheme(coordinator);
    ASSERT_TRUE(scheme);
    auto const tiers = scheme->tiers();
    ASSERT_EQ(tiers.size(), 2U);
    EXPECT_EQ(tiers[0].criteria.size(), 2U);
    EXPECT_EQ(tiers[0].criteria[0].code, "low_education");
    EXPECT_EQ(tiers[0].criteria[0].parameter, 2);
    EXPECT_EQ(tiers[1].criteria.size(), 4U);
    EXPECT_EQ(scheme->everyone_else_tier(), 3);
    EXPECT_EQ(tiers[1].criteria[0].name.in("nl"), "Minstens 12 maanden werkzoekend");
}

TEST_P(Priority, PlacesEachApplicantInHerTierWithTheReasons)
{
    auto const low = apply("0470 00 00 01",
                           {{ApplicationQuestion::Education, page({{fields::education_level, "isced_2"}})}});
    auto const unemployed = apply(
        "0470 00 00 02", {{ApplicationQuestion::Education, page({{fields::education_level, "isced_6"}})},
                          {ApplicationQuestion::Situation, page({{fields::labour_market_status, "unemployed"},
                                                                 {fields::unemployed_since_month, "1"},
                                                                 {fields::unemployed_since_year, "2025"}})}});
    auto const other = apply(
        "0470 00 00 03", {{ApplicationQuestion::Education, page({{fields::education_level, "isced_7"}})}});

    auto const standings = recruitment.priority.standings(coordinator, {other, low, unemployed, 999999});
    ASSERT_TRUE(standings);
    ASSERT_EQ(standings->size(), 3U) << "an unknown application is left out";
    EXPECT_EQ((*standings)[0].priority.tier, 3);
    EXPECT_TRUE((*standings)[0].priority.everyone_else());
    EXPECT_EQ((*standings)[1].priority.tier, 1);
    EXPECT_EQ((*standings)[1].priority.reasons.at(0).level, domain::EducationLevel::Isced2);
    EXPECT_EQ((*standings)[2].priority.tier, 2);
    EXPECT_EQ((*standings)[2].priority.reasons.at(0).months, 14);
    EXPECT_FALSE(recruitment.priority.standings(funder, {low}));
}

TEST_P(Priority, OnlyTheDirectorChangesTheCriteria)
{
    auto const refused = recruitment.priority.save(coordinator, default_inputs());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, domain::ErrorCode::Forbidden);
    EXPECT_FALSE(recruitment.priority.scheme(trainer));
    EXPECT_EQ(count("SELECT COUNT(*) FROM priority_criteria WHERE organisation_id IS NOT NULL"), 0);

    // The form to change them is refused as the change is, although the coordinator reads them.
    EXPECT_TRUE(recruitment.priority.scheme(coordinator));
    auto const form = recruitment.priority.for_editing(coordinator);
    ASSERT_FALSE(form);
    EXPECT_EQ(form.error().code, domain::ErrorCode::Forbidden);
    ASSERT_TRUE(recruitment.priority.for_editing(director));
    EXPECT_EQ(domain::inputs_of(recruitment.priority.for_editing(director).value()).size(),
              default_inputs().size());
}

TEST_P(Priority, SavesTheDirectorsCriteriaAndAuditsTheChange)
{
    auto typed = default_inputs();
    typed[3].tier = "1"; // single parents come first too
    typed.erase(typed.begin() + 5);
    ASSERT_TRUE(recruitment.priority.save(director, typed));

    auto const scheme = recruitment.priority.scheme(coordinator).value();
    EXPECT_EQ(scheme.criteria.size(), 5U);
    EXPECT_EQ(scheme.tiers()[0].criteria.size(), 3U);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'priority.changed'"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM priority_criteria WHERE organisation_id IS NULL"), 6)
        << "the programme's default stays for other centres";

    auto const single =
        apply("0470 00 00 04", {{ApplicationQuestion::Circumstances,
                                 page({{fields::single_parent, "yes"}, {fields::housing_exclusion, ""}})}});
    EXPECT_EQ(recruitment.priority.standing(coordinator, single)->priority.tier, 1);
}

TEST_P(Priority, KeepsEverythingAsItWasWhenOneFieldIsWrong)
{
    auto typed = default_inputs();
    typed[0].tier = "1";
    typed[1].parameter = "";
    typed[2].proof_valid_months = "forever";
    typed[4].code = typed[3].code;
    auto const refused = recruitment.priority.save(director, typed);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().fields.size(), 2U);
    EXPECT_EQ(refused.error().fields[0].field, "criteria-2-proof_valid_months");
    EXPECT_EQ(refused.error().fields[1].field, "criteria-4-code");
    EXPECT_EQ(count("SELECT COUNT(*) FROM priority_criteria WHERE organisation_id IS NOT NULL"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'priority.changed'"), 0);
}

TEST_P(Priority, ACentreMayKeepNoCriteriaAtAll)
{
    auto typed = default_inputs();
    for (auto& row : typed)
        row.remove = true;
    ASSERT_TRUE(recruitment.priority.save(director, typed));
    auto const scheme = recruitment.priority.scheme(director).value();
    EXPECT_TRUE(scheme.criteria.empty());
    EXPECT_EQ(scheme.everyone_else_tier(), 1);
}

TEST_P(Priority, EligibilityFollowsTheTestOfEachChosenTrack)
{
    auto const application = apply("0470 00 00 05");
    ASSERT_TRUE(
        recruitment.aptitude.save_tests(coordinator, {{web_track, "20", "12"}, {helpdesk_track, "", ""}}));
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'aptitude_test.changed'"), 1);

    auto before = recruitment.priority.standing(coordinator, application).value();
    ASSERT_EQ(before.choices.size(), 2U);
    EXPECT_EQ(before.choices[0].eligibility.reason, domain::EligibilityReason::NotTaken);
    EXPECT_EQ(before.choices[1].eligibility.reason, domain::EligibilityReason::NoTest);
    EXPECT_TRUE(before.choices[1].eligibility.eligible());

    ASSERT_TRUE(recruitment.aptitude.record_score(coordinator, application,
                                                  {std::to_string(web_track), {"1", "3", "2026"}, "9"}));
    auto failed = recruitment.priority.standing(coordinator, application).value();
    EXPECT_EQ(failed.choices[0].eligibility.reason, domain::EligibilityReason::BelowPassMark);
    EXPECT_EQ(failed.choices[0].eligibility.score->score, 9);
    EXPECT_EQ(failed.choices[0].eligibility.test->pass_mark, 12);
    EXPECT_EQ(failed.choices[0].track.code, "WEB");

    ASSERT_TRUE(recruitment.aptitude.record_score(coordinator, application,
                                                  {std::to_string(web_track), {"2", "3", "2026"}, "12"}));
    EXPECT_TRUE(recruitment.priority.standing(coordinator, application)->choices[0].eligibility.eligible());
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'aptitude_score.recorded'"), 2);
}

TEST_P(Priority, RefusesAScoreThatCannotBeRight)
{
    auto const application = apply("0470 00 00 06");
    ASSERT_TRUE(recruitment.aptitude.save_tests(director, {{web_track, "20", "12"}}));
    auto const refused = recruitment.aptitude.record_score(
        coordinator, application, {std::to_string(helpdesk_track), {"3", "3", "2026"}, "21"});
    ASSERT_FALSE(refused);
    std::vector<std::string> named;
    for (auto const& error : refused.error().fields)
        named.push_back(error.field + " " + error.message_key);
    EXPECT_EQ(named, (std::vector<std::string>{"track_id errors.aptitude.track_missing"}))
        << "a course without a test takes no score";
    auto const future = recruitment.aptitude.record_score(
        coordinator, application, {std::to_string(web_track), {"3", "3", "2026"}, "21"});
    ASSERT_FALSE(future);
    ASSERT_EQ(future.error().fields.size(), 2U);
    EXPECT_EQ(future.error().fields[0].field, "taken_on");
    EXPECT_EQ(future.error().fields[1].message_key, "errors.aptitude.score_out_of_range");
    EXPECT_FALSE(recruitment.aptitude.record_score(trainer, application,
                                                   {std::to_string(web_track), {"1", "3", "2026"}, "15"}));
    EXPECT_EQ(count("SELECT COUNT(*) FROM aptitude_scores"), 0);
}

TEST_P(Priority, RefusesAPassMarkAboveTheMaximumAndSavesNoTest)
{
    auto const refused =
        recruitment.aptitude.save_tests(director, {{web_track, "20", "12"}, {helpdesk_track, "10", "11"}});
    ASSERT_FALSE(refused);
    ASSERT_EQ(refused.error().fields.size(), 1U);
    EXPECT_EQ(refused.error().fields[0].field, "tests-" + std::to_string(helpdesk_track) + "-pass_mark");
    EXPECT_EQ(count("SELECT COUNT(*) FROM aptitude_tests"), 0);
    EXPECT_FALSE(recruitment.aptitude.save_tests(trainer, {{web_track, "20", "12"}}));
}

TEST_P(Priority, TheTestsAreChangedByThoseWhoKeepTheCatalogueAlone)
{
    auto const job_coach = add("jobcoach", domain::Role::JobCoach);
    EXPECT_TRUE(recruitment.aptitude.tests(job_coach)) << "she follows applications";
    auto const form = recruitment.aptitude.for_editing(job_coach);
    ASSERT_FALSE(form);
    EXPECT_EQ(form.error().code, domain::ErrorCode::Forbidden);
    EXPECT_FALSE(recruitment.aptitude.save_tests(job_coach, {{web_track, "20", "12"}}));
    auto const tracks = recruitment.aptitude.for_editing(coordinator);
    ASSERT_TRUE(tracks);
    EXPECT_EQ(tracks->size(), recruitment.aptitude.tests(coordinator)->size());
}

TEST_P(Priority, RecordsTheDayAProofWasReceivedReplacingTheOneBefore)
{
    auto const single =
        apply("0470 00 00 07", {{ApplicationQuestion::Circumstances,
                                 page({{fields::single_parent, "yes"}, {fields::housing_exclusion, ""}})}});
    auto const before = recruitment.priority.standing(coordinator, single).value();
    ASSERT_EQ(before.priority.reasons.size(), 1U);
    EXPECT_EQ(before.priority.reasons[0].proof.state, domain::ProofState::NotReceived);

    ASSERT_TRUE(
        recruitment.priority.record_proof(coordinator, single, {"single_parent", {"3", "8", "2025"}}));
    auto const expired = recruitment.priority.standing(coordinator, single)->priority.reasons.at(0).proof;
    EXPECT_EQ(expired.state, domain::ProofState::Expired) << "a household composition is valid 6 months";
    EXPECT_EQ(expired.expired_on, day("2026-02-03"));

    ASSERT_TRUE(
        recruitment.priority.record_proof(coordinator, single, {"single_parent", {"2", "3", "2026"}}));
    auto const valid = recruitment.priority.standing(coordinator, single)->priority.reasons.at(0).proof;
    EXPECT_EQ(valid.state, domain::ProofState::Valid);
    EXPECT_EQ(valid.received_on, day("2026-03-02"));
    EXPECT_EQ(valid.valid_until, day("2026-09-01"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM priority_proofs"), 1) << "one day per woman and criterion";
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'priority_proof.recorded'"), 2);
}

TEST_P(Priority, RefusesAProofDayThatCannotBeRightAndRecordsNothing)
{
    auto const application = apply("0470 00 00 08");
    auto const future =
        recruitment.priority.record_proof(coordinator, application, {"single_parent", {"3", "3", "2026"}});
    ASSERT_FALSE(future);
    ASSERT_EQ(future.error().fields.size(), 1U);
    EXPECT_EQ(future.error().fields[0].field, "received_on");
    EXPECT_EQ(future.error().fields[0].message_key, "errors.priority.proof_received_in_future");
    auto const no_month =
        recruitment.priority.record_proof(coordinator, application, {"single_parent", {"3", " ", "2026"}});
    ASSERT_FALSE(no_month);
    EXPECT_EQ(no_month.error().fields.at(0).field, "received_on_month");

    EXPECT_EQ(
        recruitment.priority.record_proof(coordinator, application, {"no_such_criterion", {"1", "3", "2026"}})
            .error()
            .code,
        domain::ErrorCode::NotFound);
    EXPECT_EQ(recruitment.priority.record_proof(coordinator, 999999, {"single_parent", {"1", "3", "2026"}})
                  .error()
                  .code,
              domain::ErrorCode::NotFound);
    EXPECT_EQ(recruitment.priority.record_proof(trainer, application, {"single_parent", {"1", "3", "2026"}})
                  .error()
                  .code,
              domain::ErrorCode::Forbidden);
    EXPECT_EQ(count("SELECT COUNT(*) FROM priority_proofs"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'priority_proof.recorded'"), 0);
}

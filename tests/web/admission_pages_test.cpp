// Admission rounds over HTTP: the coordinator draws the seats of an intake, reads who is
// admitted and why each other woman waits, confirms, records a declined seat and re-runs; a
// draw number that is not one comes back explained with what was typed; a draw after the
// confirmation is refused and audited; a trainer sees none of it.

#include "training_fixture.hpp"

using namespace tremplin;
using test_support::contains;
using test_support::RecruitmentWebTest;

// One seat, for two women.
class AdmissionPages : public RecruitmentWebTest {
  protected:
    AdmissionPages() : RecruitmentWebTest(1) {}

    long long sent_application(std::string const& first_name, std::string const& level,
                               std::string const& phone)
    {
        return RecruitmentWebTest::sent_application(first_name, phone, level, "en");
    }

    std::string admission_path() const { return "/intakes/" + std::to_string(intake_id) + "/admission"; }
};
TREMPLIN_ON_EVERY_BACKEND(AdmissionPages);

TEST_P(AdmissionPages, TheCoordinatorDrawsReadsWhyAndConfirms)
{
    auto const amina = sent_application("Amina", "isced_2", "0470 12 34 56");
    sent_application("Sofia", "isced_7", "0470 65 43 21");
    auto coordinator = signed_in("coordinator");
    auto const page = get(coordinator, admission_path(), english_headers);
    ASSERT_EQ(page.status, 200) << page.body;
    EXPECT_TRUE(contains(page.body, english("admission.draw_heading")));

    auto const wrong =
        post(coordinator, admission_path(),
             "csrf_token=" + coordinator.csrf_token + "&lottery=single&seed=forty-two", english_headers);
    EXPECT_EQ(wrong.status, 422);
    EXPECT_TRUE(contains(wrong.body, english("errors.admission.seed_not_valid")));
    EXPECT_TRUE(contains(wrong.body, "value=\"forty-two\"")) << "what was typed comes back";
    EXPECT_EQ(count("SELECT COUNT(*) FROM admission_rounds"), 0);

    // A draft drawn once with seed 4242, then again with 42: both draws stay in its history.
    ASSERT_EQ(post(coordinator, admission_path(),
                   "csrf_token=" + coordinator.csrf_token + "&lottery=single&seed=4242", english_headers)
                  .status,
              303);
    auto const drawn =
        post(coordinator, admission_path(),
             "csrf_token=" + coordinator.csrf_token + "&lottery=single&seed=42", english_headers);
    ASSERT_EQ(drawn.status, 303) << drawn.body;
    auto const round_path = drawn.header("location");
    auto const result = get(coordinator, round_path, english_headers);
    ASSERT_EQ(result.status, 200);
    EXPECT_TRUE(contains(result.body, english("admission.draws_heading")));
    EXPECT_TRUE(contains(result.body, "<td>4242</td>")) << "the earlier draw is kept in view";
    EXPECT_LT(result.body.find("<td>42</td>"), result.body.find("<td>4242</td>")) << "the latest first";
    EXPECT_TRUE(contains(result.body, "Name of coordinator"));
    EXPECT_TRUE(contains(result.body, "1 admitted of 2 applicants"));
    EXPECT_TRUE(contains(result.body, "Admitted: WEB 2026-B"));
    EXPECT_TRUE(contains(result.body, "Waiting: no. 1 for WEB 2026-B"));
    EXPECT_TRUE(contains(result.body, "every seat went to women of a higher tier than hers (Tier 3)"))
        << "the reason she waits is said in words";
    EXPECT_TRUE(contains(result.body, "/applications/" + std::to_string(amina)));

    // For an audit: the round as the input of `tremplin match`, its ties already broken.
    auto const audit = get(coordinator, round_path + "/match-input.json", english_headers);
    EXPECT_EQ(audit.status, 200);
    EXPECT_TRUE(audit.header("content-type").starts_with("application/json"));
    EXPECT_TRUE(contains(audit.body, "\"mode\": \"none\"")) << audit.body;
    EXPECT_TRUE(contains(audit.body, "\"id\": \"c" + std::to_string(cohort_id) + "\""));

    auto const confirmed = post(coordinator, round_path + "/confirmation",
                                "csrf_token=" + coordinator.csrf_token, english_headers);
    ASSERT_EQ(confirmed.status, 303) << confirmed.body;
    EXPECT_EQ(count("SELECT COUNT(*) FROM enrolments WHERE cohort_id = " + std::to_string(cohort_id)), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM letters WHERE kind IN ('admitted', 'waitlisted')"), 2);
    auto const hers = get(coordinator, "/applications/" + std::to_string(amina), english_headers);
    EXPECT_TRUE(contains(hers.body, "Admitted: WEB 2026-B"))
        << "her application says what the round gave her";
    EXPECT_TRUE(contains(hers.body, "round 1, confirmed"));

    // A draw after the confirmation: refused, explained, audited.
    auto const again =
        post(coordinator, admission_path(),
             "csrf_token=" + coordinator.csrf_token + "&lottery=single&seed=43", english_headers);
    EXPECT_EQ(again.status, 422);
    EXPECT_TRUE(contains(again.body, english("errors.admission.round_confirmed")));
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'admission_round.redraw_refused'"), 1);
    EXPECT_EQ(count("SELECT seed FROM admission_rounds"), 42);

    // Amina declines; the re-run gives her seat to the woman waiting.
    auto const declined = post(
        coordinator, round_path + "/declines",
        "csrf_token=" + coordinator.csrf_token + "&application_id=" + std::to_string(amina), english_headers);
    ASSERT_EQ(declined.status, 303) << declined.body;
    auto const rerun =
        post(coordinator, round_path + "/reruns", "csrf_token=" + coordinator.csrf_token, english_headers);
    ASSERT_EQ(rerun.status, 303) << rerun.body;
    auto const second = get(coordinator, rerun.header("location"), english_headers);
    EXPECT_TRUE(contains(second.body, "1 admitted of 1 applicants")) << second.body;
}

TEST_P(AdmissionPages, ARoundWithNoSeatIsRefusedWithTheReason)
{
    sent_application("Amina", "isced_2", "0470 12 34 56");
    auto const someone = participants.create(
        head,
        [] {
            domain::ParticipantInput input;
            input.set(domain::participant_fields::first_name, "Déjà");
            input.set(domain::participant_fields::last_name, "Inscrite");
            input.set(domain::participant_fields::gender, "woman");
            input.set(domain::participant_fields::preferred_language, "fr");
            return input;
        }(),
        service::DuplicateCheck::ConfirmedDifferentPerson);
    ASSERT_TRUE(training.enrolments.enrol(head, {cohort_id, *someone.value().id, {}, {}}));
    auto coordinator = signed_in("coordinator");
    get(coordinator, admission_path(), english_headers);
    auto const refused =
        post(coordinator, admission_path(),
             "csrf_token=" + coordinator.csrf_token + "&lottery=single&seed=", english_headers);
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(contains(refused.body, english("errors.admission.no_capacity")));
    EXPECT_TRUE(contains(refused.body, "href=\"#draw\""));
}

TEST_P(AdmissionPages, ATrainerSeesNoRound)
{
    sent_application("Amina", "isced_2", "0470 12 34 56");
    auto trainer = signed_in("trainer");
    EXPECT_EQ(get(trainer, admission_path()).status, 403);
    EXPECT_EQ(post(trainer, admission_path(), "csrf_token=" + trainer.csrf_token + "&lottery=single").status,
              403);
    EXPECT_EQ(count("SELECT COUNT(*) FROM admission_rounds"), 0);
}

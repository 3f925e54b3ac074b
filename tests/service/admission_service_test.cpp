// Admission rounds on both databases: seats by tier with a recorded lottery, the same seed
// giving the same round, confirmation enrolling and writing to every woman all at once, a
// confirmed round never drawn again (and the attempt audited), a round with no seat refused,
// and a re-run after a decline that fills the seat without anyone losing hers; a decline only
// in the latest round, and a re-run drawn again when an admitted woman left since.

#include "match/matching.hpp"
#include "service/admission_allocation.hpp"
#include "service/recruitment.hpp"
#include "training_fixture.hpp"

using namespace tremplin;
using domain::ApplicationQuestion;
using test_support::TrainingTest;
namespace fields = domain::participant_fields;

class Admission : public TrainingTest {
  protected:
    Admission()
    {
        web_track = track("WEB");
        web = cohort(web_track, "WEB 2026-A", 2);
        helpdesk = cohort(track("HELP"), "HELP 2026-A", 1);
        auto const id = recruitment.intakes.save(
            coordinator, {0, 0, "Mars 2026", day("2026-02-01"), day("2026-03-31"), {web, helpdesk}});
        EXPECT_TRUE(id);
        intake_id = id.value_or(0);
    }

    // An application from a woman with education `level`, for the web course then helpdesk.
    long long apply(std::string const& last_name, std::string const& level)
    {
        auto const token = recruitment.applications.start(intake_id, "fr", "198.51.100.7").value();
        auto const page = [](std::initializer_list<std::pair<std::string_view, std::string>> values) {
            domain::ApplicationAnswers answers;
            for (auto const& [field, value] : values)
                answers.set(field, value);
            return answers;
        };
        EXPECT_TRUE(recruitment.applications.answer(
            token, ApplicationQuestion::Name,
            page({{fields::first_name, "Awa"}, {fields::last_name, last_name}})));
        EXPECT_TRUE(recruitment.applications.answer(
            token, ApplicationQuestion::Contact,
            page({{fields::phone, "0470 00 00 " + std::to_string(10 + ++applied)},
                  {fields::email, ""},
                  {fields::preferred_language, "fr"}})));
        EXPECT_TRUE(recruitment.applications.answer(token, ApplicationQuestion::Education,
                                                    page({{fields::education_level, level}})));
        EXPECT_TRUE(recruitment.applications.answer(token, ApplicationQuestion::Choices,
                                                    page({{"choice_1", std::to_string(web)},
                                                          {"choice_2", std::to_string(helpdesk)},
                                                          {"choice_3", ""}})));
        EXPECT_TRUE(recruitment.applications.submit(token, "198.51.100.7"));
        return recruitment.applications.pipeline(coordinator, {}).value().applications.back().id;
    }

    // Two women of tier 1 (no diploma) and two of tier 3 for three seats.
    void four_applicants()
    {
        first_tier = {apply("Un", "isced_2"), apply("Deux", "isced_1")};
        third_tier = {apply("Trois", "isced_7"), apply("Quatre", "isced_6")};
    }

    domain::AdmissionRound drawn(std::optional<std::int64_t> seed = 42)
    {
        auto const id =
            recruitment.admission.draw(coordinator, {intake_id, domain::LotteryMode::Single, seed});
        EXPECT_TRUE(id) << (id ? "" : id.error().fields.at(0).message_key);
        return recruitment.admission.round(coordinator, id.value_or(0)).value();
    }

    // The four applicants' round confirmed, a woman of tier 1 declining her seat, and its re-run
    // drawn: the ids of both rounds.
    std::pair<long long, long long> rerun_after_a_decline()
    {
        four_applicants();
        auto const round = drawn();
        EXPECT_TRUE(recruitment.admission.confirm(coordinator, round.id));
        EXPECT_TRUE(recruitment.admission.decline(coordinator, round.id, first_tier[0]));
        auto const rerun = recruitment.admission.rerun(coordinator, round.id);
        EXPECT_TRUE(rerun);
        return {round.id, rerun.value_or(0)};
    }

    static std::string problem(domain::Error const& error)
    {
        return error.fields.empty() ? error.message_key : error.fields.front().message_key;
    }

    service::Recruitment recruitment{database(), clock, {"fr", "nl", "en"}, {.submissions_per_hour = 1000}};
    long long web_track = 0;
    long long web = 0;
    long long helpdesk = 0;
    long long intake_id = 0;
    std::vector<long long> first_tier;
    std::vector<long long> third_tier;
    int applied = 0;
};
TREMPLIN_ON_EVERY_BACKEND(Admission);

TEST_P(Admission, GivesTheSeatsToHigherTiersFirstAndKeepsTheDraw)
{
    four_applicants();
    auto const round = drawn();
    EXPECT_EQ(round.number, 1);
    EXPECT_EQ(round.seed, 42);
    EXPECT_EQ(round.status, domain::RoundStatus::Draft);
    ASSERT_EQ(round.applicants.size(), 4U);
    for (auto const id : first_tier)
        EXPECT_EQ(round.result.admitted.at(id), web) << "tier 1 gets the course she wanted most";
    auto const helped = std::ranges::count_if(third_tier, [&](long long id) {
        return round.result.admitted.contains(id) && round.result.admitted.at(id) == helpdesk;
    });
    EXPECT_EQ(helped, 1) << "one woman of tier 3 has the helpdesk seat, by the lottery";
    EXPECT_EQ(round.result.waitlists.at(web).size(), 2U);

    // Kept whole: the round read back is what the allocation gives for its seed.
    auto const again = service::allocate_seats(round.applicants, round.seats, {round.lottery, round.seed});
    EXPECT_EQ(again.admitted, round.result.admitted);
    EXPECT_EQ(again.waitlists, round.result.waitlists);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'admission_round.drawn'"), 1);

    // What an auditor runs: the engine alone, on the round's instance, gives the same seats.
    auto const instance =
        service::admission_instance(round.applicants, round.seats, {round.lottery, round.seed});
    auto const solved = match::match(instance);
    ASSERT_TRUE(solved);
    for (std::size_t a = 0; a < instance.applicants.size(); ++a) {
        auto const application = std::stoll(instance.applicants[a].id.substr(1));
        if (solved->assignment[a] == match::unassigned)
            EXPECT_FALSE(round.result.admitted.contains(application));
        else
            EXPECT_EQ("c" + std::to_string(round.result.admitted.at(application)),
                      instance.programs[solved->assignment[a]].id);
    }
}

TEST_P(Admission, DrawsTheSameRoundForTheSameSeed)
{
    four_applicants();
    auto const first = drawn(7);
    auto const second = drawn(7);
    EXPECT_EQ(second.id, first.id) << "a draft is drawn again, not doubled";
    EXPECT_EQ(second.result.admitted, first.result.admitted);
    EXPECT_EQ(second.result.waitlists, first.result.waitlists);
    auto const chosen = drawn(std::nullopt);
    EXPECT_GE(chosen.seed, 0);
    EXPECT_LE(chosen.seed, service::largest_seed);
    EXPECT_EQ(count("SELECT COUNT(*) FROM admission_rounds"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'admission_round.drawn'"), 3)
        << "every draw is kept in the audit trail, with its seed";

    auto const draws = recruitment.admission.round_page(coordinator, first.id).value().draws;
    ASSERT_EQ(draws.size(), 3U) << "every draw stays in the round's history";
    EXPECT_EQ(draws[0].seed, chosen.seed) << "the latest first";
    EXPECT_EQ(draws[1].seed, 7);
    EXPECT_EQ(draws[2].seed, 7);
    EXPECT_EQ(draws[2].drawn_by, "Name of coordinator");
    EXPECT_EQ(draws[2].admitted, static_cast<int>(first.result.admitted.size()));
}

TEST_P(Admission, ConfirmationEnrolsTheAdmittedAndWritesToEveryone)
{
    four_applicants();
    auto const round = drawn();
    ASSERT_TRUE(recruitment.admission.confirm(coordinator, round.id));

    auto const confirmed = recruitment.admission.round(coordinator, round.id).value();
    EXPECT_EQ(confirmed.status, domain::RoundStatus::Confirmed);
    EXPECT_EQ(confirmed.enrolments.size(), 3U);
    EXPECT_EQ(count("SELECT COUNT(*) FROM enrolments WHERE stage = 'enrolled'"), 3);
    EXPECT_EQ(count("SELECT COUNT(*) FROM letters WHERE kind = 'admitted'"), 3);
    EXPECT_EQ(count("SELECT COUNT(*) FROM letters WHERE kind = 'waitlisted'"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM applications WHERE stage = 'decided'"), 4);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'admission_round.confirmed'"), 1);

    auto const twice = recruitment.admission.confirm(coordinator, round.id);
    ASSERT_FALSE(twice);
    EXPECT_EQ(problem(twice.error()), "errors.admission.already_confirmed");
    EXPECT_EQ(count("SELECT COUNT(*) FROM enrolments"), 3);
}

TEST_P(Admission, RefusesToDrawAConfirmedRoundAgainAndKeepsTheAttempt)
{
    four_applicants();
    auto const round = drawn();
    ASSERT_TRUE(recruitment.admission.confirm(coordinator, round.id));
    auto const again = recruitment.admission.draw(coordinator, {intake_id, domain::LotteryMode::Single, 43});
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().fields.at(0).field, "draw");
    EXPECT_EQ(problem(again.error()), "errors.admission.round_confirmed");
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'admission_round.redraw_refused'"), 1);
    auto const kept = recruitment.admission.round(coordinator, round.id).value();
    EXPECT_EQ(kept.seed, 42);
    EXPECT_EQ(kept.result.admitted, round.result.admitted);
}

TEST_P(Admission, RefusesToConfirmWhenTheSeatsWereTakenSinceTheDraw)
{
    four_applicants();
    auto const round = drawn();
    enrol(helpdesk, participant("Déjà", "Inscrite")); // the helpdesk seat, given by hand meanwhile
    auto const refused = recruitment.admission.confirm(coordinator, round.id);
    ASSERT_FALSE(refused);
    EXPECT_EQ(problem(refused.error()), "errors.admission.seats_changed");
    EXPECT_EQ(count("SELECT COUNT(*) FROM enrolments"), 1) << "nothing half-saved";
    EXPECT_EQ(count("SELECT COUNT(*) FROM letters WHERE kind <> 'application_received'"), 0);
    EXPECT_EQ(recruitment.admission.round(coordinator, round.id)->status, domain::RoundStatus::Draft);
}

TEST_P(Admission, RefusesARoundWithNoSeat)
{
    four_applicants();
    // Both cohorts filled by hand before any round.
    for (auto const& [cohort_id, seats] : {std::pair{web, 2}, std::pair{helpdesk, 1}})
        for (int i = 0; i < seats; ++i)
            enrol(cohort_id, participant("Déjà", "Inscrite " + std::to_string(cohort_id * 10 + i)));
    auto const refused = recruitment.admission.draw(coordinator, {intake_id, domain::LotteryMode::Single, 1});
    ASSERT_FALSE(refused);
    EXPECT_EQ(problem(refused.error()), "errors.admission.no_capacity");
    EXPECT_EQ(count("SELECT COUNT(*) FROM admission_rounds"), 0) << "nothing half-saved";
}

TEST_P(Admission, RefusesARoundWithNobodyWaiting)
{
    auto const refused = recruitment.admission.draw(coordinator, {intake_id, domain::LotteryMode::Single, 1});
    ASSERT_FALSE(refused);
    EXPECT_EQ(problem(refused.error()), "errors.admission.no_applicants");
}

TEST_P(Admission, ReRunFillsADeclinedSeatAndNobodyLosesHers)
{
    four_applicants();
    auto const round = drawn();
    ASSERT_TRUE(recruitment.admission.confirm(coordinator, round.id));
    auto const& waiting = round.result.waitlists.at(helpdesk);
    ASSERT_EQ(waiting.size(), 1U);
    auto const last = waiting.front(); // of tier 3, without a seat
    auto const with_helpdesk = third_tier[0] == last ? third_tier[1] : third_tier[0];

    // A woman of tier 1 declines her web seat: her enrolment is withdrawn, the seat is free.
    ASSERT_TRUE(recruitment.admission.decline(coordinator, round.id, first_tier[0]));
    EXPECT_EQ(count("SELECT COUNT(*) FROM enrolments WHERE withdrawal_reason = 'declined_seat'"), 1);
    auto const twice = recruitment.admission.decline(coordinator, round.id, first_tier[0]);
    ASSERT_FALSE(twice);
    EXPECT_EQ(problem(twice.error()), "errors.admission.no_seat_to_decline");

    auto const rerun = recruitment.admission.rerun(coordinator, round.id);
    ASSERT_TRUE(rerun) << problem(rerun.error());
    auto const next = recruitment.admission.round(coordinator, *rerun).value();
    EXPECT_EQ(next.number, 2);
    EXPECT_EQ(next.seed, round.seed) << "the same lottery: the waitlists keep their order";
    EXPECT_EQ(next.applicants.size(), 3U) << "she who declined waits for nothing";
    EXPECT_EQ(next.result.admitted.at(first_tier[1]), web);
    // The tier-3 woman with the helpdesk seat was ahead of the other in the lottery: she moves
    // to the web course she wanted more, and the helpdesk seat goes to the last one.
    EXPECT_EQ(next.result.admitted.at(with_helpdesk), web);
    EXPECT_EQ(next.result.admitted.at(last), helpdesk);

    ASSERT_TRUE(recruitment.admission.confirm(coordinator, next.id));
    EXPECT_EQ(count("SELECT COUNT(*) FROM enrolments WHERE stage = 'enrolled'"), 3);
    EXPECT_EQ(count("SELECT COUNT(*) FROM enrolments WHERE stage = 'transferred'"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM enrolments WHERE stage = 'enrolled' AND cohort_id = " +
                    std::to_string(web)),
              2);
    EXPECT_EQ(count("SELECT COUNT(*) FROM letters WHERE kind = 'admitted'"), 3 + 2)
        << "a letter to each woman with a new seat, none to her who kept hers";

    auto const from_old = recruitment.admission.rerun(coordinator, round.id);
    ASSERT_FALSE(from_old);
    EXPECT_EQ(problem(from_old.error()), "errors.admission.rerun_from_latest");
}

TEST_P(Admission, ASeatIsDeclinedInTheLatestConfirmedRoundOnly)
{
    auto const [round, rerun] = rerun_after_a_decline();
    ASSERT_TRUE(recruitment.admission.confirm(coordinator, rerun));

    // Her seat is now the re-run's: a decline recorded on the first round is refused whole.
    auto const refused = recruitment.admission.decline(coordinator, round, first_tier[1]);
    ASSERT_FALSE(refused);
    EXPECT_EQ(problem(refused.error()), "errors.admission.decline_in_latest");
    EXPECT_EQ(count("SELECT COUNT(*) FROM enrolments WHERE stage = 'withdrawn'"), 1);
    EXPECT_TRUE(recruitment.admission.decline(coordinator, rerun, first_tier[1]));
    EXPECT_EQ(count("SELECT COUNT(*) FROM enrolments WHERE stage = 'withdrawn'"), 2);
}

TEST_P(Admission, TheRoundPageReadsTheRoundItsWomenItsCohortsAndWhatMayBeDone)
{
    auto const [first, rerun] = rerun_after_a_decline();

    auto const draft = recruitment.admission.round_page(coordinator, rerun).value();
    EXPECT_EQ(draft.round.id, rerun);
    EXPECT_TRUE(draft.latest);
    EXPECT_TRUE(draft.actions.may_decline.empty()) << "a draft gives no seat to decline";
    EXPECT_EQ(draft.applications.size(), 4U) << "every applicant of the intake, for her name";
    EXPECT_EQ(draft.cohort_names.at(web), "WEB 2026-A");
    EXPECT_EQ(draft.cohort_names.at(helpdesk), "HELP 2026-A");

    ASSERT_TRUE(recruitment.admission.confirm(coordinator, rerun));
    auto const earlier = recruitment.admission.round_page(coordinator, first).value();
    EXPECT_FALSE(earlier.latest);
    EXPECT_FALSE(earlier.actions.may_rerun) << "only the latest confirmed round is re-run";
    EXPECT_TRUE(earlier.actions.may_decline.empty()) << "her seat is the re-run's now";
    EXPECT_TRUE(recruitment.admission.round_page(coordinator, rerun)->actions.may_rerun);

    EXPECT_EQ(recruitment.admission.round_page(trainer, first).error().code, domain::ErrorCode::Forbidden);
    EXPECT_EQ(recruitment.admission.round_page(coordinator, rerun + 100).error().code,
              domain::ErrorCode::NotFound);
}

TEST_P(Admission, AReRunDrawnBeforeAnAdmittedWomanLeftMustBeDrawnAgain)
{
    auto const [round, rerun] = rerun_after_a_decline();

    // Meanwhile another admitted woman leaves her cohort, by hand.
    auto const confirmed = recruitment.admission.round(coordinator, round).value();
    ASSERT_TRUE(training.enrolments.change_stage(
        coordinator, confirmed.enrolments.at(first_tier[1]),
        {domain::EnrolmentStage::Withdrawn, {}, domain::WithdrawalReason::FoundJob, 0}));
    auto const letters = count("SELECT COUNT(*) FROM letters");
    auto const outdated = recruitment.admission.confirm(coordinator, rerun);
    ASSERT_FALSE(outdated);
    EXPECT_EQ(problem(outdated.error()), "errors.admission.rerun_outdated");
    EXPECT_EQ(recruitment.admission.round(coordinator, rerun)->status, domain::RoundStatus::Draft);
    EXPECT_EQ(count("SELECT COUNT(*) FROM letters"), letters) << "nothing half-saved";

    // Drawn again, the re-run frees her seat too and can be confirmed.
    auto const again = recruitment.admission.rerun(coordinator, round);
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, rerun) << "the draft is drawn again, not a third round";
    auto const next = recruitment.admission.round(coordinator, *again).value();
    EXPECT_FALSE(std::ranges::any_of(next.applicants, [&](domain::AdmissionApplicant const& applicant) {
        return applicant.application_id == first_tier[1];
    })) << "she left the cohort: she waits for no other seat";
    EXPECT_TRUE(recruitment.admission.confirm(coordinator, *again));
}

TEST_P(Admission, OnceHerCohortHasStartedSheLeavesItRatherThanDeclines)
{
    four_applicants();
    auto const round = drawn();
    ASSERT_TRUE(recruitment.admission.confirm(coordinator, round.id));
    auto const started = recruitment.admission.round(coordinator, round.id)->enrolments.at(first_tier[0]);
    ASSERT_TRUE(training.enrolments.change_stage(coordinator, started, {domain::EnrolmentStage::Active}));

    auto const refused = recruitment.admission.decline(coordinator, round.id, first_tier[0]);
    ASSERT_FALSE(refused);
    EXPECT_EQ(problem(refused.error()), "errors.admission.already_started");
    auto const actions = recruitment.admission.round_page(coordinator, round.id)->actions;
    EXPECT_FALSE(actions.may_decline.contains(first_tier[0]));
    EXPECT_TRUE(actions.may_decline.contains(first_tier[1]));
    EXPECT_TRUE(actions.may_rerun) << "on their first day, the cohorts' free seats can still be given";

    // The next day she leaves: her seat is free, but the cohorts have started.
    clock.advance(std::chrono::days(1));
    ASSERT_TRUE(training.enrolments.change_stage(
        coordinator, started,
        {domain::EnrolmentStage::Withdrawn, {}, domain::WithdrawalReason::FoundJob, 0}));
    EXPECT_FALSE(recruitment.admission.round_page(coordinator, round.id)->actions.may_rerun);
    auto const rerun = recruitment.admission.rerun(coordinator, round.id);
    ASSERT_FALSE(rerun);
    EXPECT_EQ(problem(rerun.error()), "errors.admission.nothing_to_refill");
    EXPECT_EQ(count("SELECT COUNT(*) FROM admission_rounds"), 1);
}

TEST_P(Admission, IsForStaffWhoAdmit)
{
    four_applicants();
    auto const refused = recruitment.admission.draw(trainer, {intake_id, domain::LotteryMode::Single, 1});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, domain::ErrorCode::Forbidden);
    EXPECT_FALSE(recruitment.admission.rounds(funder, intake_id));
    auto const round = drawn();
    EXPECT_FALSE(recruitment.admission.confirm(trainer, round.id));
    EXPECT_FALSE(recruitment.admission.round(funder, round.id));
}

// Not a round, but what leads to one: the pipeline moves on by itself when staff record that
// she came to an information session or took the aptitude test, and never moves back.
TEST_P(Admission, ThePipelineFollowsASessionAttendedAndATestTaken)
{
    auto const id = apply("Un", "isced_2");
    auto const stage = [&] {
        return recruitment.applications.application(coordinator, id).value().summary.stage;
    };
    auto const woman = recruitment.applications.application(coordinator, id).value().summary.participant_id;

    auto const session =
        recruitment.information_sessions
            .save(coordinator, 0, {"2026-03-12", "09:30", "11:30", "Rue Gaucheret 88", "fr", "10"})
            .value();
    ASSERT_TRUE(recruitment.information_sessions.register_participant(coordinator, session, woman));
    auto const registration =
        recruitment.information_sessions.session(coordinator, session).value().registrations.at(0);
    clock.advance(std::chrono::days(40));
    ASSERT_TRUE(recruitment.information_sessions.mark_attendance(
        coordinator, session, {{registration.id, domain::SessionAttendance::Attended}}));
    EXPECT_EQ(stage(), domain::ApplicationStage::InfoSessionAttended);

    ASSERT_TRUE(recruitment.aptitude.save_tests(director, {{web_track, "20", "12"}}));
    ASSERT_TRUE(recruitment.aptitude.record_score(coordinator, id,
                                                  {std::to_string(web_track), {"1", "4", "2026"}, "15"}));
    EXPECT_EQ(stage(), domain::ApplicationStage::TestTaken);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'application.moved' AND detail LIKE "
                    "'%(information session)'"),
              1);

    ASSERT_TRUE(recruitment.applications.move(coordinator, {id}, domain::ApplicationStage::Interviewed));
    ASSERT_TRUE(recruitment.aptitude.record_score(coordinator, id,
                                                  {std::to_string(web_track), {"2", "4", "2026"}, "16"}));
    EXPECT_EQ(stage(), domain::ApplicationStage::Interviewed) << "a test taken again moves nothing back";
}

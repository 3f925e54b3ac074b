// The tutor's evaluations on both backends: a link for each kind, to the tutor unless another
// contact of the host is chosen; answered once (a second sending refused), an expired or guessed
// link opening nothing, an invalid answer storing nothing; who may read them, and the job
// coach's list of the evaluations due and late. docs/domain.md "Tutor evaluation"

#include "service/evaluation_service.hpp"
#include "service/partner_service.hpp"
#include "service/traineeship_service.hpp"
#include "training_fixture.hpp"

using namespace tremplin;
using domain::ErrorCode;
using domain::EvaluationKind;
using domain::Rating;

namespace {

class Evaluations : public test_support::TrainingTest {
  protected:
    Evaluations()
    {
        job_coach = add("jobcoach", domain::Role::JobCoach);
        auto const track_id = track();
        auto web_modules = modules();
        web_modules.back().competences = {"C.1", "B.1"};
        EXPECT_TRUE(training.catalogue.save_modules(director, track_id, web_modules));
        auto cohort = cohort_on(track_id);
        cohort.traineeship = domain::TraineeshipPeriod{day("2026-06-01"), day("2026-06-26")};
        auto const cohort_id = *training.cohorts.create(coordinator, cohort);
        auto const amina = enrol(cohort_id, participant("Amina", "El Idrissi"));
        auto const acme = partners.create(job_coach, {.name = "Acme Brussels SRL", .kind = "enterprise"},
                                          service::DuplicateCheck::Warn);
        EXPECT_TRUE(acme && acme->id);
        lena = *partners.add_contact(job_coach, *acme->id, {.name = "Lena Peeters", .language = "nl"});
        marc = *partners.add_contact(job_coach, *acme->id, {.name = "Marc Dubois", .language = "fr"});
        domain::Traineeship traineeship;
        traineeship.enrolment_id = amina;
        traineeship.partner_id = *acme->id;
        traineeship.tutor_contact_id = lena;
        traineeship.starts_on = day("2026-06-01");
        traineeship.ends_on = day("2026-06-26");
        traineeship.hours_per_week = 38;
        auto const id = traineeships.record(job_coach, traineeship);
        EXPECT_TRUE(id);
        traineeship_id = id ? *id : 0;
    }

    // Sets the clock to nine in the morning of the day.
    void on(std::string_view iso_day)
    {
        auto const target = *domain::parse_iso_timestamp(std::string(iso_day) + "T09:00:00Z");
        clock.advance(std::chrono::duration_cast<std::chrono::seconds>(target - clock.now()));
    }

    static domain::Evaluation complete()
    {
        domain::Evaluation evaluation;
        evaluation.competences = {{"B.1", Rating::Mostly}, {"C.1", Rating::Partly}};
        evaluation.punctuality = Rating::Fully;
        evaluation.teamwork = Rating::Mostly;
        evaluation.would_hire = domain::WouldHire::Maybe;
        evaluation.comment = "  Curious and careful.  ";
        return evaluation;
    }

    long long audited(std::string const& action)
    {
        return count("SELECT COUNT(*) FROM audit_events WHERE action = '" + action + "'");
    }

    service::PartnerService partners{database(), clock};
    service::TraineeshipService traineeships{database(), clock};
    service::EvaluationService evaluations{database(), clock};
    service::Actor job_coach;
    long long traineeship_id = 0, lena = 0, marc = 0;
};
TREMPLIN_ON_EVERY_BACKEND(Evaluations);

} // namespace

TEST_P(Evaluations, TheTutorAnswersThroughHerLinkAndStaffReadTheAnswers)
{
    on("2026-06-12");
    auto const token =
        evaluations.make_link(job_coach, traineeship_id, EvaluationKind::MidTerm, std::nullopt);
    ASSERT_TRUE(token) << token.error().message_key;
    EXPECT_EQ(count("SELECT COUNT(*) FROM evaluation_links WHERE token_hash = '" + *token + "'"), 0);

    auto const questions = evaluations.questions(*token);
    ASSERT_TRUE(questions) << questions.error().message_key;
    EXPECT_EQ(questions->first_name, "Amina");
    EXPECT_EQ(questions->contact.name, "Lena Peeters");
    EXPECT_EQ(questions->kind, EvaluationKind::MidTerm);
    ASSERT_EQ(questions->competences.size(), 2U);
    EXPECT_EQ(questions->competences.front().code, "B.1");
    EXPECT_EQ(questions->competences.front().modules.size(), 2U);
    EXPECT_EQ(questions->competences.back().code, "C.1");

    ASSERT_TRUE(evaluations.answer(*token, complete(), "198.51.100.7"));
    auto const page = evaluations.of_traineeship(coordinator, traineeship_id);
    ASSERT_TRUE(page) << page.error().message_key;
    ASSERT_EQ(page->steps.size(), 2U);
    auto const& mid_term = page->steps.front();
    EXPECT_EQ(mid_term.due_on, day("2026-06-13"));
    ASSERT_TRUE(mid_term.sent);
    EXPECT_EQ(mid_term.sent->contact_name, "Lena Peeters");
    EXPECT_EQ(mid_term.sent->evaluation.competences.at("C.1"), Rating::Partly);
    EXPECT_EQ(mid_term.sent->evaluation.would_hire, domain::WouldHire::Maybe);
    EXPECT_EQ(mid_term.sent->evaluation.comment, "Curious and careful.");
    EXPECT_FALSE(page->steps.back().sent);
    EXPECT_FALSE(page->may_make_links);
    EXPECT_EQ(audited("traineeship_evaluation.sent"), 1);
    EXPECT_EQ(audited("evaluation_link.made"), 1);

    EXPECT_EQ(evaluations.of_traineeship(trainer, traineeship_id).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(
        evaluations.make_link(coordinator, traineeship_id, EvaluationKind::Final, std::nullopt).error().code,
        ErrorCode::Forbidden);
}

TEST_P(Evaluations, ASecondSendingIsRefusedAndTheFirstIsKeptAsSent)
{
    auto const token =
        *evaluations.make_link(job_coach, traineeship_id, EvaluationKind::MidTerm, std::nullopt);
    ASSERT_TRUE(evaluations.answer(token, complete(), "198.51.100.7"));
    auto second = complete();
    second.would_hire = domain::WouldHire::No;
    auto const again = evaluations.answer(token, second, "198.51.100.7");
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_EQ(evaluations.questions(token).error().code, ErrorCode::Conflict);
    EXPECT_EQ(count("SELECT COUNT(*) FROM traineeship_evaluations WHERE would_hire = 'maybe'"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM traineeship_evaluations"), 1);

    // Once sent, no new link asks for the same kind again.
    auto const new_link =
        evaluations.make_link(job_coach, traineeship_id, EvaluationKind::MidTerm, std::nullopt);
    ASSERT_FALSE(new_link);
    EXPECT_EQ(new_link.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(evaluations.make_link(job_coach, traineeship_id, EvaluationKind::Final, std::nullopt));
}

TEST_P(Evaluations, AnExpiredOrGuessedLinkOpensNothingAndStoresNothing)
{
    auto const token = *evaluations.make_link(job_coach, traineeship_id, EvaluationKind::Final, std::nullopt);
    clock.advance(std::chrono::days(domain::evaluation_link_days) - std::chrono::seconds(1));
    EXPECT_TRUE(evaluations.questions(token));
    clock.advance(std::chrono::seconds(1));
    EXPECT_EQ(evaluations.questions(token).error().code, ErrorCode::NotFound);
    EXPECT_EQ(evaluations.answer(token, complete(), "198.51.100.7").error().code, ErrorCode::NotFound);
    EXPECT_EQ(evaluations.questions("guessed").error().code, ErrorCode::NotFound);
    EXPECT_EQ(evaluations.answer("guessed", complete(), "198.51.100.7").error().code, ErrorCode::NotFound);
    EXPECT_EQ(count("SELECT COUNT(*) FROM traineeship_evaluations"), 0);
}

TEST_P(Evaluations, AnInvalidAnswerStoresNothingAndLeavesTheLinkOpen)
{
    auto const token =
        *evaluations.make_link(job_coach, traineeship_id, EvaluationKind::MidTerm, std::nullopt);
    auto missing = complete();
    missing.competences.erase("C.1"); // a competence of her track left unanswered
    missing.would_hire.reset();
    auto const refused = evaluations.answer(token, missing, "198.51.100.7");
    ASSERT_FALSE(refused);
    std::vector<std::string> fields;
    for (auto const& error : refused.error().fields)
        fields.push_back(error.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"competence_C.1", "would_hire"}));
    auto too_long = complete();
    too_long.comment = std::string(domain::most_evaluation_comment_characters + 1, 'a');
    EXPECT_EQ(evaluations.answer(token, too_long, "198.51.100.7").error().fields.front().field, "comment");
    EXPECT_EQ(count("SELECT COUNT(*) FROM traineeship_evaluations"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM evaluation_links WHERE used_at IS NULL"), 1);
    EXPECT_TRUE(evaluations.answer(token, complete(), "198.51.100.7"));
}

TEST_P(Evaluations, TheLinkGoesToAnotherContactOfTheHostWhenChosen)
{
    auto const token = *evaluations.make_link(job_coach, traineeship_id, EvaluationKind::MidTerm, marc);
    EXPECT_EQ(evaluations.questions(token)->contact.language, "fr");
    auto const stranger = partners.create(job_coach, {.name = "Banque Populaire SA", .kind = "enterprise"},
                                          service::DuplicateCheck::Warn);
    auto const elsewhere = *partners.add_contact(job_coach, *stranger->id, {.name = "Ines Costa"});
    auto const refused = evaluations.make_link(job_coach, traineeship_id, EvaluationKind::MidTerm, elsewhere);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().fields.front().field, "contact_id");
}

TEST_P(Evaluations, TheJobCoachListsTheDueOnesLateFirst)
{
    on("2026-06-12"); // before the mid-term's due day: nothing due
    EXPECT_TRUE(evaluations.due(job_coach)->empty());
    on("2026-06-20"); // the mid-term is due, not late yet
    auto due = *evaluations.due(job_coach);
    ASSERT_EQ(due.size(), 1U);
    EXPECT_EQ(due.front().kind, EvaluationKind::MidTerm);
    EXPECT_FALSE(due.front().late_since);
    EXPECT_EQ(due.front().traineeship.first_name, "Amina");
    EXPECT_EQ(due.front().traineeship.partner_name, "Acme Brussels SRL");
    on("2026-06-27"); // the mid-term late since the 21st, the final due
    due = *evaluations.due(job_coach);
    ASSERT_EQ(due.size(), 2U);
    EXPECT_EQ(due.front().kind, EvaluationKind::MidTerm);
    EXPECT_EQ(due.front().late_since, day("2026-06-21"));
    EXPECT_EQ(due.back().kind, EvaluationKind::Final);
    EXPECT_FALSE(due.back().late_since);

    auto const token =
        *evaluations.make_link(job_coach, traineeship_id, EvaluationKind::MidTerm, std::nullopt);
    ASSERT_TRUE(evaluations.answer(token, complete(), "198.51.100.7"));
    due = *evaluations.due(job_coach);
    ASSERT_EQ(due.size(), 1U);
    EXPECT_EQ(due.front().kind, EvaluationKind::Final);
    EXPECT_EQ(evaluations.due(trainer).error().code, ErrorCode::Forbidden);
}

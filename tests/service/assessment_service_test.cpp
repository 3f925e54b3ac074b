// Module results: one current result per module, a re-assessment replaces it (and is audited),
// a wrong row saves nothing, and completion waits until every module is passed.

#include "training_fixture.hpp"

using namespace tremplin;
using namespace tremplin::domain;
using test_support::TrainingTest;

namespace {

bool has_field(Error const& error, std::string const& field, std::string const& key)
{
    return std::ranges::any_of(error.fields,
                               [&](FieldError const& f) { return f.field == field && f.message_key == key; });
}

} // namespace

class Assessments : public TrainingTest {
  protected:
    std::vector<long long> module_ids(long long cohort_id)
    {
        std::vector<long long> ids;
        auto const details = training.cohorts.cohort(coordinator, cohort_id);
        for (auto const& module : details->version.modules)
            ids.push_back(module.id);
        return ids;
    }

    static ModuleResult result(long long enrolment_id, ModuleOutcome outcome, std::optional<int> score = {})
    {
        return {enrolment_id, 0, outcome, score, {}};
    }
};
TREMPLIN_ON_EVERY_BACKEND(Assessments);

TEST_P(Assessments, AReassessmentReplacesTheResultAndIsAudited)
{
    auto const cohort_id = cohort(track());
    auto const enrolment = enrol(cohort_id, participant("Ana", "Popa"));
    auto const module = module_ids(cohort_id).front();

    ASSERT_TRUE(training.assessments.save_results(coordinator, cohort_id, module,
                                                  {result(enrolment, ModuleOutcome::Failed, 42)}));
    ASSERT_TRUE(training.assessments.save_results(coordinator, cohort_id, module,
                                                  {result(enrolment, ModuleOutcome::Passed, 71)}));
    EXPECT_EQ(count("SELECT COUNT(*) FROM module_results"), 1);
    EXPECT_EQ(count("SELECT score FROM module_results WHERE outcome = 'passed'"), 71);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'module_result.recorded'"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'module_result.replaced'"), 1);

    auto const grid = training.assessments.grid(coordinator, cohort_id, module);
    ASSERT_TRUE(grid);
    ASSERT_EQ(grid->trainees.size(), 1u);
    EXPECT_EQ(grid->results.at(enrolment).outcome, ModuleOutcome::Passed);
    EXPECT_EQ(grid->results.at(enrolment).assessed_on, clock.today());
}

TEST_P(Assessments, AScoreOutOfRangeIsRefusedAndNothingIsSaved)
{
    auto const cohort_id = cohort(track());
    auto const ana = enrol(cohort_id, participant("Ana", "Popa"));
    auto const lina = enrol(cohort_id, participant("Lina", "Haddad"));
    auto const module = module_ids(cohort_id).front();

    auto const refused = training.assessments.save_results(
        coordinator, cohort_id, module,
        {result(ana, ModuleOutcome::Passed, 80), result(lina, ModuleOutcome::Passed, 101)});
    ASSERT_FALSE(refused);
    EXPECT_TRUE(
        has_field(refused.error(), "score-" + std::to_string(lina), "errors.results.score_out_of_range"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM module_results"), 0);

    auto const no_outcome =
        training.assessments.save_results(coordinator, cohort_id, module, {{ana, 0, std::nullopt, 50, {}}});
    ASSERT_FALSE(no_outcome);
    EXPECT_TRUE(
        has_field(no_outcome.error(), "outcome-" + std::to_string(ana), "errors.results.outcome_missing"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM module_results"), 0);
}

TEST_P(Assessments, ATraineeOfAnotherCohortIsRefused)
{
    auto const track_id = track();
    auto const first = cohort(track_id);
    auto const second = cohort(track_id, "WEB 2026-B");
    auto const elsewhere = enrol(second, participant("Ana", "Popa"));
    auto const refused = training.assessments.save_results(coordinator, first, module_ids(first).front(),
                                                           {result(elsewhere, ModuleOutcome::Passed)});
    ASSERT_FALSE(refused);
    EXPECT_TRUE(has_field(refused.error(), "results", "errors.results.not_in_cohort"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM module_results"), 0);
}

TEST_P(Assessments, AFunderNeitherRecordsNorReads)
{
    auto const cohort_id = cohort(track());
    auto const enrolment = enrol(cohort_id, participant("Ana", "Popa"));
    auto const module = module_ids(cohort_id).front();
    auto const refused = training.assessments.save_results(funder, cohort_id, module,
                                                           {result(enrolment, ModuleOutcome::Passed)});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(training.assessments.grid(funder, cohort_id, module).error().code, ErrorCode::Forbidden);
}

TEST_P(Assessments, TheGridSaysWhetherTheReaderMayRecord)
{
    auto const cohort_id = cohort(track());
    auto const module = module_ids(cohort_id).front();
    EXPECT_TRUE(training.assessments.grid(coordinator, cohort_id, module)->may.record);
    // A trainer reads the grids of the cohorts she teaches (docs/design.md "Least privilege").
    lesson(cohort_id, "2026-03-02", 9 * 60, 12 * 60, trainer_record("Sofia", trainer.account.id));
    EXPECT_TRUE(training.assessments.grid(trainer, cohort_id, module)->may.record);
    auto const job_coach = add("coach", Role::JobCoach);
    auto const read = training.assessments.grid(job_coach, cohort_id, module);
    ASSERT_TRUE(read) << "a job coach follows the trainees' results";
    EXPECT_FALSE(read->may.record);
}

TEST_P(Assessments, ATrainerRecordsOnlyInTheCohortsWhereSheTeaches)
{
    auto const track_id = track();
    auto const hers = cohort(track_id);
    auto const other = cohort(track_id, "WEB 2026-B");
    auto const sofia = trainer_record("Sofia", trainer.account.id);
    lesson(hers, "2026-03-02", 9 * 60, 12 * 60, sofia);
    auto const in_hers = enrol(hers, participant("Ana", "Popa"));
    auto const in_other = enrol(other, participant("Lina", "Haddad"));

    EXPECT_TRUE(training.assessments.save_results(trainer, hers, module_ids(hers).front(),
                                                  {result(in_hers, ModuleOutcome::Passed)}));
    auto const refused = training.assessments.save_results(trainer, other, module_ids(other).front(),
                                                           {result(in_other, ModuleOutcome::Passed)});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::NotFound) << "a cohort she does not teach is not hers to know";
    EXPECT_EQ(count("SELECT COUNT(*) FROM module_results"), 1);
}

TEST_P(Assessments, CompletionWaitsUntilEveryModuleIsPassed)
{
    auto const cohort_id = cohort(track());
    auto const enrolment = enrol(cohort_id, participant("Ana", "Popa"));
    auto const lesson_id = lesson(cohort_id, "2026-03-02");
    ASSERT_TRUE(training.enrolments.change_stage(coordinator, enrolment, {EnrolmentStage::Active}));
    ASSERT_TRUE(training.attendance.save_sheet(coordinator, lesson_id, {present(enrolment)}));
    auto const modules = module_ids(cohort_id);
    ASSERT_EQ(modules.size(), 2u);

    auto const none = training.enrolments.change_stage(coordinator, enrolment, {EnrolmentStage::Completed});
    ASSERT_FALSE(none);
    EXPECT_TRUE(has_field(none.error(), "stage", "errors.enrolment.modules_not_passed"));

    ASSERT_TRUE(training.assessments.save_results(coordinator, cohort_id, modules[0],
                                                  {result(enrolment, ModuleOutcome::Passed)}));
    ASSERT_TRUE(training.assessments.save_results(coordinator, cohort_id, modules[1],
                                                  {result(enrolment, ModuleOutcome::Failed, 35)}));
    auto const one_failed =
        training.enrolments.change_stage(coordinator, enrolment, {EnrolmentStage::Completed});
    ASSERT_FALSE(one_failed);
    EXPECT_TRUE(has_field(one_failed.error(), "stage", "errors.enrolment.modules_not_passed"));

    ASSERT_TRUE(training.assessments.save_results(coordinator, cohort_id, modules[1],
                                                  {result(enrolment, ModuleOutcome::Passed, 64)}));
    EXPECT_TRUE(training.enrolments.change_stage(coordinator, enrolment, {EnrolmentStage::Completed}));
}

TEST_P(Assessments, ATrackThatDoesNotRequireEveryModuleCompletesOnAttendance)
{
    auto const track_id = track();
    auto found = training.catalogue.track(director, track_id);
    ASSERT_TRUE(found);
    auto changed = found->track;
    changed.requires_all_modules_passed = false;
    ASSERT_TRUE(training.catalogue.update_track(director, changed));
    auto const cohort_id = cohort(track_id);
    auto const enrolment = enrol(cohort_id, participant("Ana", "Popa"));
    auto const lesson_id = lesson(cohort_id, "2026-03-02");
    ASSERT_TRUE(training.enrolments.change_stage(coordinator, enrolment, {EnrolmentStage::Active}));
    ASSERT_TRUE(training.attendance.save_sheet(coordinator, lesson_id, {present(enrolment)}));
    EXPECT_TRUE(training.enrolments.change_stage(coordinator, enrolment, {EnrolmentStage::Completed}));
}

class CertificationExams : public TrainingTest {
  protected:
    static CertificationExam exam(long long participant_id)
    {
        CertificationExam exam;
        exam.participant_id = participant_id;
        exam.provider = " Microsoft ";
        exam.exam_code = "AZ-900";
        exam.taken_on = day("2026-05-12");
        exam.attempt = 1;
        exam.result = ExamResult::Passed;
        exam.score = 812;
        exam.voucher_number = "MS-2026-0042";
        return exam;
    }
};
TREMPLIN_ON_EVERY_BACKEND(CertificationExams);

TEST_P(CertificationExams, AnExamIsAddedToHerRecordAndAudited)
{
    auto const ana = participant("Ana", "Popa");
    auto const id = training.assessments.add_exam(coordinator, exam(ana));
    ASSERT_TRUE(id);
    auto second = exam(ana);
    second.provider = "Cisco";
    second.exam_code = "200-301";
    second.taken_on = day("2026-06-02");
    second.attempt = 2;
    second.result = ExamResult::Pending;
    second.score.reset();
    ASSERT_TRUE(training.assessments.add_exam(coordinator, second));

    auto const exams = training.assessments.exams_of(coordinator, ana);
    ASSERT_TRUE(exams);
    ASSERT_EQ(exams->size(), 2u);
    EXPECT_EQ(exams->front().provider, "Cisco") << "newest first";
    EXPECT_FALSE(exams->front().score);
    EXPECT_EQ(exams->back().provider, "Microsoft") << "trimmed";
    EXPECT_EQ(exams->back().score, 812);
    EXPECT_EQ(exams->back().result, ExamResult::Passed);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'certification_exam.recorded'"), 2);
}

TEST_P(CertificationExams, OnlyWhoMayEditARecordIsOfferedTheForm)
{
    EXPECT_TRUE(training.assessments.may_add_exam(coordinator));
    for (auto const& actor : {trainer, funder}) {
        EXPECT_EQ(training.assessments.may_add_exam(actor).error().code, ErrorCode::Forbidden);
        EXPECT_EQ(training.assessments.add_exam(actor, exam(participant("Ana", "Popa"))).error().code,
                  ErrorCode::Forbidden)
            << "as the exam itself";
    }
}

TEST_P(CertificationExams, AnIncompleteExamIsRefusedAndNothingIsSaved)
{
    auto const ana = participant("Ana", "Popa");
    auto wrong = exam(ana);
    wrong.provider = "  ";
    wrong.exam_code.clear();
    wrong.taken_on = {};
    wrong.attempt = 0;
    wrong.result.reset();
    wrong.score = 1001;
    auto const refused = training.assessments.add_exam(coordinator, wrong);
    ASSERT_FALSE(refused);
    for (auto const& [field, key] : {std::pair{"provider", "errors.exams.provider_missing"},
                                     std::pair{"exam_code", "errors.exams.exam_code_missing"},
                                     std::pair{"taken_on", "errors.exams.date_missing"},
                                     std::pair{"attempt", "errors.exams.attempt_too_low"},
                                     std::pair{"result", "errors.exams.result_missing"},
                                     std::pair{"score", "errors.exams.score_out_of_range"}})
        EXPECT_TRUE(has_field(refused.error(), field, key)) << field;
    EXPECT_EQ(count("SELECT COUNT(*) FROM certification_exams"), 0);
}

TEST_P(CertificationExams, TheCourseGivenMustBeHers)
{
    auto const cohort_id = cohort(track());
    auto const lina_enrolment = enrol(cohort_id, participant("Lina", "Haddad"));
    auto given = exam(participant("Ana", "Popa"));
    given.enrolment_id = lina_enrolment;
    auto const refused = training.assessments.add_exam(coordinator, given);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(has_field(refused.error(), "enrolment_id", "errors.exams.enrolment_not_hers"));
    EXPECT_FALSE(training.assessments.add_exam(trainer, exam(participant("Sara", "Mertens"))));
}

class Recommendations : public TrainingTest {
  protected:
    long long orientation_track()
    {
        domain::Track track;
        track.code = "ORI";
        track.kind = TrackKind::Orientation;
        track.name = {"Orientation", "Oriëntatie", "Orientation"};
        track.requires_all_modules_passed = false;
        auto const id = training.catalogue.create_track(director, track);
        EXPECT_TRUE(id);
        EXPECT_TRUE(training.catalogue.save_modules(director, *id, modules(10)));
        return *id;
    }
};
TREMPLIN_ON_EVERY_BACKEND(Recommendations);

TEST_P(Recommendations, TracksAreRecommendedAfterOrientationAndReplacedWhole)
{
    auto const web = track("WEB");
    auto const helpdesk = track("HELPDESK");
    auto const orientation = cohort(orientation_track(), "ORI 2026-A");
    auto const ana = participant("Ana", "Popa");
    auto const enrolment = enrol(orientation, ana);

    auto const form = training.assessments.recommendation_form(coordinator, enrolment);
    ASSERT_TRUE(form);
    ASSERT_EQ(form->tracks.size(), 2u) << "orientation tracks are not offered";

    ASSERT_TRUE(
        training.assessments.recommend(coordinator, enrolment, {web, helpdesk, web}, " Strong in logic "));
    auto recommendations = training.assessments.recommendations_of(coordinator, ana);
    ASSERT_TRUE(recommendations);
    ASSERT_EQ(recommendations->size(), 1u);
    EXPECT_EQ(recommendations->front().track_codes, (std::vector<std::string>{"HELPDESK", "WEB"}));
    EXPECT_EQ(recommendations->front().note, "Strong in logic");

    ASSERT_TRUE(training.assessments.recommend(coordinator, enrolment, {web}, ""));
    recommendations = training.assessments.recommendations_of(coordinator, ana);
    EXPECT_EQ(recommendations->front().track_codes, (std::vector<std::string>{"WEB"}));
    EXPECT_EQ(count("SELECT COUNT(*) FROM orientation_recommendations"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'orientation.recommended'"), 2);

    auto const controlled =
        training.assessments.recommend(coordinator, enrolment, {web}, "Strong\r\n\tin\x07 logic");
    ASSERT_FALSE(controlled);
    EXPECT_TRUE(has_field(controlled.error(), "note", "errors.text.control_characters"));
    ASSERT_TRUE(training.assessments.recommend(coordinator, enrolment, {web}, "Strong\r\n\tin logic"))
        << "a note may span lines";
    EXPECT_EQ(training.assessments.recommendations_of(coordinator, ana)->front().note,
              "Strong\r\n\tin logic");
    ASSERT_TRUE(training.assessments.recommend(coordinator, enrolment, {web}, ""));

    auto const none = training.assessments.recommend(coordinator, enrolment, {}, "");
    ASSERT_FALSE(none);
    EXPECT_TRUE(has_field(none.error(), "track_ids", "errors.orientation.track_missing"));
    auto const not_offered = training.assessments.recommend(coordinator, enrolment,
                                                            {form->enrolment.enrolment.cohort_id + 999}, "");
    ASSERT_FALSE(not_offered);
    EXPECT_TRUE(has_field(not_offered.error(), "track_ids", "errors.orientation.track_not_offered"));
}

TEST_P(Recommendations, AreRefusedOnAnEnrolmentThatIsNotOrientation)
{
    auto const web = track("WEB");
    auto const enrolment = enrol(cohort(web), participant("Ana", "Popa"));
    auto const refused = training.assessments.recommend(coordinator, enrolment, {web}, "");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_EQ(refused.error().message_key, "errors.orientation.not_orientation");
    EXPECT_EQ(count("SELECT COUNT(*) FROM orientation_recommendations"), 0);
}

#include "service/partner_service.hpp"
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

class Timetable : public TrainingTest {};
TREMPLIN_ON_EVERY_BACKEND(Timetable);

TEST_P(Timetable, ALessonOutsideTheCohortsDatesIsRefused)
{
    auto const cohort_id = cohort(track());
    for (auto const* on : {"2026-03-01", "2026-07-01"}) {
        auto const saved = training.cohorts.save_lesson(coordinator, lesson_in(cohort_id, on));
        ASSERT_FALSE(saved) << on;
        EXPECT_EQ(saved.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(has_field(saved.error(), "day", "errors.lesson.outside_cohort"));
    }
    EXPECT_EQ(count("SELECT COUNT(*) FROM lessons"), 0);
}

TEST_P(Timetable, ALessonEndingBeforeItStartsIsRefused)
{
    auto const cohort_id = cohort(track());
    auto const saved =
        training.cohorts.save_lesson(coordinator, lesson_in(cohort_id, "2026-03-03", 12 * 60, 9 * 60));
    ASSERT_FALSE(saved);
    EXPECT_TRUE(has_field(saved.error(), "ends_at", "errors.lesson.end_before_start"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM lessons"), 0);
}

TEST_P(Timetable, ACohortEndingBeforeItStartsIsRefused)
{
    auto cohort = cohort_on(track());
    cohort.ends_on = day("2026-03-01");
    auto const created = training.cohorts.create(coordinator, cohort);
    ASSERT_FALSE(created);
    EXPECT_TRUE(has_field(created.error(), "ends_on", "errors.cohort.end_before_start"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM cohorts"), 0);
}

TEST_P(Timetable, ATrainerBookedTwiceAtTheSameTimeIsRefused)
{
    auto const track_id = track();
    auto const first = cohort(track_id, "WEB 2026-A");
    auto const second = cohort(track_id, "WEB 2026-B");
    auto const amina = trainer_record("Amina");
    lesson(first, "2026-03-03", 9 * 60, 12 * 60, amina, "Salle 1");

    auto const clash = training.cohorts.save_lesson(
        coordinator, lesson_in(second, "2026-03-03", 11 * 60, 13 * 60, amina, "Salle 3"));
    ASSERT_FALSE(clash);
    EXPECT_EQ(clash.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(has_field(clash.error(), "trainer_id", "errors.lesson.trainer_busy"));

    // A generated timetable with one clash is refused whole.
    service::ScheduleRequest request{{day("2026-03-02"), day("2026-03-13"), {{2, 10 * 60, 11 * 60}}},
                                     first_module(second),
                                     amina,
                                     "Salle 3"};
    auto const generated = training.cohorts.generate_schedule(coordinator, second, request);
    ASSERT_FALSE(generated);
    EXPECT_TRUE(has_field(generated.error(), "trainer_id", "errors.lesson.trainer_busy"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM lessons"), 1);

    // Right after her lesson is free.
    EXPECT_TRUE(training.cohorts.save_lesson(
        coordinator, lesson_in(second, "2026-03-03", 12 * 60, 13 * 60, amina, "Salle 3")));
}

TEST_P(Timetable, ARoomBookedTwiceIsRefusedWhateverItsSpacesAndCapitals)
{
    auto const track_id = track();
    auto const first = cohort(track_id, "WEB 2026-A");
    auto const second = cohort(track_id, "WEB 2026-B");
    lesson(first, "2026-03-03", 9 * 60, 12 * 60, 0, "Salle 2");

    auto const clash = training.cohorts.save_lesson(
        coordinator, lesson_in(second, "2026-03-03", 10 * 60, 11 * 60, 0, " salle  2"));
    ASSERT_FALSE(clash);
    EXPECT_EQ(clash.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(has_field(clash.error(), "room", "errors.lesson.room_busy"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM lessons"), 1);
}

TEST_P(Timetable, AGeneratedTimetableSkipsEasterMondayAndTheCentresClosureDays)
{
    auto const cohort_id = cohort(track());
    ASSERT_TRUE(training.catalogue.add_closure(director, {0, 0, day("2026-04-08"), "Journée pédagogique"}));
    // Mondays and Wednesdays over two weeks: 30 March, 1, 6 (Easter Monday), 8 (closed) April.
    service::ScheduleRequest request{
        {day("2026-03-30"), day("2026-04-10"), {{1, 9 * 60, 12 * 60}, {3, 9 * 60, 12 * 60}}},
        first_module(cohort_id),
        0,
        ""};
    auto const generated = training.cohorts.generate_schedule(coordinator, cohort_id, request);
    ASSERT_TRUE(generated);
    EXPECT_EQ(generated->lessons_created, 2);
    ASSERT_EQ(generated->skipped.size(), 2u);
    EXPECT_EQ(generated->skipped[0].day, day("2026-04-06"));
    EXPECT_EQ(generated->skipped[0].reason, "holidays.easter_monday");
    EXPECT_EQ(generated->skipped[1].day, day("2026-04-08"));
    EXPECT_EQ(generated->skipped[1].reason, "Journée pédagogique");
    EXPECT_EQ(count("SELECT COUNT(*) FROM lessons WHERE day IN ('2026-03-30', '2026-04-01')"), 2);
    EXPECT_EQ(count("SELECT COUNT(*) FROM lessons"), 2);
}

TEST_P(Timetable, ModulesEditedOnAVersionInUseMakeANewVersionAndTheCohortKeepsTheOldOne)
{
    auto const track_id = track();
    auto const cohort_id = cohort(track_id);
    auto const before = training.cohorts.cohort(coordinator, cohort_id);
    ASSERT_TRUE(before);
    ASSERT_TRUE(training.catalogue.track(director, track_id)->version_in_use);

    auto const new_version = training.catalogue.save_modules(director, track_id, modules(90));
    ASSERT_TRUE(new_version);
    EXPECT_NE(*new_version, before->version.id);

    auto const after = training.cohorts.cohort(coordinator, cohort_id);
    EXPECT_EQ(after->version.id, before->version.id);
    EXPECT_EQ(after->version.planned_minutes(), 2 * 60 * 60);
    auto const details = training.catalogue.track(director, track_id);
    EXPECT_EQ(details->version.id, *new_version);
    EXPECT_EQ(details->version.planned_minutes(), 2 * 90 * 60);
    EXPECT_FALSE(details->version_in_use);

    // A version nobody runs on is edited in place.
    EXPECT_EQ(training.catalogue.save_modules(director, track_id, modules(30)), *new_version);
    EXPECT_EQ(after->version.modules.size(), 2u);
}

class Enrolments : public TrainingTest {};
TREMPLIN_ON_EVERY_BACKEND(Enrolments);

TEST_P(Enrolments, TheFormIsForThoseWhoMayEnrol)
{
    EXPECT_TRUE(training.enrolments.may_manage(coordinator));
    auto const job_coach = add("jobcoach", domain::Role::JobCoach);
    auto const refused = training.enrolments.may_manage(job_coach);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, domain::ErrorCode::Forbidden);
    auto const cohort_id = cohort(track(), "WEB 2026-A");
    auto const enrolled =
        training.enrolments.enrol(job_coach, {cohort_id, participant("Ana", "Popa"), {}, {}});
    ASSERT_FALSE(enrolled) << "the same refusal as the form's";
    EXPECT_EQ(enrolled.error().code, domain::ErrorCode::Forbidden);
}

TEST_P(Enrolments, EnrolmentBeyondCapacityNeedsAReasonAndIsAudited)
{
    auto const cohort_id = cohort(track(), "WEB 2026-A", 1);
    enrol(cohort_id, participant("Ana", "Popa"));
    auto const extra = participant("Lina", "Haddad");

    auto const refused = training.enrolments.enrol(coordinator, {cohort_id, extra, day("2026-03-02"), {}});
    ASSERT_FALSE(refused);
    EXPECT_TRUE(has_field(refused.error(), "capacity_override_reason", "errors.enrolment.cohort_full"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM enrolments"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'enrolment.capacity_overridden'"), 0);

    auto const accepted =
        training.enrolments.enrol(coordinator, {cohort_id, extra, day("2026-03-02"), "Sent by Actiris"});
    ASSERT_TRUE(accepted);
    EXPECT_EQ(count("SELECT COUNT(*) FROM enrolments"), 2);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'enrolment.capacity_overridden'"), 1);
}

TEST_P(Enrolments, AReasonOrAClosureWithAControlCharacterIsRefused)
{
    auto const cohort_id = cohort(track(), "WEB 2026-A", 1);
    enrol(cohort_id, participant("Ana", "Popa"));
    auto const refused = training.enrolments.enrol(
        coordinator, {cohort_id, participant("Lina", "Haddad"), day("2026-03-02"), "Sent by\r\nActiris"});
    ASSERT_FALSE(refused);
    EXPECT_TRUE(has_field(refused.error(), "capacity_override_reason", "errors.text.control_characters"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM enrolments"), 1);

    auto const closure =
        training.catalogue.add_closure(director, {0, 0, day("2026-04-08"), "Journée\x1B[2J"});
    ASSERT_FALSE(closure);
    EXPECT_TRUE(has_field(closure.error(), "label", "errors.text.control_characters"));
}

TEST_P(Enrolments, TheEntrySnapshotDoesNotChangeWhenHerRecordChangesLater)
{
    auto const cohort_id = cohort(track());
    auto const ana = participant("Ana", "Popa", "1000");
    enrol(cohort_id, ana);

    domain::ParticipantInput input;
    input.set(participant_fields::first_name, "Ana");
    input.set(participant_fields::last_name, "Popa");
    input.set(participant_fields::gender, "woman");
    input.set(participant_fields::preferred_language, "fr");
    input.set(participant_fields::postcode, "1080");
    ASSERT_TRUE(participants.update(coordinator, ana, input));
    EXPECT_EQ(participants.view(coordinator, ana)->postcode, "1080");

    auto const enrolments = training.enrolments.of_participant(coordinator, ana);
    ASSERT_TRUE(enrolments);
    ASSERT_EQ(enrolments->size(), 1u);
    EXPECT_EQ(enrolments->front().enrolment.snapshot.postcode, "1000");
    EXPECT_EQ(enrolments->front().enrolment.snapshot.entered_on, day("2026-03-02"));
}

TEST_P(Enrolments, StageChangesFollowTheTable)
{
    auto const cohort_id = cohort(track());
    auto const enrolment = enrol(cohort_id, participant("Ana", "Popa"));
    auto const lesson_id = lesson(cohort_id, "2026-03-02");

    auto const early = training.enrolments.change_stage(coordinator, enrolment, {EnrolmentStage::Completed});
    ASSERT_FALSE(early);
    EXPECT_TRUE(has_field(early.error(), "stage", "errors.enrolment.stage_not_allowed"));

    ASSERT_TRUE(training.enrolments.change_stage(coordinator, enrolment, {EnrolmentStage::Active}));
    auto const without_attendance =
        training.enrolments.change_stage(coordinator, enrolment, {EnrolmentStage::Completed});
    ASSERT_FALSE(without_attendance);
    EXPECT_TRUE(has_field(without_attendance.error(), "stage", "errors.enrolment.attendance_too_low"));

    ASSERT_TRUE(training.attendance.save_sheet(coordinator, lesson_id, {present(enrolment)}));
    auto const details = training.cohorts.cohort(coordinator, cohort_id);
    for (auto const& module : details->version.modules)
        ASSERT_TRUE(training.assessments.save_results(
            coordinator, cohort_id, module.id, {{enrolment, module.id, ModuleOutcome::Passed, {}, {}}}));
    ASSERT_TRUE(training.enrolments.change_stage(coordinator, enrolment, {EnrolmentStage::Completed}));
    auto const back = training.enrolments.change_stage(coordinator, enrolment, {EnrolmentStage::Active});
    ASSERT_FALSE(back);
    EXPECT_TRUE(has_field(back.error(), "stage", "errors.enrolment.stage_not_allowed"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM enrolments WHERE stage = 'completed'"), 1);

    // Withdrawn needs a reason, and may be undone.
    auto const other = enrol(cohort_id, participant("Lina", "Haddad"));
    EXPECT_FALSE(training.enrolments.change_stage(coordinator, other, {EnrolmentStage::Withdrawn}));
    ASSERT_TRUE(training.enrolments.change_stage(
        coordinator, other, {EnrolmentStage::Withdrawn, {}, WithdrawalReason::FoundJob}));
    EXPECT_TRUE(training.enrolments.change_stage(coordinator, other, {EnrolmentStage::Active}));
}

TEST_P(Enrolments, ATransferBeforeTheCohortsStartTakesEffectOnTheFirstDayOfTheNewOne)
{
    auto const track_id = track();
    auto later = cohort_on(track_id, "WEB 2026-B");
    later.starts_on = day("2026-05-04");
    auto const later_id = training.cohorts.create(coordinator, later);
    ASSERT_TRUE(later_id);
    auto const sooner_id = cohort(track_id, "WEB 2026-A"); // starts on 2 March
    clock.advance(std::chrono::days(-14));

    auto const ana = participant("Ana", "Popa");
    auto const enrolment = enrol(*later_id, ana, "2026-05-04");
    ASSERT_TRUE(training.enrolments.change_stage(coordinator, enrolment,
                                                 {EnrolmentStage::Transferred, {}, {}, sooner_id}));
    auto const enrolments = training.enrolments.of_participant(coordinator, ana);
    ASSERT_TRUE(enrolments);
    auto const moved = std::ranges::find(
        *enrolments, sooner_id, [](store::EnrolmentView const& view) { return view.enrolment.cohort_id; });
    ASSERT_NE(moved, enrolments->end());
    EXPECT_EQ(moved->enrolment.enrolled_on, day("2026-03-02")) << "not the later cohort's first day";
    EXPECT_TRUE(training.enrolments.change_stage(coordinator, moved->enrolment.id,
                                                 {EnrolmentStage::Active, day("2026-03-02"), {}, 0}));
}

class Attendance : public TrainingTest {};
TREMPLIN_ON_EVERY_BACKEND(Attendance);

TEST_P(Attendance, ATraineeOfAnotherCohortCannotBeMarkedAndNothingIsSaved)
{
    auto const track_id = track();
    auto const first = cohort(track_id, "WEB 2026-A");
    auto const second = cohort(track_id, "WEB 2026-B");
    auto const ana = enrol(first, participant("Ana", "Popa"));
    auto const lina = enrol(second, participant("Lina", "Haddad"));
    auto const lesson_id = lesson(first, "2026-03-02");

    auto const saved = training.attendance.save_sheet(coordinator, lesson_id, {present(ana), present(lina)});
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(has_field(saved.error(), "sheet", "errors.attendance.not_in_cohort"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM attendance"), 0);
}

TEST_P(Attendance, NegativeMinutesOrMoreThanTheLessonAreRefusedAndNothingIsSaved)
{
    auto const cohort_id = cohort(track());
    auto const ana = enrol(cohort_id, participant("Ana", "Popa"));
    auto const lina = enrol(cohort_id, participant("Lina", "Haddad"));
    auto const lesson_id = lesson(cohort_id, "2026-03-02", 9 * 60, 12 * 60);

    for (int minutes : {-60, -1, 181, 600}) {
        auto entry = present(lina);
        entry.minutes_attended = minutes;
        auto const saved = training.attendance.save_sheet(coordinator, lesson_id, {present(ana), entry});
        ASSERT_FALSE(saved) << minutes;
        EXPECT_EQ(saved.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(std::ranges::any_of(saved.error().fields, [&](FieldError const& f) {
            return f.field == "minutes-" + std::to_string(lina);
        })) << minutes;
    }
    EXPECT_EQ(count("SELECT COUNT(*) FROM attendance"), 0);

    auto whole = present(lina);
    whole.minutes_attended = 180;
    EXPECT_TRUE(training.attendance.save_sheet(coordinator, lesson_id, {present(ana), whole}));
    EXPECT_EQ(count("SELECT COUNT(*) FROM attendance"), 2);
}

TEST_P(Attendance, ALessonBeforeHerEnrolmentIsNotOnHerSheet)
{
    auto const cohort_id = cohort(track());
    auto const ana = enrol(cohort_id, participant("Ana", "Popa"), "2026-03-02");
    auto const lina = enrol(cohort_id, participant("Lina", "Haddad"), "2026-03-10");
    auto const first_day = lesson(cohort_id, "2026-03-02");
    auto const later = lesson(cohort_id, "2026-03-10");

    auto const sheet = training.attendance.sheet(coordinator, first_day);
    ASSERT_TRUE(sheet);
    ASSERT_EQ(sheet->rows.size(), 1u);
    EXPECT_EQ(sheet->rows.front().enrolment_id, ana);
    EXPECT_EQ(training.attendance.sheet(coordinator, later)->rows.size(), 2u);

    auto const saved = training.attendance.save_sheet(coordinator, first_day, {present(ana), present(lina)});
    ASSERT_FALSE(saved);
    EXPECT_EQ(count("SELECT COUNT(*) FROM attendance"), 0);
}

TEST_P(Attendance, ASheetOfALessonStillToComeIsRefused)
{
    auto const cohort_id = cohort(track());
    auto const ana = enrol(cohort_id, participant("Ana", "Popa"));
    auto const tomorrow = lesson(cohort_id, "2026-03-03");
    auto const saved = training.attendance.save_sheet(coordinator, tomorrow, {present(ana)});
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().code, ErrorCode::Conflict);
    clock.advance(std::chrono::days(1));
    EXPECT_TRUE(training.attendance.save_sheet(coordinator, tomorrow, {present(ana)}));
}

TEST_P(Attendance, TrainingHoursPerCohortAndPerCentreYearAreTheSumOfAttendanceRows)
{
    auto const track_id = track();
    auto const first = cohort(track_id, "WEB 2026-A");
    auto const second = cohort(track_id, "WEB 2026-B");
    auto const ana = enrol(first, participant("Ana", "Popa"));
    auto const lina = enrol(first, participant("Lina", "Haddad"));
    auto const sara = enrol(second, participant("Sara", "Diallo"));
    auto const morning = lesson(first, "2026-03-02", 9 * 60, 12 * 60 + 30);
    auto const afternoon = lesson(first, "2026-03-02", 13 * 60 + 30, 16 * 60 + 30);
    auto const other = lesson(second, "2026-03-02", 9 * 60, 12 * 60, 0, "Salle 2");

    AttendanceEntry late{lina, AttendanceMark::Late, 20, std::nullopt};
    AttendanceEntry absent{lina, AttendanceMark::Excused, 0, std::nullopt};
    AttendanceEntry partial{ana, AttendanceMark::Present, 0, 90};
    ASSERT_TRUE(training.attendance.save_sheet(coordinator, morning, {present(ana), late}));
    ASSERT_TRUE(training.attendance.save_sheet(coordinator, afternoon, {partial, absent}));
    ASSERT_TRUE(training.attendance.save_sheet(coordinator, other, {present(sara)}));
    // Saving again replaces the sheet rather than adding to it.
    ASSERT_TRUE(training.attendance.save_sheet(coordinator, other, {present(sara)}));

    auto const of_first = training.attendance.cohort_attendance(coordinator, first);
    ASSERT_TRUE(of_first);
    EXPECT_EQ(of_first->at(ana).minutes_attended, 210 + 90);
    EXPECT_EQ(of_first->at(lina).minutes_attended, 190);
    for (auto const& [enrolment, trainee] : *of_first)
        EXPECT_EQ(trainee.minutes_attended,
                  count("SELECT SUM(minutes_attended) FROM attendance WHERE enrolment_id = " +
                        std::to_string(enrolment)));

    auto const year = training.attendance.centre_hours(director, 2026);
    ASSERT_TRUE(year);
    EXPECT_EQ(year->minutes, 210 + 90 + 190 + 180);
    EXPECT_EQ(year->minutes, count("SELECT SUM(minutes_attended) FROM attendance"));
    ASSERT_EQ(year->by_track.size(), 1u);
    EXPECT_EQ(year->by_track.front().minutes_attended, year->minutes);
    EXPECT_EQ(training.attendance.centre_hours(director, 2025)->minutes, 0);
}

TEST_P(Attendance, ATrainerTakesTheSheetOfHerOwnLessonButNotAnotherTrainers)
{
    auto const cohort_id = cohort(track());
    auto const ana = enrol(cohort_id, participant("Ana", "Popa"));
    auto const hers = trainer_record("Sofia", trainer.account.id);
    auto const someone_else = trainer_record("Marie");
    auto const own_lesson = lesson(cohort_id, "2026-03-02", 9 * 60, 12 * 60, hers);
    auto const other_lesson = lesson(cohort_id, "2026-03-02", 13 * 60, 16 * 60, someone_else);

    EXPECT_TRUE(training.attendance.sheet(trainer, own_lesson));
    EXPECT_TRUE(training.attendance.save_sheet(trainer, own_lesson, {present(ana)}));
    EXPECT_EQ(training.attendance.sheet(trainer, other_lesson).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(training.attendance.save_sheet(trainer, other_lesson, {present(ana)}).error().code,
              ErrorCode::Forbidden);
    EXPECT_EQ(count("SELECT COUNT(*) FROM attendance"), 1);

    auto const today = training.attendance.lessons_on(trainer, day("2026-03-02"));
    ASSERT_TRUE(today);
    ASSERT_EQ(today->size(), 1u);
    EXPECT_EQ(today->front().lesson.id, own_lesson);
    EXPECT_EQ(training.attendance.lessons_on(coordinator, day("2026-03-02"))->size(), 2u);
}

// What the pages offer each role comes from the services: the flags of a read, and the forms
// refused as their sending would be.
class WhoPlans : public TrainingTest {};
TREMPLIN_ON_EVERY_BACKEND(WhoPlans);

TEST_P(WhoPlans, TheCatalogueIsChangedByTheCoordinatorAndTheDirector)
{
    auto const track_id = track();
    auto const amina = trainer_record("Amina");
    for (auto const& actor : {director, coordinator}) {
        EXPECT_TRUE(training.catalogue.may_manage(actor));
        EXPECT_TRUE(training.catalogue.track_list(actor)->may.manage);
        EXPECT_TRUE(training.catalogue.track(actor, track_id)->may.manage);
        EXPECT_TRUE(training.catalogue.trainers(actor)->may.manage);
        EXPECT_TRUE(training.catalogue.closures(actor, 2026)->may.manage);
        EXPECT_TRUE(training.catalogue.track_for_editing(actor, track_id));
        EXPECT_TRUE(training.catalogue.trainer_for_editing(actor, amina));
    }
    EXPECT_EQ(training.catalogue.may_manage(trainer).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(training.catalogue.track_for_editing(trainer, track_id).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(training.catalogue.trainer_for_editing(trainer, amina).error().code, ErrorCode::Forbidden);
    auto const list = training.catalogue.track_list(trainer);
    ASSERT_TRUE(list) << "a trainer reads the catalogue";
    EXPECT_FALSE(list->may.manage);
    ASSERT_EQ(list->tracks.size(), 1U);
    EXPECT_EQ(list->tracks.front().version, 1);
    EXPECT_FALSE(training.catalogue.track(trainer, track_id)->may.manage);
    EXPECT_FALSE(training.catalogue.trainers(trainer)->may.manage);
    EXPECT_FALSE(training.catalogue.closures(trainer, 2026)->may.manage);
    EXPECT_EQ(training.catalogue.track_list(funder).error().code, ErrorCode::Forbidden);
}

TEST_P(WhoPlans, CohortsAndTheirTimetablesArePlannedByTheCoordinatorAndTheDirector)
{
    auto const cohort_id = cohort(track());
    auto const lesson_id = lesson(cohort_id, "2026-03-03", 9 * 60, 12 * 60);
    EXPECT_TRUE(training.cohorts.may_manage(coordinator));
    EXPECT_TRUE(training.cohorts.list(coordinator)->may.manage);
    EXPECT_TRUE(training.cohorts.cohort(coordinator, cohort_id)->may.manage);
    EXPECT_TRUE(training.cohorts.for_editing(coordinator, cohort_id));

    EXPECT_EQ(training.cohorts.may_manage(trainer).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(training.cohorts.for_editing(trainer, cohort_id).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(training.cohorts.schedule_form(trainer, cohort_id).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(training.cohorts.lesson_form(trainer, lesson_id).error().code, ErrorCode::Forbidden);
    EXPECT_FALSE(training.cohorts.list(trainer)->may.manage);
    // She reads the cohorts she teaches (docs/design.md "Least privilege").
    lesson(cohort_id, "2026-03-04", 9 * 60, 12 * 60, trainer_record("Sofia", trainer.account.id));
    EXPECT_FALSE(training.cohorts.cohort(trainer, cohort_id)->may.manage);
    EXPECT_EQ(training.cohorts.for_editing(coordinator, 424242).error().code, ErrorCode::NotFound);
}

TEST_P(WhoPlans, ACalendarLinkIsKeptHashedAndEndsThirtyDaysAfterItsCohort)
{
    auto const cohort_id = cohort(track()); // 2026-03-02 to 2026-06-30; today 2026-03-02
    EXPECT_FALSE(training.documents.calendar(std::string(43, 'x'), "fr", "tremplin")) << "none made yet";
    EXPECT_FALSE(training.cohorts.renew_calendar_link(trainer, cohort_id));
    auto const token = training.cohorts.renew_calendar_link(coordinator, cohort_id).value();
    EXPECT_EQ(count("SELECT COUNT(*) FROM cohorts WHERE calendar_token_hash LIKE '%" + token + "%'"), 0);
    EXPECT_TRUE(training.documents.calendar(token, "fr", "tremplin"));

    clock.advance(std::chrono::days(120 + 30)); // 2026-07-30: the cohort ended 30 days ago
    EXPECT_TRUE(training.documents.calendar(token, "fr", "tremplin"));
    clock.advance(std::chrono::days(1));
    auto const expired = training.documents.calendar(token, "fr", "tremplin");
    ASSERT_FALSE(expired);
    EXPECT_EQ(expired.error().code, ErrorCode::NotFound);
}

TEST_P(WhoPlans, ATrainerIsLinkedOnlyToAnAccountOfHerCentre)
{
    auto const other = another_centre();
    auto const stranger =
        accounts.add_account({"elsewhere", "Elsewhere", domain::Role::Trainer, password, other});
    ASSERT_TRUE(stranger);

    domain::Trainer linked;
    linked.name = "Chloé";
    linked.gender = domain::Gender::Woman;
    linked.staff_account_id = stranger->id;
    auto const refused = training.catalogue.save_trainer(director, linked);
    ASSERT_FALSE(refused);
    ASSERT_EQ(refused.error().fields.size(), 1U);
    EXPECT_EQ(refused.error().fields.front().message_key, "errors.trainer.account_unknown");
    linked.staff_account_id = 424242;
    EXPECT_FALSE(training.catalogue.save_trainer(director, linked))
        << "nor to an account that does not exist";
    linked.staff_account_id = trainer.account.id;
    EXPECT_TRUE(training.catalogue.save_trainer(director, linked));
    EXPECT_EQ(count("SELECT COUNT(*) FROM trainers WHERE staff_account_id = " + std::to_string(stranger->id)),
              0);
}

TEST_P(WhoPlans, TheTimetablesFormsOfferTheModulesAndTheActiveTrainers)
{
    auto const cohort_id = cohort(track());
    auto const amina = trainer_record("Amina");
    auto retired = *training.catalogue.trainer(director, trainer_record("Berthe"));
    retired.active = false;
    ASSERT_TRUE(training.catalogue.save_trainer(director, retired));
    auto const lesson_id = lesson(cohort_id, "2026-03-03", 9 * 60, 12 * 60, amina);

    auto const schedule = training.cohorts.schedule_form(coordinator, cohort_id);
    ASSERT_TRUE(schedule);
    EXPECT_EQ(schedule->cohort.id, cohort_id);
    EXPECT_EQ(schedule->modules.size(), 2U);
    ASSERT_EQ(schedule->trainers.size(), 1U);
    EXPECT_EQ(schedule->trainers.front().id, amina);

    auto const form = training.cohorts.lesson_form(coordinator, lesson_id);
    ASSERT_TRUE(form);
    EXPECT_EQ(form->lesson.lesson.id, lesson_id);
    EXPECT_EQ(form->modules.size(), 2U);
    EXPECT_EQ(form->trainers.size(), 1U);
}

class CohortFunding : public TrainingTest {
  protected:
    long long partner(std::string const& name, std::string const& kind)
    {
        service::PartnerService partners(database(), clock);
        auto const created =
            partners.create(director, {.name = name, .kind = kind}, service::DuplicateCheck::Warn);
        EXPECT_TRUE(created && created->id) << name;
        return created && created->id ? *created->id : 0;
    }
};
TREMPLIN_ON_EVERY_BACKEND(CohortFunding);

TEST_P(CohortFunding, ACohortKeepsItsTraineeshipPeriodAndItsFunderAmongThePartners)
{
    auto const funder = partner("Bruxelles Formation", "training_centre");
    partner("Acme Brussels SRL", "enterprise");
    auto const funders = training.cohorts.possible_funders(coordinator);
    ASSERT_TRUE(funders);
    ASSERT_EQ(funders->size(), 1U) << "an enterprise is not offered as a funder";
    EXPECT_EQ(funders->front().id, funder);

    auto cohort = cohort_on(track());
    cohort.funding.partner_id = funder;
    cohort.traineeship = TraineeshipPeriod{day("2026-06-01"), day("2026-06-26")};
    auto const id = training.cohorts.create(coordinator, cohort);
    ASSERT_TRUE(id);
    auto const stored = training.cohorts.cohort(coordinator, *id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->cohort.funding.partner_id, funder);
    ASSERT_TRUE(stored->funding_partner);
    EXPECT_EQ(stored->funding_partner->name, "Bruxelles Formation");
    ASSERT_TRUE(stored->cohort.traineeship);
    EXPECT_EQ(stored->cohort.traineeship->starts_on, day("2026-06-01"));
    EXPECT_EQ(stored->cohort.traineeship->ends_on, day("2026-06-26"));

    auto changed = stored->cohort;
    changed.traineeship.reset();
    changed.funding.partner_id = 0;
    ASSERT_TRUE(training.cohorts.update(coordinator, changed));
    auto const again = training.cohorts.cohort(coordinator, *id);
    EXPECT_FALSE(again->cohort.traineeship);
    EXPECT_FALSE(again->funding_partner);
}

TEST_P(CohortFunding, AFunderOfAnotherCentreIsRefusedAndNothingIsSaved)
{
    auto const elsewhere =
        accounts.add_account({"elsewhere", "Elsewhere", domain::Role::Director, password, another_centre()});
    ASSERT_TRUE(elsewhere);
    service::PartnerService partners(database(), clock);
    auto const theirs = partners.create({*elsewhere, "192.0.2.11"}, {.name = "Their fund", .kind = "funder"},
                                        service::DuplicateCheck::Warn);
    ASSERT_TRUE(theirs && theirs->id);
    auto cohort = cohort_on(track());
    cohort.funding.partner_id = *theirs->id;
    auto const created = training.cohorts.create(coordinator, cohort);
    ASSERT_FALSE(created);
    EXPECT_TRUE(has_field(created.error(), "funding_partner_id", "errors.cohort.funding_partner_unknown"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM cohorts"), 0);
}

TEST_P(CohortFunding, ATraineeshipPeriodOutsideTheCohortIsRefused)
{
    auto cohort = cohort_on(track());
    cohort.traineeship = TraineeshipPeriod{day("2026-06-01"), day("2026-07-15")};
    auto const created = training.cohorts.create(coordinator, cohort);
    ASSERT_FALSE(created);
    EXPECT_TRUE(
        has_field(created.error(), "traineeship_starts_on", "errors.cohort.traineeship_outside_cohort"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM cohorts"), 0);
}

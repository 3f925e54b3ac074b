// The attendance sheet over HTTP: taken in one request, "all present" in one action, refused
// whole when a row is wrong, and the documents built from it.

#include "training_fixture.hpp"

using namespace tremplin;

namespace {

bool contains(std::string const& text, std::string const& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

class AttendancePages : public test_support::TrainingWebTest {
  protected:
    // A woman of this name enrolled in the cohort on its first day: her enrolment.
    domain::Result<long long> enrolled(std::string const& first_name, std::string const& last_name)
    {
        return enrol_woman(cohort_id, first_name, last_name, *domain::Date::parse_iso("2026-02-02"));
    }

    void SetUp() override
    {
        TrainingWebTest::SetUp();
        auto const track_id = web_track({{"HTML et CSS", "HTML en CSS", "HTML and CSS"}});
        auto const version = training.catalogue.track(head, track_id)->version;

        domain::Cohort cohort;
        cohort.track_id = track_id;
        cohort.name = "WEB 2026-A";
        cohort.starts_on = *domain::Date::parse_iso("2026-02-02");
        cohort.ends_on = *domain::Date::parse_iso("2026-06-30");
        cohort.capacity = 12;
        cohort.room = "Salle 2";
        cohort.coordinator_id = head.account.id;
        cohort_id = *training.cohorts.create(head, cohort);

        domain::Lesson lesson;
        lesson.cohort_id = cohort_id;
        lesson.module_id = version.modules.front().id;
        lesson.room = "Salle 2";
        lesson.day = clock.today(); // 2026-03-02
        lesson.starts_at = 9 * 60;
        lesson.ends_at = 12 * 60 + 30;
        lesson_id = *training.cohorts.save_lesson(head, lesson);

        enrolments = enrol_two_trainees(cohort_id, cohort.starts_on);
    }

    std::string sheet_path() const { return "/lessons/" + std::to_string(lesson_id) + "/attendance"; }

    long long cohort_id = 0;
    long long lesson_id = 0;
    std::vector<long long> enrolments;
};
TREMPLIN_ON_EVERY_BACKEND(AttendancePages);

TEST_P(AttendancePages, TheSheetListsEveryTraineeWithOneChoicePerMark)
{
    auto coordinator = signed_in("coordinator");
    auto day = get(coordinator, "/lessons", {{"Accept-Language", "en"}});
    EXPECT_EQ(day.status, 200);
    EXPECT_TRUE(contains(day.body, "HTML and CSS"));
    EXPECT_TRUE(contains(day.body, "href=\"" + sheet_path() + "\""));

    auto sheet = get(coordinator, sheet_path(), {{"Accept-Language", "en"}});
    EXPECT_EQ(sheet.status, 200);
    EXPECT_TRUE(contains(sheet.body, "Amina Benali"));
    EXPECT_TRUE(contains(sheet.body, "Zoë Peeters"));
    EXPECT_TRUE(
        contains(sheet.body, "name=\"mark-" + std::to_string(enrolments[0]) + "\" value=\"unexcused\""));
    EXPECT_TRUE(contains(sheet.body, "Everyone present"));
}

TEST_P(AttendancePages, EveryonePresentIsOneAction)
{
    auto coordinator = signed_in("coordinator");
    get(coordinator, sheet_path());
    auto saved = post(coordinator, sheet_path(), "csrf_token=" + coordinator.csrf_token + "&all_present=1");
    EXPECT_EQ(saved.status, 303);
    EXPECT_EQ(count("SELECT COUNT(*) FROM attendance WHERE mark = 'present' AND minutes_attended = 210"), 2);
    auto hours = training.attendance.cohort_attendance(head, cohort_id);
    ASSERT_TRUE(hours);
    EXPECT_EQ(hours->at(enrolments[0]).minutes_attended, 210);
}

TEST_P(AttendancePages, ASheetWithAMistakeComesBackAndSavesNothing)
{
    auto coordinator = signed_in("coordinator");
    get(coordinator, sheet_path());
    auto const first = std::to_string(enrolments[0]);
    auto const second = std::to_string(enrolments[1]);
    auto reply = post(coordinator, sheet_path(),
                      "csrf_token=" + coordinator.csrf_token + "&mark-" + first + "=late&late-" + first +
                          "=&mark-" + second + "=present&minutes-" + second + "=9",
                      {{"Accept-Language", "en"}});
    EXPECT_EQ(reply.status, 422);
    EXPECT_TRUE(contains(reply.body, "<title>Error: "));
    EXPECT_TRUE(contains(reply.body, "Enter how many minutes late Amina Benali was"));
    EXPECT_TRUE(contains(reply.body, "The hours Zoë Peeters attended must not be more than the length"));
    EXPECT_TRUE(contains(reply.body, "value=\"9\"")) << "what was typed comes back";
    EXPECT_EQ(count("SELECT COUNT(*) FROM attendance"), 0);

    auto saved = post(coordinator, sheet_path(),
                      "csrf_token=" + coordinator.csrf_token + "&mark-" + first + "=late&late-" + first +
                          "=15&mark-" + second + "=excused");
    EXPECT_EQ(saved.status, 303);
    EXPECT_EQ(count("SELECT SUM(minutes_attended) FROM attendance"), 195);
}

TEST_P(AttendancePages, ATraineeOfAnotherCohortCannotBeMarked)
{
    auto coordinator = signed_in("coordinator");
    get(coordinator, sheet_path());
    auto const first = std::to_string(enrolments[0]);
    auto const second = std::to_string(enrolments[1]);
    auto reply = post(coordinator, sheet_path(),
                      "csrf_token=" + coordinator.csrf_token + "&mark-" + first + "=present&mark-" + second +
                          "=present&mark-999999=present");
    EXPECT_EQ(reply.status, 422);
    EXPECT_EQ(count("SELECT COUNT(*) FROM attendance"), 0);
}

TEST_P(AttendancePages, ATrainerTakesOnlyTheSheetsOfHerOwnLessons)
{
    auto trainer = signed_in("trainer");
    EXPECT_EQ(get(trainer, sheet_path()).status, 404) << "a cohort she does not teach";
    EXPECT_FALSE(contains(get(trainer, "/lessons").body, sheet_path()));
}

TEST_P(AttendancePages, TheDocumentsOfTheCohortAreServed)
{
    auto coordinator = signed_in("coordinator");
    get(coordinator, sheet_path());
    post(coordinator, sheet_path(), "csrf_token=" + coordinator.csrf_token + "&all_present=1");
    auto const cohort = "/cohorts/" + std::to_string(cohort_id);
    auto page = get(coordinator, cohort, {{"Accept-Language", "en"}});
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Benali, Amina"));

    auto pdf = get(coordinator, "/enrolments/" + std::to_string(enrolments[0]) + "/attestation.pdf");
    EXPECT_EQ(pdf.status, 200);
    EXPECT_TRUE(pdf.body.starts_with("%PDF"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'participant.attestation_printed'"), 1);

    auto csv = get(coordinator, cohort + "/statement.csv?month=2026-03");
    EXPECT_EQ(csv.status, 200);
    EXPECT_TRUE(contains(csv.body, "Benali"));
    EXPECT_TRUE(contains(csv.body, "3.5"));
    auto xlsx = get(coordinator, cohort + "/register.xlsx");
    EXPECT_EQ(xlsx.status, 200);
    EXPECT_TRUE(xlsx.body.starts_with("PK"));
    auto const register_ = training.documents.attendance_register(head, cohort_id, "en");
    ASSERT_TRUE(register_);
    ASSERT_EQ(register_->lessons.size(), 1u);
    ASSERT_EQ(register_->rows.size(), 2u);
    ASSERT_TRUE(register_->rows[0].marks[0]);
    EXPECT_EQ(register_->rows[0].marks[0]->minutes_attended, 210);

    auto const token = training.cohorts.renew_calendar_link(head, cohort_id).value();
    EXPECT_EQ(count("SELECT COUNT(*) FROM cohorts WHERE calendar_token_hash = '" + token + "'"), 0)
        << "the database keeps its hash, never the link";
    test_support::HttpClient anyone(server.port());
    auto ics = anyone.get("/calendar/" + token + ".ics", {});
    EXPECT_EQ(ics.status, 200);
    EXPECT_TRUE(ics.body.starts_with("BEGIN:VCALENDAR\r\n"));
    EXPECT_TRUE(contains(ics.body, "SUMMARY:HTML et CSS"));
    EXPECT_EQ(anyone.get("/calendar/" + std::string(43, 'x') + ".ics", {}).status, 404);
}

TEST_P(AttendancePages, TheAttestationIsNamedAfterHerWithAccentsAndQuotes)
{
    auto const enrolment = enrolled("Zoé", "Dupré \"Lili\" N'Diaye");
    ASSERT_TRUE(enrolment);

    auto coordinator = signed_in("coordinator");
    auto pdf = get(coordinator, "/enrolments/" + std::to_string(*enrolment) + "/attestation.pdf");
    EXPECT_EQ(pdf.status, 200);
    EXPECT_EQ(pdf.header("content-disposition"),
              "inline; filename=\"attestation-WEB-2026-A-Dupre--Lili--N_Diaye.pdf\"; "
              "filename*=UTF-8''attestation-WEB-2026-A-Dupr%C3%A9--Lili--N%27Diaye.pdf");
}

TEST_P(AttendancePages, ANameThatLooksLikeAFormulaComesOutAsTextInEveryCsv)
{
    ASSERT_TRUE(enrolled("Ana", "=HYPERLINK(\"http://evil.example\",\"Voir\")"));

    auto coordinator = signed_in("coordinator");
    get(coordinator, sheet_path());
    ASSERT_EQ(
        post(coordinator, sheet_path(), "csrf_token=" + coordinator.csrf_token + "&all_present=1").status,
        303);

    auto const statement =
        get(coordinator, "/cohorts/" + std::to_string(cohort_id) + "/statement.csv?month=2026-03");
    EXPECT_EQ(statement.status, 200);
    EXPECT_TRUE(
        contains(statement.body, "\r\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Voir\"\")\",Ana,,"))
        << statement.body;
    EXPECT_FALSE(contains(statement.body, "\n\"=HYPERLINK"));
    EXPECT_TRUE(contains(statement.body, ",3.5\r\n")) << "hours stay numbers";

    auto const sheet = get(coordinator, sheet_path() + ".csv");
    EXPECT_EQ(sheet.status, 200);
    EXPECT_TRUE(contains(sheet.body,
                         ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Voir\"\") Ana\",present,,3.5\r\n"))
        << sheet.body;
    EXPECT_FALSE(contains(sheet.body, ",\"=HYPERLINK"));
}

TEST_P(AttendancePages, EveryExportLeavesItsAuditRowWithItsRows)
{
    auto coordinator = signed_in("coordinator");
    get(coordinator, sheet_path());
    post(coordinator, sheet_path(), "csrf_token=" + coordinator.csrf_token + "&all_present=1");
    auto const cohort = "/cohorts/" + std::to_string(cohort_id);
    auto const audited = [&](std::string const& action, std::string const& subject_type, long long subject_id,
                             std::string const& detail) {
        return count("SELECT COUNT(*) FROM audit_events WHERE action = '" + action +
                     "' AND subject_type = '" + subject_type +
                     "' AND subject_id = " + std::to_string(subject_id) + " AND detail = '" + detail + "'");
    };

    EXPECT_EQ(get(coordinator, cohort + "/statement.csv?month=2026-03").status, 200);
    EXPECT_EQ(audited("cohort.statement_exported", "cohort", cohort_id, "format=csv month=2026-03 rows=2"),
              1);
    EXPECT_EQ(get(coordinator, cohort + "/statement.xlsx?month=2026-04").status, 200);
    EXPECT_EQ(audited("cohort.statement_exported", "cohort", cohort_id, "format=xlsx month=2026-04 rows=0"),
              1);
    EXPECT_EQ(get(coordinator, cohort + "/register.xlsx").status, 200);
    EXPECT_EQ(audited("cohort.register_exported", "cohort", cohort_id, "format=xlsx rows=2 lessons=1"), 1);
    EXPECT_EQ(get(coordinator, sheet_path() + ".csv").status, 200);
    EXPECT_EQ(audited("lesson.attendance_exported", "lesson", lesson_id, "format=csv rows=2"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'lesson.attendance_exported' AND "
                    "staff_account_id IS NOT NULL"),
              1);

    auto const token = training.cohorts.renew_calendar_link(head, cohort_id).value();
    test_support::HttpClient anyone(server.port());
    EXPECT_EQ(anyone.get("/calendar/" + token + ".ics", {}).status, 200);
    EXPECT_EQ(audited("cohort.timetable_downloaded", "cohort", cohort_id, "format=ics lessons=1"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'cohort.timetable_downloaded' AND "
                    "staff_account_id IS NULL AND organisation_id = " +
                    std::to_string(head.organisation_id())),
              1)
        << "a download through the link names no account, but the cohort's centre";

    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action LIKE '%exported'"), 4);
}

TEST_P(AttendancePages, ATimetableIsGeneratedFromAWeeklyPatternSkippingHolidays)
{
    auto coordinator = signed_in("coordinator");
    auto const path = "/cohorts/" + std::to_string(cohort_id) + "/schedule";
    auto form = get(coordinator, path, {{"Accept-Language", "en"}});
    EXPECT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "value=\"09:00\""));
    auto const module_id =
        std::to_string(training.cohorts.cohort(head, cohort_id)->version.modules.front().id);

    // Mondays of April 2026: the 6th is Easter Monday.
    auto wrong = post(coordinator, path,
                      "csrf_token=" + coordinator.csrf_token + "&from=2026-04-01&to=2026-04-30&weekday=1" +
                          "&starts_at=13%3A30&ends_at=12%3A00&module_id=" + module_id + "&room=Salle+3",
                      {{"Accept-Language", "en"}});
    EXPECT_EQ(wrong.status, 422);
    EXPECT_TRUE(contains(wrong.body, "Each time slot must end after its start time"));
    EXPECT_TRUE(contains(wrong.body, "value=\"Salle 3\""));

    auto done = post(coordinator, path,
                     "csrf_token=" + coordinator.csrf_token + "&from=2026-04-01&to=2026-04-30&weekday=1" +
                         "&starts_at=13h30&ends_at=16%3A30&module_id=" + module_id + "&room=Salle+3");
    EXPECT_EQ(done.status, 303);
    EXPECT_EQ(count("SELECT COUNT(*) FROM lessons WHERE room = 'Salle 3'"), 3) << "13, 20 and 27 April";
    EXPECT_EQ(count("SELECT COUNT(*) FROM lessons WHERE day = '2026-04-06'"), 0);
}

TEST_P(AttendancePages, ALessonIsCancelledAndItsSheetClosed)
{
    auto coordinator = signed_in("coordinator");
    auto const path = "/lessons/" + std::to_string(lesson_id);
    auto form = get(coordinator, path + "/edit");
    EXPECT_EQ(form.status, 200);
    auto const module_id =
        std::to_string(training.cohorts.cohort(head, cohort_id)->version.modules.front().id);
    auto outside =
        post(coordinator, path,
             "csrf_token=" + coordinator.csrf_token + "&day=2027-01-04&starts_at=09%3A00&ends_at=12%3A30" +
                 "&module_id=" + module_id + "&room=Salle+2&status=planned",
             {{"Accept-Language", "en"}});
    EXPECT_EQ(outside.status, 422);
    EXPECT_TRUE(contains(outside.body, "The lesson must be between the cohort’s start and end dates"));

    auto cancelled = post(coordinator, path,
                          "csrf_token=" + coordinator.csrf_token + "&day=2026-03-02&starts_at=09%3A00" +
                              "&ends_at=12%3A30&module_id=" + module_id + "&room=Salle+2&status=cancelled");
    EXPECT_EQ(cancelled.status, 303);
    EXPECT_EQ(count("SELECT COUNT(*) FROM lessons WHERE status = 'cancelled' AND sequence = 1"), 1);
    get(coordinator, sheet_path());
    auto refused = post(coordinator, sheet_path(), "csrf_token=" + coordinator.csrf_token + "&all_present=1");
    EXPECT_EQ(refused.status, 409);
    EXPECT_EQ(count("SELECT COUNT(*) FROM attendance"), 0);
    auto trainer = signed_in("trainer");
    EXPECT_EQ(get(trainer, path + "/edit").status, 403);
}

TEST_P(AttendancePages, TheYearsHoursAndParityAreSummedFromAttendance)
{
    domain::Trainer trainer;
    trainer.name = "Nadia Ouali";
    trainer.gender = domain::Gender::Woman;
    auto const trainer_id = training.catalogue.save_trainer(head, trainer);
    ASSERT_TRUE(trainer_id);
    auto lesson = training.cohorts.lesson(head, lesson_id)->lesson;
    lesson.trainer_id = *trainer_id;
    ASSERT_TRUE(training.cohorts.save_lesson(head, lesson));

    auto coordinator = signed_in("coordinator");
    get(coordinator, sheet_path());
    post(coordinator, sheet_path(), "csrf_token=" + coordinator.csrf_token + "&all_present=1");
    auto page = get(coordinator, "/training-hours?year=2026", {{"Accept-Language", "en"}});
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "<dt>Hours attended</dt><dd>7</dd>")) << "2 trainees × 3.5 hours";
    EXPECT_TRUE(contains(page.body, "<th scope=\"row\">WEB</th><td>7</td><td>100%</td>"));
    EXPECT_TRUE(contains(get(coordinator, "/training-hours?year=2025", {{"Accept-Language", "en"}}).body,
                         "No hours that year."));
}

TEST_P(AttendancePages, AnImportedSheetAppliesWholeOrNamesTheWrongLine)
{
    auto coordinator = signed_in("coordinator");
    get(coordinator, sheet_path());
    auto const blank = get(coordinator, sheet_path() + ".csv");
    EXPECT_EQ(blank.status, 200);
    EXPECT_TRUE(contains(blank.body, std::to_string(enrolments[0]) + ",\"Benali Amina\",,,"));

    auto upload = [&](std::string const& csv) {
        auto const boundary = std::string("----tremplin-test");
        auto const body = "--" + boundary +
                          "\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n" +
                          coordinator.csrf_token + "\r\n--" + boundary +
                          "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sheet.csv\"\r\n"
                          "Content-Type: text/csv\r\n\r\n" +
                          csv + "\r\n--" + boundary + "--\r\n";
        return post(
            coordinator, sheet_path() + "/imports", body,
            {{"Content-Type", "multipart/form-data; boundary=" + boundary}, {"Accept-Language", "en"}});
    };
    auto const first = std::to_string(enrolments[0]);
    auto const second = std::to_string(enrolments[1]);
    auto unknown = upload("Number;Name;Mark\n" + first + ";Benali;present\n424242;Nobody;present\n");
    EXPECT_EQ(unknown.status, 422);
    EXPECT_TRUE(contains(unknown.body, "Line 3: no trainee of this lesson has this number"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM attendance"), 0) << "nothing of a refused file is saved";

    auto done = upload("Number;Name;Mark;Minutes late\n" + first + ";Benali;Late;10\n" + second +
                       ";Peeters;Présente\n");
    EXPECT_EQ(done.status, 303);
    EXPECT_EQ(count("SELECT SUM(minutes_attended) FROM attendance"), 200 + 210);
}

TEST_P(AttendancePages, ATransferredTraineeGoesOnInTheOtherCohortWithHerEntryData)
{
    auto first_cohort = training.cohorts.cohort(head, cohort_id)->cohort;
    first_cohort.name = "WEB 2026-B";
    first_cohort.starts_on = *domain::Date::parse_iso("2026-03-01");
    first_cohort.ends_on = *domain::Date::parse_iso("2026-09-30");
    auto const other = training.cohorts.create(head, first_cohort);
    ASSERT_TRUE(other);

    auto coordinator = signed_in("coordinator");
    auto const path = "/enrolments/" + std::to_string(enrolments[0]) + "/stage";
    auto form = get(coordinator, path, {{"Accept-Language", "en"}});
    EXPECT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "WEB 2026-B"));
    auto missing = post(coordinator, path, "csrf_token=" + coordinator.csrf_token + "&stage=transferred",
                        {{"Accept-Language", "en"}});
    EXPECT_EQ(missing.status, 422);
    EXPECT_TRUE(contains(missing.body, "Choose the cohort she moves to"));

    auto moved = post(coordinator, path,
                      "csrf_token=" + coordinator.csrf_token +
                          "&stage=transferred&transferred_to_cohort_id=" + std::to_string(*other));
    EXPECT_EQ(moved.status, 303);
    EXPECT_EQ(count("SELECT COUNT(*) FROM enrolments WHERE stage = 'transferred'"), 1);
    EXPECT_EQ(
        count("SELECT COUNT(*) FROM enrolments e JOIN enrolments f ON f.participant_id = e.participant_id "
              "WHERE e.id = " +
              std::to_string(enrolments[0]) + " AND f.cohort_id = " + std::to_string(*other) +
              " AND f.entry_gender = e.entry_gender AND f.stage = 'enrolled'"),
        1);
}

TEST_P(AttendancePages, ThreeUnexcusedAbsencesInARowPutHerOnTheAlertList)
{
    auto lesson = training.cohorts.lesson(head, lesson_id)->lesson;
    for (auto day : {"2026-02-23", "2026-02-24", "2026-02-25"}) {
        lesson.id = 0;
        lesson.day = *domain::Date::parse_iso(day);
        auto const id = training.cohorts.save_lesson(head, lesson);
        ASSERT_TRUE(id);
        ASSERT_TRUE(
            training.attendance.save_sheet(head, *id,
                                           {{enrolments[0], domain::AttendanceMark::Unexcused, 0, {}},
                                            {enrolments[1], domain::AttendanceMark::Present, 0, {}}}));
    }
    auto coordinator = signed_in("coordinator");
    auto page = get(coordinator, "/cohorts", {{"Accept-Language", "en"}});
    EXPECT_TRUE(contains(page.body, "Attendance to follow up"));
    EXPECT_TRUE(contains(page.body, "Amina Benali</a>"));
    EXPECT_TRUE(contains(page.body, "3 unexcused absences in a row"));
    EXPECT_FALSE(contains(page.body, "Zoë Peeters</a>"));
    auto cohort = get(coordinator, "/cohorts/" + std::to_string(cohort_id), {{"Accept-Language", "en"}});
    EXPECT_TRUE(contains(cohort.body, "<td>0%</td>")) << "her rate over the lessons held";
}

TEST_P(AttendancePages, ACohortIsChangedAndItsCalendarLinkReplaced)
{
    auto coordinator = signed_in("coordinator");
    auto const path = "/cohorts/" + std::to_string(cohort_id);
    auto form = get(coordinator, path + "/edit", {{"Accept-Language", "en"}});
    EXPECT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "value=\"WEB 2026-A\""));
    auto const fields =
        "&name=WEB+2026-A&starts_on=2026-02-02&place=Rue+Fontainas&room=Salle+2&funder=Actiris"
        "&funding_programme=&agreement_number=";
    auto wrong = post(coordinator, path,
                      "csrf_token=" + coordinator.csrf_token + fields + "&ends_on=2026-01-01&capacity=0",
                      {{"Accept-Language", "en"}});
    EXPECT_EQ(wrong.status, 422);
    EXPECT_TRUE(contains(wrong.body, "Enter a number of places from 1 to 500"));
    EXPECT_TRUE(contains(wrong.body, "value=\"Rue Fontainas\""));
    auto saved = post(coordinator, path,
                      "csrf_token=" + coordinator.csrf_token + fields + "&ends_on=2026-07-15&capacity=14");
    EXPECT_EQ(saved.status, 303);
    EXPECT_EQ(count("SELECT capacity FROM cohorts WHERE id = " + std::to_string(cohort_id)), 14);
    EXPECT_EQ(count("SELECT COUNT(*) FROM cohorts WHERE coordinator_id IS NOT NULL"), 1)
        << "the coordinator stays";

    auto const old_token = training.cohorts.renew_calendar_link(head, cohort_id).value();
    get(coordinator, path);
    auto const renewed = post(coordinator, path + "/calendar-link", "csrf_token=" + coordinator.csrf_token);
    EXPECT_EQ(renewed.status, 200) << "the page that shows the new link, this once";
    auto const at = renewed.body.find("/calendar/");
    ASSERT_NE(at, std::string::npos);
    auto const new_token = renewed.body.substr(at + 10, 43);
    test_support::HttpClient anyone(server.port());
    EXPECT_EQ(anyone.get("/calendar/" + old_token + ".ics", {}).status, 404);
    EXPECT_EQ(anyone.get("/calendar/" + new_token + ".ics", {}).status, 200);
    EXPECT_EQ(get(coordinator, path).body.find(new_token), std::string::npos) << "shown once only";
    auto trainer = signed_in("trainer");
    EXPECT_EQ(post(trainer, path + "/calendar-link", "csrf_token=" + trainer.csrf_token).status, 403);
}

TEST_P(AttendancePages, ACohortsTraineeshipPeriodIsKeptInsideItsDates)
{
    auto coordinator = signed_in("coordinator");
    auto const path = "/cohorts/" + std::to_string(cohort_id);
    auto const fields = "&name=WEB+2026-A&starts_on=2026-02-02&ends_on=2026-07-15&capacity=12&place=&room="
                        "&funder=Actiris&funding_partner_id=&funding_programme=&agreement_number=";
    auto outside = post(coordinator, path,
                        "csrf_token=" + coordinator.csrf_token + fields +
                            "&traineeship_starts_on=2026-07-01&traineeship_ends_on=2026-08-14",
                        {{"Accept-Language", "en"}});
    EXPECT_EQ(outside.status, 422);
    EXPECT_TRUE(
        contains(outside.body, "The traineeship period must fall between the cohort’s first and last day"));
    EXPECT_TRUE(contains(outside.body, "value=\"2026-08-14\"")) << "what was typed comes back";
    auto half = post(coordinator, path,
                     "csrf_token=" + coordinator.csrf_token + fields +
                         "&traineeship_starts_on=2026-06-01&traineeship_ends_on=",
                     {{"Accept-Language", "nl"}});
    EXPECT_EQ(half.status, 422);
    EXPECT_TRUE(contains(half.body, "Vul een echte datum in, of laat beide stagedagen leeg"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM cohorts WHERE traineeship_starts_on IS NOT NULL"), 0);

    auto saved = post(coordinator, path,
                      "csrf_token=" + coordinator.csrf_token + fields +
                          "&traineeship_starts_on=2026-06-01&traineeship_ends_on=2026-07-03");
    EXPECT_EQ(saved.status, 303);
    auto const page = get(coordinator, path, {{"Accept-Language", "en"}});
    EXPECT_TRUE(contains(page.body, "Traineeship period"));
    EXPECT_TRUE(contains(page.body, "1 June 2026 – 3 July 2026"));
}

// Applying from the public form, on both databases: a draft kept page by page, sent once with a
// reference, on a record of her own that staff compare with any record it may duplicate; then
// the pipeline's filters and audited moves.

#include "service/recruitment.hpp"
#include "training_fixture.hpp"

using namespace tremplin;
using domain::ApplicationQuestion;
using domain::ApplicationStage;
using test_support::TrainingTest;
namespace fields = domain::participant_fields;

class Applications : public TrainingTest {
  protected:
    Applications()
    {
        auto const track_id = track();
        web_a = cohort(track_id, "WEB 2026-A");
        web_b = cohort(track_id, "WEB 2026-B");
        intake_id = open_intake({web_a, web_b});
    }

    long long open_intake(std::vector<long long> cohorts, std::string_view opens = "2026-02-01",
                          std::string_view closes = "2026-03-31")
    {
        auto const id =
            recruitment.intakes.save(coordinator, {0, 0, "Mars 2026", day(opens), day(closes), cohorts});
        EXPECT_TRUE(id);
        return id ? *id : 0;
    }

    std::string start()
    {
        auto token = recruitment.applications.start(intake_id, "nl", "198.51.100.7");
        EXPECT_TRUE(token);
        return token ? *token : "";
    }

    static domain::ApplicationAnswers
    page(std::initializer_list<std::pair<std::string_view, std::string>> values)
    {
        domain::ApplicationAnswers answers;
        for (auto const& [field, value] : values)
            answers.set(field, value);
        return answers;
    }

    // Answers the three pages that must be answered, as the form sends them.
    std::string fill_in(std::string const& phone = "0470 12 34 56",
                        std::string const& last_name = "El Amrani")
    {
        auto const token = start();
        EXPECT_TRUE(recruitment.applications.answer(
            token, ApplicationQuestion::Name,
            page({{fields::first_name, "Fatima"}, {fields::last_name, last_name}})));
        EXPECT_TRUE(recruitment.applications.answer(
            token, ApplicationQuestion::Contact,
            page({{fields::phone, phone}, {fields::email, ""}, {fields::preferred_language, "nl"}})));
        EXPECT_TRUE(recruitment.applications.answer(token, ApplicationQuestion::Choices,
                                                    page({{"choice_1", std::to_string(web_b)},
                                                          {"choice_2", std::to_string(web_a)},
                                                          {"choice_3", ""}})));
        return token;
    }

    std::string sent(std::string const& phone = "0470 12 34 56", std::string const& last_name = "El Amrani")
    {
        auto const reference = recruitment.applications.submit(fill_in(phone, last_name), "198.51.100.7");
        EXPECT_TRUE(reference);
        return reference ? *reference : "";
    }

    std::vector<store::ApplicationSummary> pipeline(service::PipelineQuery const& query = {})
    {
        auto found = recruitment.applications.pipeline(coordinator, query);
        EXPECT_TRUE(found);
        return found ? found->applications : std::vector<store::ApplicationSummary>{};
    }

    service::Recruitment recruitment{database(), clock, {"fr", "nl", "en"}, {.submissions_per_hour = 1000}};
    long long web_a = 0;
    long long web_b = 0;
    long long intake_id = 0;
};
TREMPLIN_ON_EVERY_BACKEND(Applications);

TEST_P(Applications, SendsTheDraftOnceWithAReferenceAndCreatesHerRecord)
{
    auto const token = fill_in();
    auto const reference = recruitment.applications.submit(token, "198.51.100.7");
    ASSERT_TRUE(reference) << reference.error().message_key;
    EXPECT_TRUE(reference->starts_with("2026-"));
    EXPECT_EQ(recruitment.applications.submit(token, "198.51.100.7").value(), *reference)
        << "sending twice (a double tap) gives the same reference";

    auto const sent = pipeline();
    ASSERT_EQ(sent.size(), 1U);
    EXPECT_EQ(sent.front().reference, *reference);
    EXPECT_EQ(sent.front().stage, ApplicationStage::Submitted);
    EXPECT_EQ(sent.front().choices, (std::vector<long long>{web_b, web_a}));
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants WHERE first_name = 'Fatima' AND gender = 'woman' "
                    "AND preferred_language = 'nl'"),
              1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'application.submitted'"), 1);
    EXPECT_FALSE(recruitment.applications.answer(token, ApplicationQuestion::Name,
                                                 page({{fields::first_name, "F"}, {fields::last_name, "X"}})))
        << "a sent application is not changed through its link";
}

TEST_P(Applications, ForgetsADraftNobodySentForAMonth)
{
    auto const forgotten = fill_in("0470 11 11 11");
    sent("0470 22 22 22", "Sent");
    clock.advance(std::chrono::days(domain::draft_lifetime_days - 1));
    auto const touched = fill_in("0470 33 33 33", "Recent"); // answered a day before the month ends
    clock.advance(std::chrono::days(1) + std::chrono::seconds(1));

    EXPECT_EQ(recruitment.applications.forget_stale_drafts(), 1);
    EXPECT_FALSE(recruitment.applications.form(forgotten)) << "her link leads nowhere now";
    EXPECT_TRUE(recruitment.applications.form(touched));
    EXPECT_EQ(pipeline().size(), 1U) << "a sent application is never a draft";
    EXPECT_EQ(count("SELECT COUNT(*) FROM application_answers a WHERE NOT EXISTS "
                    "(SELECT 1 FROM applications p WHERE p.id = a.application_id)"),
              0);
    EXPECT_EQ(recruitment.applications.forget_stale_drafts(), 0);
}

TEST_P(Applications, OffersTheLanguageSheReadsTheFormInAsHerLanguage)
{
    auto const form = recruitment.applications.form(start());
    ASSERT_TRUE(form);
    EXPECT_EQ(form->answers[fields::preferred_language], "nl");
    EXPECT_EQ(form->offer.cohorts.size(), 2U);
}

TEST_P(Applications, ListsWhatIsMissingAndSavesNothing)
{
    auto const token = start();
    auto const refused = recruitment.applications.submit(token, "198.51.100.7");
    ASSERT_FALSE(refused);
    std::vector<std::string> fields_named;
    for (auto const& error : refused.error().fields)
        fields_named.push_back(error.field);
    EXPECT_EQ(fields_named, (std::vector<std::string>{"first_name", "last_name", "phone", "choice_1"}));
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM applications WHERE reference IS NOT NULL"), 0);
}

TEST_P(Applications, KeepsAPageOnlyWhenItIsRight)
{
    auto const token = start();
    auto const refused = recruitment.applications.answer(
        token, ApplicationQuestion::Name, page({{fields::first_name, "Fatima"}, {fields::last_name, ""}}));
    ASSERT_FALSE(refused);
    ASSERT_EQ(refused.error().fields.size(), 1U);
    EXPECT_EQ(refused.error().fields.front().field, "last_name");
    EXPECT_EQ(recruitment.applications.form(token)->answers[fields::first_name], "") << "nothing half-saved";

    EXPECT_TRUE(recruitment.applications.answer(token, ApplicationQuestion::Education,
                                                page({{fields::education_level, ""}})))
        << "an optional page may be skipped";
}

TEST_P(Applications, AnApplicationNeverChangesTheRecordTheCentreKeeps)
{
    auto input = page({{fields::first_name, "Fatima"},
                       {fields::last_name, "El Amrani"},
                       {fields::gender, "woman"},
                       {fields::preferred_language, "fr"},
                       {fields::phone, "0470 12 34 56"}});
    auto const known =
        participants.create(coordinator, input, service::DuplicateCheck::ConfirmedDifferentPerson);
    ASSERT_TRUE(known && known->id);

    // Someone who knows her phone number applies in her name with his own e-mail.
    auto const token = fill_in("0470123456", "EL AMRANI");
    ASSERT_TRUE(recruitment.applications.answer(token, ApplicationQuestion::Contact,
                                                page({{fields::phone, "0470123456"},
                                                      {fields::email, "someone.else@example.org"},
                                                      {fields::preferred_language, "nl"}})));
    ASSERT_TRUE(recruitment.applications.submit(token, "198.51.100.7"));

    EXPECT_EQ(count("SELECT COUNT(*) FROM participants WHERE email = '' AND preferred_language = 'fr' "
                    "AND last_name = 'El Amrani'"),
              1)
        << "what staff recorded stays as it was, and no gap is filled";
    auto const applications = pipeline();
    ASSERT_EQ(applications.size(), 1U);
    EXPECT_NE(applications.front().participant_id, *known->id) << "the application is the sender's own";
    EXPECT_EQ(count("SELECT COUNT(*) FROM letters WHERE participant_id = " + std::to_string(*known->id)), 0)
        << "no letter goes out in her name";
    auto const matches = participants.possible_matches(coordinator);
    ASSERT_TRUE(matches);
    ASSERT_EQ(matches->total, 1) << "staff are asked to compare";
    EXPECT_EQ(matches->open.front().match.known_id, *known->id);
    EXPECT_EQ(matches->open.front().match.source, "application");

    // Once staff merge, the application is hers, and her record takes only what they chose.
    ASSERT_TRUE(participants.merge(coordinator, matches->open.front().match.id, {}));
    EXPECT_EQ(pipeline().front().participant_id, *known->id);
    EXPECT_EQ(participants.view(coordinator, *known->id)->email, "");
}

TEST_P(Applications, TheSameWomanApplyingTwiceIsAPossibleMatchForStaff)
{
    sent();
    sent();
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 2);
    auto const matches = participants.possible_matches(coordinator);
    ASSERT_TRUE(matches);
    EXPECT_EQ(matches->total, 1);
    ASSERT_TRUE(participants.merge(coordinator, matches->open.front().match.id, {}));
    auto const both = pipeline();
    ASSERT_EQ(both.size(), 2U);
    EXPECT_EQ(both.front().participant_id, both.back().participant_id);
}

TEST_P(Applications, RefusesAClosedIntake)
{
    auto const closed = open_intake({web_a}, "2026-01-01", "2026-02-28");
    auto const refused = recruitment.applications.start(closed, "fr", "198.51.100.7");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().message_key, "errors.apply.intake_closed");

    auto const token = fill_in();
    clock.advance(std::chrono::days(40)); // the intake of the fixture closed meanwhile
    auto const late = recruitment.applications.submit(token, "198.51.100.7");
    ASSERT_FALSE(late);
    ASSERT_FALSE(late.error().fields.empty());
    EXPECT_EQ(late.error().fields.back().message_key, "errors.apply.intake_closed");
}

TEST_P(Applications, FiltersThePipelineByStageAndCourse)
{
    sent("0470 00 00 01", "Un");
    sent("0470 00 00 02", "Deux");
    auto const all = pipeline();
    ASSERT_EQ(all.size(), 2U);
    ASSERT_TRUE(recruitment.applications.move(coordinator, {all.front().id}, ApplicationStage::Interviewed));

    EXPECT_EQ(pipeline({.stage = ApplicationStage::Interviewed}).size(), 1U);
    EXPECT_EQ(pipeline({.stage = ApplicationStage::Submitted}).size(), 1U);
    EXPECT_EQ(pipeline({.cohort_id = web_a}).size(), 2U) << "a second choice counts";
    auto const other = open_intake({web_a});
    EXPECT_TRUE(pipeline({.intake_id = other}).empty());
}

TEST_P(Applications, MovesManyAtOnceAllOrNoneAndAuditsEachMove)
{
    sent("0470 00 00 01", "Un");
    sent("0470 00 00 02", "Deux");
    std::vector<long long> ids;
    for (auto const& application : pipeline())
        ids.push_back(application.id);

    std::vector<long long> too_many(domain::applications_moved_at_once + 1, ids.front());
    auto const refused = recruitment.applications.move(coordinator, too_many, ApplicationStage::TestTaken);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().message_key, "errors.application.too_many_at_once");

    auto with_unknown = ids;
    with_unknown.push_back(999999);
    EXPECT_FALSE(recruitment.applications.move(coordinator, with_unknown, ApplicationStage::TestTaken));
    EXPECT_EQ(pipeline({.stage = ApplicationStage::TestTaken}).size(), 0U) << "none moved";

    EXPECT_EQ(recruitment.applications.move(coordinator, ids, ApplicationStage::TestTaken).value(), 2);
    EXPECT_EQ(recruitment.applications.move(coordinator, ids, ApplicationStage::TestTaken).value(), 0)
        << "already there";
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'application.moved' "
                    "AND detail = 'submitted -> test_taken'"),
              2);
    EXPECT_FALSE(recruitment.applications.move(trainer, ids, ApplicationStage::Decided));
    EXPECT_FALSE(recruitment.applications.pipeline(funder, {})) << "funders see figures, never applications";
}

TEST_P(Applications, LeavesTheDecisionToTheAdmissionRound)
{
    sent("0470 00 00 01", "Un");
    sent("0470 00 00 02", "Deux");
    std::vector<long long> ids;
    for (auto const& application : pipeline())
        ids.push_back(application.id);

    auto const by_hand = recruitment.applications.move(coordinator, ids, ApplicationStage::Decided);
    ASSERT_FALSE(by_hand);
    EXPECT_EQ(by_hand.error().fields,
              (std::vector<domain::FieldError>{{"stage", "errors.application.decided_by_round"}}));
    EXPECT_TRUE(pipeline({.stage = ApplicationStage::Decided}).empty()) << "none moved";
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'application.moved'"), 0);
}

TEST_P(Applications, ShowsAnApplicationAsSheWroteItAndAuditsTheReading)
{
    sent();
    auto const details = recruitment.applications.application(coordinator, pipeline().front().id);
    ASSERT_TRUE(details);
    EXPECT_EQ(details->answers[fields::first_name], "Fatima");
    EXPECT_EQ(details->offer.intake.id, intake_id);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'application.viewed'"), 1);
}

TEST_P(Applications, IntakesAreKeptByThoseWhoPlanCohorts)
{
    EXPECT_FALSE(
        recruitment.intakes.save(funder, {0, 0, "X", day("2026-01-01"), day("2026-02-01"), {web_a}}));
    auto const invalid =
        recruitment.intakes.save(coordinator, {0, 0, "", day("2026-02-01"), day("2026-01-01"), {}});
    ASSERT_FALSE(invalid);
    EXPECT_EQ(invalid.error().fields.size(), 3U);
    auto const unknown_cohort =
        recruitment.intakes.save(coordinator, {0, 0, "X", day("2026-01-01"), day("2026-02-01"), {424242}});
    ASSERT_FALSE(unknown_cohort);
    EXPECT_EQ(unknown_cohort.error().fields.front().field, "cohorts");
    ASSERT_EQ(recruitment.intakes.open_today().size(), 1U);
}

TEST_P(Applications, IntakesAreChangedByThoseWhoPlanCohortsAlone)
{
    auto const job_coach = add("jobcoach", domain::Role::JobCoach);
    auto const followed = recruitment.intakes.intakes(job_coach);
    ASSERT_TRUE(followed) << "she follows applications";
    EXPECT_EQ(followed->intakes.size(), 1U);
    EXPECT_FALSE(followed->may.manage);
    EXPECT_FALSE(followed->may.admit);
    auto const planned = recruitment.intakes.intakes(coordinator);
    ASSERT_TRUE(planned);
    EXPECT_TRUE(planned->may.manage);
    EXPECT_TRUE(planned->may.admit);

    // The forms are refused as saving them is.
    ASSERT_FALSE(recruitment.intakes.may_manage(job_coach));
    EXPECT_EQ(recruitment.intakes.may_manage(job_coach).error().code, domain::ErrorCode::Forbidden);
    EXPECT_TRUE(recruitment.intakes.may_manage(coordinator));
    auto const refused = recruitment.intakes.for_editing(job_coach, intake_id);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, domain::ErrorCode::Forbidden);
    auto const unknown = recruitment.intakes.for_editing(job_coach, 424242);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, domain::ErrorCode::NotFound)
        << "an unknown intake is not found, for anyone";
    auto const to_change = recruitment.intakes.for_editing(coordinator, intake_id);
    ASSERT_TRUE(to_change);
    EXPECT_EQ(to_change->intake.id, intake_id);
}

TEST_P(Applications, SaysWhatEachMayDoWithTheApplications)
{
    sent();
    auto const job_coach = add("jobcoach", domain::Role::JobCoach);
    auto const followed = recruitment.applications.pipeline(job_coach, {});
    ASSERT_TRUE(followed);
    EXPECT_TRUE(followed->may.move);
    EXPECT_FALSE(followed->may.manage_priority);
    EXPECT_FALSE(followed->may.manage_tests);
    auto const kept = recruitment.applications.pipeline(director, {});
    ASSERT_TRUE(kept);
    EXPECT_TRUE(kept->may.move);
    EXPECT_TRUE(kept->may.manage_priority);
    EXPECT_TRUE(kept->may.manage_tests);

    auto const id = followed->applications.front().id;
    auto const read_by_job_coach = recruitment.applications.application(job_coach, id);
    ASSERT_TRUE(read_by_job_coach);
    EXPECT_TRUE(read_by_job_coach->may.edit);
    EXPECT_FALSE(read_by_job_coach->may.see_admission);
    auto const read_by_coordinator = recruitment.applications.application(coordinator, id);
    ASSERT_TRUE(read_by_coordinator);
    EXPECT_TRUE(read_by_coordinator->may.edit);
    EXPECT_TRUE(read_by_coordinator->may.see_admission);
}

TEST_P(Applications, WritesToHerInHerLanguageOnceSent)
{
    sent();
    auto waiting = recruitment.outbox.letters(coordinator, false);
    ASSERT_TRUE(waiting);
    ASSERT_EQ(waiting->size(), 1U);
    auto const& letter = waiting->front();
    EXPECT_EQ(letter.kind, domain::LetterKind::ApplicationReceived);
    EXPECT_EQ(letter.language, "nl");
    EXPECT_EQ(letter.email, "") << "no e-mail address: a letter to post or read out";
    EXPECT_EQ(letter.phone, "0470 12 34 56");
    EXPECT_EQ(letter.recipient_name, "Fatima El Amrani");
    EXPECT_EQ(letter.facts.at("first_name"), "Fatima");
    EXPECT_TRUE(letter.facts.at("reference").starts_with("2026-"));
    EXPECT_TRUE(recruitment.outbox.to_email(10).empty()) << "nothing for the mail server";

    EXPECT_FALSE(recruitment.outbox.sent_by_hand(trainer, letter.id, {"s", "b"}));
    ASSERT_TRUE(recruitment.outbox.sent_by_hand(coordinator, letter.id, {"Onderwerp", "Beste Fatima"}));
    ASSERT_TRUE(recruitment.outbox.sent_by_hand(coordinator, letter.id, {"Other", "Other"}))
        << "twice: no change";
    auto const sent_letters = recruitment.outbox.letters(coordinator, true);
    ASSERT_EQ(sent_letters->size(), 1U);
    EXPECT_EQ(sent_letters->front().sent_how, domain::LetterDelivery::ByHand);
    EXPECT_EQ(sent_letters->front().subject, "Onderwerp") << "kept as it was given";
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'letter.sent_by_hand'"), 1);
}

TEST_P(Applications, HandsHerEmailToTheMailServerUntilItIsTaken)
{
    auto const token = fill_in();
    ASSERT_TRUE(recruitment.applications.answer(token, ApplicationQuestion::Contact,
                                                page({{fields::phone, ""},
                                                      {fields::email, "fatima@example.org"},
                                                      {fields::preferred_language, "fr"}})));
    ASSERT_TRUE(recruitment.applications.submit(token, "198.51.100.7"));

    auto to_email = recruitment.outbox.to_email(10);
    ASSERT_EQ(to_email.size(), 1U);
    EXPECT_EQ(to_email.front().email, "fatima@example.org");
    for (int attempt = 1; attempt <= 4; ++attempt)
        recruitment.outbox.not_emailed(to_email.front(), "451 try again later");
    EXPECT_EQ(recruitment.outbox.letter(coordinator, to_email.front().id)->failure, "451 try again later");
    recruitment.outbox.emailed(to_email.front(), {"Votre candidature", "Bonjour Fatima"});
    EXPECT_TRUE(recruitment.outbox.to_email(10).empty());
    EXPECT_EQ(recruitment.outbox.letters(coordinator, true)->front().sent_how, domain::LetterDelivery::Email);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'letter.emailed'"), 1);
}

TEST_P(Applications, GivesUpOnAnEmailRefusedFiveTimes)
{
    auto const token = fill_in();
    ASSERT_TRUE(recruitment.applications.answer(token, ApplicationQuestion::Contact,
                                                page({{fields::phone, ""},
                                                      {fields::email, "fatima@example.org"},
                                                      {fields::preferred_language, "fr"}})));
    ASSERT_TRUE(recruitment.applications.submit(token, "198.51.100.7"));
    auto const letter = recruitment.outbox.to_email(10).front();
    for (int attempt = 1; attempt <= 5; ++attempt)
        recruitment.outbox.not_emailed(letter, "550 no such mailbox");
    EXPECT_TRUE(recruitment.outbox.to_email(10).empty());
    EXPECT_EQ(recruitment.outbox.letters(coordinator, false)->size(), 1U)
        << "it waits in the outbox for staff";
}

TEST_P(Applications, ListingThePipelineIsAuditedWithItsFiltersAndRows)
{
    sent();
    sent("0470 99 88 77", "Benali");
    EXPECT_EQ(pipeline({.intake_id = intake_id, .stage = ApplicationStage::Submitted}).size(), 2U);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'applications.listed' AND detail = "
                    "'rows=2 intake=" +
                    std::to_string(intake_id) +
                    " stage=submitted' AND staff_account_id = " + std::to_string(coordinator.account.id)),
              1);
    EXPECT_FALSE(recruitment.applications.pipeline(funder, {}));
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'applications.listed'"), 1)
        << "a refused listing reads nothing and leaves no row of a listing";
}

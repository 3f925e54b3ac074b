// docs/design.md "Least privilege", on both databases: disability and minority answers are read
// and written by the director and the colleagues she names, and a trainer reads only the cohorts
// she teaches; any other is not found.

#include "domain/participant_fields.hpp"
#include "service/account_administration.hpp"
#include "service/recruitment.hpp"
#include "training_fixture.hpp"

using namespace tremplin;
using domain::Answer;
using domain::ErrorCode;
using domain::Role;
using test_support::TrainingTest;
namespace fields = domain::participant_fields;

namespace {

domain::ParticipantInput woman(std::string first, std::string last)
{
    domain::ParticipantInput input;
    input.set(fields::first_name, std::move(first));
    input.set(fields::last_name, std::move(last));
    input.set(fields::gender, "woman");
    input.set(fields::preferred_language, "fr");
    return input;
}

bool names_field(domain::Error const& error, std::string const& field, std::string const& key)
{
    return std::ranges::any_of(error.fields, [&](auto const& problem) {
        return problem.field == field && problem.message_key == key;
    });
}

} // namespace

class SpecialCategories : public TrainingTest {
  protected:
    // Hélène, who answered both questions: recorded by the director, who may.
    long long helene()
    {
        auto input = woman("Hélène", "Dubois");
        input.set(fields::disability, "yes");
        input.set(fields::minority, "refused");
        auto const created = participants.create(director, input, service::DuplicateCheck::Warn);
        EXPECT_TRUE(created && created->id) << (created ? "" : created.error().message_key);
        return created && created->id ? *created->id : 0;
    }

    // The account as its next request reads it: a session reads her account every time.
    service::Actor signed_in_again(std::string const& username)
    {
        auto const signed_in = accounts.sign_in(username, password, "192.0.2.10");
        EXPECT_TRUE(signed_in);
        auto const session = accounts.session(signed_in->session_token);
        EXPECT_TRUE(session);
        return {session->account, "192.0.2.10"};
    }

    long long stored(std::string const& column, std::string const& value, long long id)
    {
        return count("SELECT COUNT(*) FROM participants WHERE id = " + std::to_string(id) + " AND " + column +
                     " = '" + value + "'");
    }

    service::AccountAdministration administration{database(), clock, service::PasswordHashing::Minimal};
};
TREMPLIN_ON_EVERY_BACKEND(SpecialCategories);

TEST_P(SpecialCategories, ACoordinatorNotNamedReadsTheRecordWithoutThem)
{
    auto const id = helene();
    auto const job_coach = add("coach", Role::JobCoach);
    for (auto const& reader : {coordinator, job_coach}) {
        auto const viewed = participants.view(reader, id);
        ASSERT_TRUE(viewed);
        EXPECT_TRUE(viewed->special_categories_withheld);
        EXPECT_FALSE(viewed->disability);
        EXPECT_FALSE(viewed->minority);
        EXPECT_EQ(viewed->first_name, "Hélène") << "the rest of her record is there";

        auto const record = participants.record(reader, id);
        ASSERT_TRUE(record);
        EXPECT_TRUE(record->participant.special_categories_withheld);
        EXPECT_FALSE(record->participant.disability);

        auto const editing = participants.for_editing(reader, id);
        ASSERT_TRUE(editing);
        EXPECT_FALSE(editing->minority);
        EXPECT_FALSE(participants.asks_special_categories(reader)) << "her forms do not ask them";
    }

    auto const by_director = participants.view(director, id);
    ASSERT_TRUE(by_director);
    EXPECT_FALSE(by_director->special_categories_withheld);
    EXPECT_EQ(by_director->disability, Answer::Yes);
    EXPECT_EQ(by_director->minority, Answer::Refused);
    EXPECT_TRUE(participants.asks_special_categories(director));
}

TEST_P(SpecialCategories, TheDirectorNamesAColleagueAndWithdrawsItAudited)
{
    auto const id = helene();
    ASSERT_TRUE(administration.set_special_categories(director, coordinator.account.id, true));
    auto const named = signed_in_again("coordinator");
    EXPECT_TRUE(named.account.special_categories_granted);
    auto const viewed = participants.view(named, id);
    ASSERT_TRUE(viewed);
    EXPECT_FALSE(viewed->special_categories_withheld);
    EXPECT_EQ(viewed->disability, Answer::Yes);
    EXPECT_EQ(participants.record(named, id)->participant.minority, Answer::Refused);

    auto const list = administration.accounts(director);
    ASSERT_TRUE(list);
    EXPECT_EQ(list->special_categories.at(coordinator.account.id), service::SpecialCategoriesAccess::Granted);
    EXPECT_EQ(list->special_categories.at(director.account.id), service::SpecialCategoriesAccess::ByRole);
    EXPECT_EQ(list->special_categories.at(trainer.account.id), service::SpecialCategoriesAccess::Never);

    ASSERT_TRUE(administration.set_special_categories(director, coordinator.account.id, false));
    EXPECT_FALSE(participants.view(signed_in_again("coordinator"), id)->disability)
        << "withdrawn: her next request reads without them";
    EXPECT_FALSE(participants.view(named, id)->special_categories_withheld)
        << "(the actor read before it still says what it was then)";

    auto const audited = [&](std::string const& action) {
        return count("SELECT COUNT(*) FROM audit_events WHERE action = '" + action +
                     "' AND subject_id = " + std::to_string(coordinator.account.id) +
                     " AND staff_account_id = " + std::to_string(director.account.id));
    };
    EXPECT_EQ(audited("staff_account.special_categories_granted"), 1);
    EXPECT_EQ(audited("staff_account.special_categories_withdrawn"), 1);
}

TEST_P(SpecialCategories, OnlyTheDirectorNamesAndOnlyThoseWhoReadRecords)
{
    EXPECT_EQ(administration.set_special_categories(coordinator, coordinator.account.id, true).error().code,
              ErrorCode::Forbidden);
    for (auto const& who : {trainer, funder, director})
        EXPECT_EQ(administration.set_special_categories(director, who.account.id, true).error().code,
                  ErrorCode::Conflict)
            << domain::code_of(who.account.role);
    EXPECT_EQ(count("SELECT COUNT(*) FROM staff_accounts WHERE special_categories_granted <> 0"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action LIKE 'staff_account.special%'"), 0);

    // A grant stored for a trainer (by hand, say) gives her nothing: she reads no record.
    auto account = trainer.account;
    account.special_categories_granted = true;
    EXPECT_FALSE(domain::can(account, domain::Permission::ViewSpecialCategories));
    account.role = Role::JobCoach;
    EXPECT_TRUE(domain::can(account, domain::Permission::ViewSpecialCategories));
}

TEST_P(SpecialCategories, AnEditWithoutThemKeepsTheAnswersStored)
{
    auto const id = helene();
    auto input = domain::input_of(*participants.for_editing(coordinator, id));
    EXPECT_FALSE(input.has(fields::disability)) << "her form does not carry them";
    input.set(fields::phone, "0470 12 34 56");
    input.set(fields::disability, ""); // what a form without the question sends
    auto const updated = participants.update(coordinator, id, input);
    ASSERT_TRUE(updated) << updated.error().message_key;
    EXPECT_TRUE(updated->special_categories_withheld) << "the record she gets back is hers to see";

    EXPECT_EQ(stored("phone", "0470 12 34 56", id), 1);
    EXPECT_EQ(stored("disability", "yes", id), 1);
    EXPECT_EQ(stored("minority", "refused", id), 1);
    EXPECT_EQ(
        count("SELECT COUNT(*) FROM audit_events WHERE action = 'participant.updated' AND detail = 'phone'"),
        1)
        << "nothing else changed";
}

TEST_P(SpecialCategories, AnAnswerTypedWithoutTheGrantIsRefusedAndNothingSaved)
{
    auto const id = helene();
    auto input = domain::input_of(*participants.for_editing(coordinator, id));
    input.set(fields::phone, "0470 12 34 56");
    input.set(fields::disability, "no");
    auto const refused = participants.update(coordinator, id, input);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(names_field(refused.error(), "disability", "errors.special_categories.not_granted"));
    EXPECT_EQ(stored("disability", "yes", id), 1);
    EXPECT_EQ(stored("phone", "0470 12 34 56", id), 0) << "nothing half-saved";

    auto created = woman("Awa", "Diop");
    created.set(fields::minority, "yes");
    created.set(fields::last_name, "");
    auto const not_created = participants.create(coordinator, created, service::DuplicateCheck::Warn);
    ASSERT_FALSE(not_created);
    EXPECT_TRUE(names_field(not_created.error(), "minority", "errors.special_categories.not_granted"));
    EXPECT_TRUE(names_field(not_created.error(), "last_name", "errors.last_name.missing"))
        << "with every other problem at once";
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 1);
}

TEST_P(SpecialCategories, AnApplicationsEqualityAnswersAreWithheldToo)
{
    auto const track_id = track();
    auto const cohort_id = cohort(track_id);
    service::Recruitment recruitment{database(), clock, {"fr", "nl", "en"}, {.submissions_per_hour = 1000}};
    auto const intake_id = recruitment.intakes.save(
        coordinator, {0, 0, "Mars 2026", day("2026-02-01"), day("2026-03-31"), {cohort_id}});
    ASSERT_TRUE(intake_id);
    auto const token = recruitment.applications.start(*intake_id, "fr", "198.51.100.7").value();
    auto const answer = [&](domain::ApplicationQuestion question,
                            std::initializer_list<std::pair<std::string_view, std::string>> values) {
        domain::ApplicationAnswers answers;
        for (auto const& [field, value] : values)
            answers.set(field, value);
        EXPECT_TRUE(recruitment.applications.answer(token, question, answers));
    };
    using Q = domain::ApplicationQuestion;
    answer(Q::Name, {{fields::first_name, "Fatima"}, {fields::last_name, "El Amrani"}});
    answer(Q::Contact,
           {{fields::phone, "0470 12 34 56"}, {fields::email, ""}, {fields::preferred_language, "fr"}});
    answer(Q::Equality,
           {{fields::disability, "yes"}, {fields::minority, "no"}, {"consent_special_categories", "yes"}});
    answer(Q::Choices, {{"choice_1", std::to_string(cohort_id)}, {"choice_2", ""}, {"choice_3", ""}});
    ASSERT_TRUE(recruitment.applications.submit(token, "198.51.100.7"));
    auto const id = recruitment.applications.pipeline(director, {})->applications.front().id;

    auto const seen = recruitment.applications.application(coordinator, id);
    ASSERT_TRUE(seen);
    EXPECT_FALSE(seen->sees.special_categories);
    EXPECT_EQ(seen->answers[fields::disability], "");
    EXPECT_EQ(seen->answers[fields::minority], "");
    EXPECT_EQ(seen->answers[fields::first_name], "Fatima");

    auto const by_director = recruitment.applications.application(director, id);
    ASSERT_TRUE(by_director);
    EXPECT_TRUE(by_director->sees.special_categories);
    EXPECT_EQ(by_director->answers[fields::disability], "yes");
}

class TrainersCohorts : public TrainingTest {
  protected:
    TrainersCohorts()
    {
        auto const track_id = track();
        hers = cohort(track_id, "WEB 2026-A");
        other = cohort(track_id, "WEB 2026-B");
        auto const sofia = trainer_record("Sofia", trainer.account.id);
        auto const marie = trainer_record("Marie");
        her_lesson = lesson(hers, "2026-03-02", 9 * 60, 12 * 60, sofia);
        other_lesson = lesson(other, "2026-03-02", 9 * 60, 12 * 60, marie, "Salle 2");
        ana = enrol(hers, participant("Ana", "Popa"));
        lina = enrol(other, participant("Lina", "Haddad"));
    }

    long long hers = 0, other = 0, her_lesson = 0, other_lesson = 0, ana = 0, lina = 0;
};
TREMPLIN_ON_EVERY_BACKEND(TrainersCohorts);

TEST_P(TrainersCohorts, SheListsOnlyTheCohortsSheTeaches)
{
    auto const list = training.cohorts.list(trainer);
    ASSERT_TRUE(list);
    ASSERT_EQ(list->cohorts.size(), 1U);
    EXPECT_EQ(list->cohorts.front().cohort.id, hers);
    EXPECT_EQ(training.cohorts.cohorts(trainer)->size(), 1U);
    EXPECT_EQ(training.cohorts.list(coordinator)->cohorts.size(), 2U);
}

TEST_P(TrainersCohorts, AnotherCohortIsNotFoundWhereverSheAsks)
{
    auto const not_found = [](auto const& result) {
        return !result && result.error().code == ErrorCode::NotFound;
    };
    EXPECT_TRUE(not_found(training.cohorts.cohort(trainer, other))) << "its page and calendar link";
    EXPECT_TRUE(not_found(training.enrolments.of_cohort(trainer, other))) << "its trainees";
    EXPECT_TRUE(not_found(training.enrolments.find(trainer, lina)));
    EXPECT_TRUE(not_found(training.attendance.cohort_attendance(trainer, other))) << "their hours";
    EXPECT_TRUE(not_found(training.assessments.grid(trainer, other, 0))) << "their results";
    EXPECT_TRUE(not_found(training.assessments.save_results(trainer, other, 0, {})));
    EXPECT_TRUE(not_found(training.cohorts.lesson(trainer, other_lesson)));
    EXPECT_TRUE(not_found(training.attendance.sheet(trainer, other_lesson)));
    EXPECT_TRUE(not_found(training.documents.attendance_register(trainer, other, "fr")));
    EXPECT_TRUE(not_found(training.documents.monthly_statement(
        trainer, other, *domain::YearMonth::from_parts(2026, 3), service::FileFormat::Csv)));
    EXPECT_TRUE(not_found(training.documents.attestation(trainer, lina, "fr")));
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action LIKE 'cohort.%exported' OR action = "
                    "'participant.attestation_printed'"),
              0);
}

TEST_P(TrainersCohorts, HerOwnCohortWorksAndItsDocumentsStayTheRegisters)
{
    auto const details = training.cohorts.cohort(trainer, hers);
    ASSERT_TRUE(details);
    EXPECT_FALSE(details->may.records) << "her page offers no record nor document";
    EXPECT_TRUE(training.cohorts.cohort(coordinator, hers)->may.records);
    EXPECT_EQ(training.enrolments.of_cohort(trainer, hers)->size(), 1U);
    EXPECT_TRUE(training.enrolments.find(trainer, ana));
    EXPECT_TRUE(training.attendance.cohort_attendance(trainer, hers));
    EXPECT_TRUE(training.assessments.grid(trainer, hers, 0));
    EXPECT_TRUE(training.cohorts.lesson(trainer, her_lesson));
    EXPECT_TRUE(training.attendance.sheet(trainer, her_lesson));

    EXPECT_EQ(training.documents.attendance_register(trainer, hers, "fr").error().code, ErrorCode::Forbidden);
    EXPECT_EQ(training.documents.attestation(trainer, ana, "fr").error().code, ErrorCode::Forbidden);
    EXPECT_TRUE(training.documents.attendance_register(coordinator, other, "fr"));
    EXPECT_EQ(training.documents.attendance_register(funder, hers, "fr").error().code, ErrorCode::Forbidden);
}

TEST_P(TrainersCohorts, ATrainerAccountWithoutATrainerRecordSeesNoCohort)
{
    auto const newcomer = add("newcomer", Role::Trainer);
    EXPECT_TRUE(training.cohorts.list(newcomer)->cohorts.empty());
    EXPECT_EQ(training.cohorts.cohort(newcomer, hers).error().code, ErrorCode::NotFound);
}

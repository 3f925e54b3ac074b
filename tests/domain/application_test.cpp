// The public application form's rules: what must be answered, what is checked against the
// intake, and the reference she quotes on the phone.

#include "domain/application.hpp"

#include <algorithm>

#include <gtest/gtest.h>

using namespace tremplin::domain;
namespace fields = participant_fields;
namespace choices = application_fields;

namespace {

ValidationContext context_on(std::string_view today)
{
    return {*Date::parse_iso(today), [](std::string_view code) { return code == "BE" || code == "MA"; },
            [](std::string_view code) { return code == "fr" || code == "nl" || code == "en"; }};
}

Intake intake_with(std::vector<long long> cohorts)
{
    return {1, 1, "Septembre 2027", *Date::parse_iso("2027-03-01"), *Date::parse_iso("2027-06-30"),
            std::move(cohorts)};
}

ApplicationAnswers answers_of_fatima()
{
    ApplicationAnswers answers;
    answers.set(fields::first_name, "Fatima");
    answers.set(fields::last_name, "El Amrani");
    answers.set(fields::phone, "0470 12 34 56");
    answers.set(fields::preferred_language, "fr");
    answers.set(choices::choice_1, "12");
    return answers;
}

std::vector<std::pair<std::string, std::string>> problems(Result<CompleteApplication> const& result)
{
    std::vector<std::pair<std::string, std::string>> found;
    if (!result)
        for (auto const& error : result.error().fields)
            found.emplace_back(error.field, error.message_key);
    return found;
}

using Problem = std::pair<std::string, std::string>;

} // namespace

TEST(Application, NeedsOnlyHerNameAWayToReachHerAndAFirstChoice)
{
    auto const checked = check_application(answers_of_fatima(), context_on("2027-04-01"), intake_with({12, 13}));
    ASSERT_TRUE(checked) << problems(checked).front().second;
    EXPECT_EQ(checked->applicant.gender, Gender::Woman) << "the programme is for women: the form does not ask";
    EXPECT_EQ(checked->choices, std::vector<long long>{12});
}

TEST(Application, ListsEveryMissingAnswerInTheOrderOfThePages)
{
    auto const checked = check_application({}, context_on("2027-04-01"), intake_with({12}));
    EXPECT_EQ(problems(checked), (std::vector<Problem>{{"first_name", "errors.first_name.missing"},
                                                       {"last_name", "errors.last_name.missing"},
                                                       {"phone", "errors.apply.contact_missing"},
                                                       {"preferred_language", "errors.preferred_language.missing"},
                                                       {"choice_1", "errors.apply.choice_missing"}}));
}

TEST(Application, TakesAnEmailInsteadOfAPhone)
{
    auto answers = answers_of_fatima();
    answers.set(fields::phone, "");
    answers.set(fields::email, "fatima@example.org");
    EXPECT_TRUE(check_application(answers, context_on("2027-04-01"), intake_with({12})));
}

TEST(Application, RanksUpToThreeCohortsOfTheIntakeEachOnce)
{
    auto answers = answers_of_fatima();
    answers.set(choices::choice_2, "13");
    answers.set(choices::choice_3, "12");
    EXPECT_EQ(problems(check_application(answers, context_on("2027-04-01"), intake_with({12, 13}))),
              (std::vector<Problem>{{"choice_3", "errors.apply.choice_twice"}}));

    answers.set(choices::choice_3, "99");
    EXPECT_EQ(problems(check_application(answers, context_on("2027-04-01"), intake_with({12, 13}))),
              (std::vector<Problem>{{"choice_3", "errors.apply.choice_unknown"}}))
        << "a cohort the intake does not offer";

    answers.set(choices::choice_3, "");
    auto const checked = check_application(answers, context_on("2027-04-01"), intake_with({12, 13}));
    ASSERT_TRUE(checked);
    EXPECT_EQ(checked->choices, (std::vector<long long>{12, 13}));
}

TEST(Application, IsRefusedForAClosedIntake)
{
    for (auto const* day : {"2027-02-28", "2027-07-01"})
        EXPECT_EQ(problems(check_application(answers_of_fatima(), context_on(day), intake_with({12}))),
                  (std::vector<Problem>{{"choice_1", "errors.apply.intake_closed"}}))
            << day;
    EXPECT_TRUE(check_application(answers_of_fatima(), context_on("2027-06-30"), intake_with({12})))
        << "the closing day is still open";
}

TEST(Application, AsksHerConsentBeforeKeepingASpecialCategoryAnswer)
{
    auto answers = answers_of_fatima();
    answers.set(fields::disability, "refused");
    EXPECT_TRUE(check_application(answers, context_on("2027-04-01"), intake_with({12})))
        << "refusing to answer needs no consent";

    answers.set(fields::disability, "yes");
    EXPECT_EQ(problems(check_application(answers, context_on("2027-04-01"), intake_with({12}))),
              (std::vector<Problem>{{"consent_special_categories", "errors.apply.special_consent_missing"}}));

    answers.set("consent_special_categories", "yes");
    EXPECT_TRUE(check_application(answers, context_on("2027-04-01"), intake_with({12})));
}

TEST(Application, ProblemsOnAPageAreThatPagesOnly)
{
    ApplicationAnswers answers;
    answers.set(fields::first_name, "Fatima");
    auto const on_name =
        problems_on(ApplicationQuestion::Name, answers, context_on("2027-04-01"), intake_with({12}));
    ASSERT_EQ(on_name.size(), 1U);
    EXPECT_EQ(on_name.front().field, "last_name");
    EXPECT_TRUE(problems_on(ApplicationQuestion::Education, answers, context_on("2027-04-01"), intake_with({12}))
                    .empty());
}

TEST(Application, EveryPageButThreeMayBeSkipped)
{
    std::vector<ApplicationQuestion> required;
    for (auto const question : all_values<ApplicationQuestion>())
        if (!is_optional(question))
            required.push_back(question);
    EXPECT_EQ(required, (std::vector{ApplicationQuestion::Name, ApplicationQuestion::Contact,
                                     ApplicationQuestion::Choices}));
}

TEST(Application, ReferenceIsTheYearAndSixUnambiguousCharacters)
{
    std::array<unsigned char, 8> random{0, 1, 8, 30, 31, 255, 7, 7};
    auto const reference = application_reference(2027, random);
    ASSERT_EQ(reference.size(), 11U);
    EXPECT_TRUE(reference.starts_with("2027-"));
    for (char const c : reference.substr(5))
        EXPECT_EQ(std::string_view("0O1IL").find(c), std::string_view::npos) << reference;
    EXPECT_EQ(reference, application_reference(2027, random)) << "the same bytes, the same reference";
}

TEST(Intake, NeedsANameDatesInOrderAndACohort)
{
    Intake intake{0, 1, " ", *Date::parse_iso("2027-06-30"), *Date::parse_iso("2027-03-01"), {}};
    auto const checked = check_intake(intake);
    ASSERT_FALSE(checked);
    std::vector<std::string> keys;
    for (auto const& error : checked.error().fields)
        keys.push_back(error.message_key);
    EXPECT_EQ(keys, (std::vector<std::string>{"errors.intake.name_missing", "errors.intake.closes_before_opening",
                                              "errors.intake.no_cohort"}));
    EXPECT_TRUE(check_intake(intake_with({12})));
    EXPECT_TRUE(intake_with({12}).open_on(*Date::parse_iso("2027-03-01")));
}

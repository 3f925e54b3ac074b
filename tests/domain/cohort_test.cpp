#include "domain/cohort.hpp"

#include <gtest/gtest.h>

using namespace tremplin::domain;

namespace {

Cohort web_2026_a()
{
    Cohort cohort;
    cohort.name = "WEB 2026-A";
    cohort.starts_on = *Date::parse_iso("2026-03-02");
    cohort.ends_on = *Date::parse_iso("2026-06-30");
    cohort.capacity = 12;
    return cohort;
}

} // namespace

TEST(CohortValidation, AcceptsANamedCohortWithSeats)
{
    EXPECT_TRUE(validate_cohort(web_2026_a()).empty());
    auto one_day = web_2026_a();
    one_day.ends_on = one_day.starts_on;
    one_day.capacity = 500;
    EXPECT_TRUE(validate_cohort(one_day).empty());
}

TEST(CohortValidation, AsksForANameAndRefusesAnEndBeforeTheStart)
{
    auto cohort = web_2026_a();
    cohort.name = "  ";
    cohort.ends_on = *Date::parse_iso("2026-03-01");
    EXPECT_EQ(validate_cohort(cohort),
              (std::vector<FieldError>{{"name", "errors.cohort.name_missing"},
                                       {"ends_on", "errors.cohort.end_before_start"}}));
}

TEST(CohortValidation, RefusesNoSeatsAndMoreThanFiveHundred)
{
    for (int capacity : {0, -3, 501}) {
        auto cohort = web_2026_a();
        cohort.capacity = capacity;
        EXPECT_EQ(validate_cohort(cohort),
                  (std::vector<FieldError>{{"capacity", "errors.cohort.capacity_invalid"}}))
            << capacity;
    }
}

TEST(TrainerValidation, AcceptsANameWithOrWithoutAnEmail)
{
    Trainer trainer;
    trainer.name = "Nadia El Amrani";
    EXPECT_TRUE(validate_trainer(trainer).empty());
    trainer.email = "nadia@example.be";
    EXPECT_TRUE(validate_trainer(trainer).empty());
}

TEST(TrainerValidation, AsksForANameAndRefusesAnAddressThatIsNotAnEmail)
{
    Trainer trainer;
    trainer.email = "nadia at example.be";
    EXPECT_EQ(validate_trainer(trainer),
              (std::vector<FieldError>{{"name", "errors.trainer.name_missing"},
                                       {"email", "errors.trainer.email_invalid"}}));
}

TEST(TeachingParity, SaysNothingBeforeAnyMinuteWasTaught)
{
    EXPECT_FALSE(TeachingParity{}.percent_by_women());
}

TEST(TeachingParity, RoundsTheShareOfWomenHalfUp)
{
    EXPECT_EQ((TeachingParity{0, 600}).percent_by_women(), 0);
    EXPECT_EQ((TeachingParity{600, 600}).percent_by_women(), 100);
    EXPECT_EQ((TeachingParity{1, 3}).percent_by_women(), 33);
    EXPECT_EQ((TeachingParity{2, 3}).percent_by_women(), 67);
    EXPECT_EQ((TeachingParity{1, 8}).percent_by_women(), 13);   // 12.5
    EXPECT_EQ((TeachingParity{5, 200}).percent_by_women(), 3);  // 2.5
    EXPECT_EQ((TeachingParity{3, 1000}).percent_by_women(), 0); // 0.3
}

TEST(CohortValidation, RefusesControlCharactersInItsTexts)
{
    auto cohort = web_2026_a();
    cohort.name = "WEB\r\n2026";
    cohort.room = "Salle\x7F";
    cohort.funding.funder = "ESF+\xC2\x9B";
    EXPECT_EQ(validate_cohort(cohort),
              (std::vector<FieldError>{{"name", "errors.text.control_characters"},
                                       {"room", "errors.text.control_characters"},
                                       {"funder", "errors.text.control_characters"}}));

    Trainer trainer;
    trainer.name = "Sofia\nBcc: x@example.org";
    trainer.email = "sofia@example.org\r\nBcc: x@example.org";
    EXPECT_EQ(validate_trainer(trainer),
              (std::vector<FieldError>{{"name", "errors.text.control_characters"},
                                       {"email", "errors.text.control_characters"}}));
}

TEST(CohortValidation, AcceptsATraineeshipPeriodInsideTheCohortsDates)
{
    auto cohort = web_2026_a();
    cohort.traineeship = TraineeshipPeriod{*Date::parse_iso("2026-05-18"), *Date::parse_iso("2026-06-30")};
    EXPECT_TRUE(validate_cohort(cohort).empty());
    cohort.traineeship = TraineeshipPeriod{cohort.starts_on, cohort.starts_on};
    EXPECT_TRUE(validate_cohort(cohort).empty());
}

TEST(CohortValidation, RefusesATraineeshipPeriodEndingFirstOrOutsideTheCohort)
{
    auto cohort = web_2026_a();
    cohort.traineeship = TraineeshipPeriod{*Date::parse_iso("2026-06-01"), *Date::parse_iso("2026-05-31")};
    EXPECT_EQ(
        validate_cohort(cohort),
        (std::vector<FieldError>{{"traineeship_ends_on", "errors.cohort.traineeship_end_before_start"}}));
    for (auto const& [first, last] :
         {std::pair{"2026-03-01", "2026-04-01"}, std::pair{"2026-06-01", "2026-07-01"}}) {
        cohort.traineeship = TraineeshipPeriod{*Date::parse_iso(first), *Date::parse_iso(last)};
        EXPECT_EQ(
            validate_cohort(cohort),
            (std::vector<FieldError>{{"traineeship_starts_on", "errors.cohort.traineeship_outside_cohort"}}))
            << first;
    }
}

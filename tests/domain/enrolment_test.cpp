#include "domain/enrolment.hpp"

#include <gtest/gtest.h>

using namespace tremplin::domain;

namespace {

using enum EnrolmentStage;

Date on(std::string_view iso)
{
    return Date::parse_iso(iso).value();
}

Participant amina()
{
    Participant participant;
    participant.first_name = "Amina";
    participant.last_name = "Benali";
    participant.birth_date = on("1990-06-15");
    participant.gender = Gender::Woman;
    participant.education_level = EducationLevel::Isced3;
    participant.diploma_obtained_abroad = Answer::Yes;
    participant.diploma_recognised = Answer::No;
    participant.qualification_obsolete = Answer::Unknown;
    participant.labour_market_status = LabourMarketStatus::Unemployed;
    participant.unemployed_since = YearMonth::parse_iso("2024-11");
    participant.single_parent = Answer::Yes;
    participant.housing_exclusion = Answer::No;
    participant.disability = Answer::Refused;
    participant.minority = Answer::Unknown;
    participant.nationality = "MA";
    participant.postcode = "1080";
    return participant;
}

} // namespace

TEST(EnrolmentStages, FollowTheTableOfAllowedMoves)
{
    EXPECT_TRUE(can_move(Enrolled, Active));
    EXPECT_TRUE(can_move(Enrolled, Withdrawn));
    EXPECT_TRUE(can_move(Enrolled, Transferred));
    EXPECT_TRUE(can_move(Active, Completed));
    EXPECT_TRUE(can_move(Active, Withdrawn));
    EXPECT_TRUE(can_move(Active, Transferred));
    EXPECT_TRUE(can_move(Withdrawn, Active));
}

TEST(EnrolmentStages, RefuseEveryOtherMove)
{
    int allowed = 0;
    for (auto from : all_values<EnrolmentStage>())
        for (auto to : all_values<EnrolmentStage>())
            allowed += can_move(from, to) ? 1 : 0;
    EXPECT_EQ(allowed, 7);
    EXPECT_FALSE(can_move(Enrolled, Completed)); // she must have come to a lesson
    EXPECT_FALSE(can_move(Active, Enrolled));
    EXPECT_FALSE(can_move(Withdrawn, Completed));
    EXPECT_FALSE(can_move(Withdrawn, Enrolled));
}

TEST(EnrolmentStages, NeverMoveToThemselves)
{
    for (auto stage : all_values<EnrolmentStage>())
        EXPECT_FALSE(can_move(stage, stage)) << code_of(stage);
}

TEST(EnrolmentStages, EndAtCompletionOrTransfer)
{
    EXPECT_TRUE(next_stages(Completed).empty());
    EXPECT_TRUE(next_stages(Transferred).empty());
}

TEST(EnrolmentStages, OfferTheNextStagesInTheirOwnOrder)
{
    EXPECT_EQ(next_stages(Enrolled), (std::vector{Active, Withdrawn, Transferred}));
    EXPECT_EQ(next_stages(Active), (std::vector{Completed, Withdrawn, Transferred}));
    EXPECT_EQ(next_stages(Withdrawn), (std::vector{Active}));
}

TEST(EnrolmentStages, HoldASeatWhileEnrolledOrActive)
{
    EXPECT_TRUE(holds_seat(Enrolled));
    EXPECT_TRUE(holds_seat(Active));
    EXPECT_FALSE(holds_seat(Completed));
    EXPECT_FALSE(holds_seat(Withdrawn));
    EXPECT_FALSE(holds_seat(Transferred));
}

TEST(EnrolmentStages, HaveStableCodes)
{
    for (auto stage : all_values<EnrolmentStage>())
        EXPECT_EQ(from_code<EnrolmentStage>(code_of(stage)), stage);
    for (auto reason : all_values<WithdrawalReason>())
        EXPECT_EQ(from_code<WithdrawalReason>(code_of(reason)), reason);
    EXPECT_EQ(code_of(WithdrawalReason::FoundJob), "found_job");
}

TEST(EntrySnapshot, CopiesWhatTheIndicatorsReadOnTheDayOfEntry)
{
    auto const snapshot = snapshot_at_entry(amina(), on("2026-03-02"));
    EXPECT_EQ(snapshot.entered_on, on("2026-03-02"));
    EXPECT_EQ(snapshot.age, 35);
    EXPECT_EQ(snapshot.gender, Gender::Woman);
    EXPECT_EQ(snapshot.education_level, EducationLevel::Isced3);
    EXPECT_EQ(snapshot.diploma_obtained_abroad, Answer::Yes);
    EXPECT_EQ(snapshot.diploma_recognised, Answer::No);
    EXPECT_EQ(snapshot.qualification_obsolete, Answer::Unknown);
    EXPECT_EQ(snapshot.labour_market_status, LabourMarketStatus::Unemployed);
    EXPECT_EQ(snapshot.months_unemployed, 16);
    EXPECT_EQ(snapshot.single_parent, Answer::Yes);
    EXPECT_EQ(snapshot.housing_exclusion, Answer::No);
    EXPECT_EQ(snapshot.disability, Answer::Refused);
    EXPECT_EQ(snapshot.minority, Answer::Unknown);
    EXPECT_EQ(snapshot.nationality, "MA");
    EXPECT_EQ(snapshot.postcode, "1080");
}

TEST(EntrySnapshot, TakesHerAgeOnTheDayOfEntry)
{
    EXPECT_EQ(snapshot_at_entry(amina(), on("2026-06-14")).age, 35);
    EXPECT_EQ(snapshot_at_entry(amina(), on("2026-06-15")).age, 36);
}

TEST(EntrySnapshot, LeavesUnknownWhatTheRecordDoesNotSay)
{
    auto participant = amina();
    participant.birth_date.reset();
    participant.unemployed_since.reset();
    participant.education_level.reset();
    participant.gender = Gender::NotSaid;
    auto const snapshot = snapshot_at_entry(participant, on("2026-03-02"));
    EXPECT_FALSE(snapshot.age);
    EXPECT_FALSE(snapshot.months_unemployed);
    EXPECT_FALSE(snapshot.education_level);
    EXPECT_EQ(snapshot.gender, Gender::NotSaid);
}

TEST(EntrySnapshot, CountsMonthsUnemployedOnlyForAnUnemployedWoman)
{
    auto participant = amina();
    participant.labour_market_status = LabourMarketStatus::Inactive;
    EXPECT_FALSE(snapshot_at_entry(participant, on("2026-03-02")).months_unemployed);
    participant.labour_market_status.reset();
    EXPECT_FALSE(snapshot_at_entry(participant, on("2026-03-02")).months_unemployed);
}

TEST(EntrySnapshot, IgnoresAnUnemploymentThatStartsAfterHerEntry)
{
    EXPECT_EQ(snapshot_at_entry(amina(), on("2024-11-30")).months_unemployed, 0);
    EXPECT_FALSE(snapshot_at_entry(amina(), on("2024-10-31")).months_unemployed);
}

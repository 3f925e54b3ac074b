// Why she got what she got: each of her choices explained from the round's result.

#include "domain/admission.hpp"

#include <gtest/gtest.h>

using namespace tremplin::domain;

namespace {

// Two cohorts: WEB (10) with two seats, SYS (20) with none. Amina (tier 1) and Bea (tier 2)
// got WEB; Chloé (tier 2) waits for it, drawn after Bea; Dina (tier 3) waits behind her and is
// not eligible for SYS.
std::vector<AdmissionApplicant> const applicants{
    {1, 1, {10, 20}, {10, 20}},
    {2, 2, {20, 10}, {20, 10}},
    {3, 2, {10}, {10}},
    {4, 3, {20, 10}, {10}},
};
AdmissionResult const result{{{1, 10}, {2, 10}}, {{10, {3, 4}}, {20, {2}}}};

} // namespace

TEST(AdmissionExplanation, SaysWhichChoiceSheGotAndThatTheOthersWereNotNeeded)
{
    auto const amina = explain_choices(applicants[0], result, applicants);
    ASSERT_EQ(amina.size(), 2U);
    EXPECT_EQ(amina[0].outcome, ChoiceOutcome::Admitted);
    EXPECT_EQ(amina[1].outcome, ChoiceOutcome::NotNeeded);
}

TEST(AdmissionExplanation, ACohortWithoutSeatsIsSaidToHaveNone)
{
    auto const bea = explain_choices(applicants[1], result, applicants);
    EXPECT_EQ(bea[0].outcome, ChoiceOutcome::Waitlisted);
    EXPECT_EQ(bea[0].reason, WaitlistReason::NoSeats);
    EXPECT_EQ(bea[0].waitlist_position, 1);
    EXPECT_EQ(bea[1].outcome, ChoiceOutcome::Admitted);
}

TEST(AdmissionExplanation, TheLotterySeparatesWomenOfOneTier)
{
    auto const chloe = explain_choices(applicants[2], result, applicants);
    ASSERT_EQ(chloe.size(), 1U);
    EXPECT_EQ(chloe[0].outcome, ChoiceOutcome::Waitlisted);
    EXPECT_EQ(chloe[0].reason, WaitlistReason::LotteryInTier) << "Bea, tier 2 like her, took the last seat";
    EXPECT_EQ(chloe[0].last_admitted_tier, 2);
    EXPECT_EQ(chloe[0].waitlist_position, 1);
}

TEST(AdmissionExplanation, HigherTiersTookTheSeatsAndIneligibilityIsNeverSilent)
{
    auto const dina = explain_choices(applicants[3], result, applicants);
    ASSERT_EQ(dina.size(), 2U);
    EXPECT_EQ(dina[0].outcome, ChoiceOutcome::NotEligible);
    EXPECT_EQ(dina[1].outcome, ChoiceOutcome::Waitlisted);
    EXPECT_EQ(dina[1].reason, WaitlistReason::HigherTiers);
    EXPECT_EQ(dina[1].waitlist_position, 2);
}

// Aptitude tests: who is eligible for a track, and why not when she is not.

#include "domain/aptitude.hpp"

#include <gtest/gtest.h>

using namespace tremplin::domain;

namespace {

constexpr long long web = 7;
constexpr long long helpdesk = 8;

AptitudeScore score_of(long long id, long long track, std::string_view day, int score)
{
    return {id, 1, track, *Date::parse_iso(day), score};
}

} // namespace

TEST(AptitudeEligibility, ATrackWithoutATestTakesEveryone)
{
    auto const eligibility = eligibility_for(web, std::nullopt, {});
    EXPECT_TRUE(eligibility.eligible());
    EXPECT_EQ(eligibility.reason, EligibilityReason::NoTest);
}

TEST(AptitudeEligibility, SheIsNotEligibleBeforeTakingTheTest)
{
    std::vector<AptitudeScore> const scores{score_of(1, helpdesk, "2026-10-01", 20)};
    auto const eligibility = eligibility_for(web, AptitudeTest{web, 20, 12}, scores);
    EXPECT_FALSE(eligibility.eligible());
    EXPECT_EQ(eligibility.reason, EligibilityReason::NotTaken);
}

TEST(AptitudeEligibility, ThePassMarkItselfPasses)
{
    std::vector<AptitudeScore> const passed{score_of(1, web, "2026-10-01", 12)};
    EXPECT_EQ(eligibility_for(web, AptitudeTest{web, 20, 12}, passed).reason, EligibilityReason::Passed);
    std::vector<AptitudeScore> const failed{score_of(1, web, "2026-10-01", 11)};
    auto const eligibility = eligibility_for(web, AptitudeTest{web, 20, 12}, failed);
    EXPECT_FALSE(eligibility.eligible());
    EXPECT_EQ(eligibility.reason, EligibilityReason::BelowPassMark);
    EXPECT_EQ(eligibility.score->score, 11);
    EXPECT_EQ(eligibility.test->pass_mark, 12);
}

TEST(AptitudeEligibility, TheLatestScoreCounts)
{
    std::vector<AptitudeScore> const scores{score_of(2, web, "2026-11-01", 9),
                                            score_of(1, web, "2026-10-01", 15)};
    EXPECT_EQ(eligibility_for(web, AptitudeTest{web, 20, 12}, scores).reason,
              EligibilityReason::BelowPassMark);
}

TEST(AptitudeTestRules, APassMarkAboveTheMaximumIsRefused)
{
    EXPECT_TRUE(check_aptitude_test({web, 20, 20}).empty());
    EXPECT_EQ(check_aptitude_test({web, 20, 21}),
              (std::vector<FieldError>{{"pass_mark", "errors.aptitude.pass_mark_out_of_range"}}));
    EXPECT_EQ(check_aptitude_test({web, 0, 0}),
              (std::vector<FieldError>{{"maximum_score", "errors.aptitude.maximum_out_of_range"}}));
}

TEST(AptitudeTestRules, AScoreIsWithinTheMaximumAndNotInTheFuture)
{
    auto const today = *Date::parse_iso("2026-12-01");
    EXPECT_TRUE(check_aptitude_score(score_of(0, web, "2026-12-01", 20), {web, 20, 12}, today).empty());
    EXPECT_EQ(check_aptitude_score(score_of(0, web, "2026-12-02", 21), {web, 20, 12}, today),
              (std::vector<FieldError>{{"taken_on", "errors.aptitude.taken_in_future"},
                                       {"score", "errors.aptitude.score_out_of_range"}}));
}

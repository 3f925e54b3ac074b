// The lottery is the same on every platform: fixed numbers, checked against the reference.

#include "match/lottery.hpp"
#include "match/matching.hpp"

#include <set>

#include <gtest/gtest.h>

using namespace tremplin::match;

TEST(Lottery, SplitMix64GivesTheReferenceSequence)
{
    // The first outputs of the reference generator (Vigna, splitmix64.c) from state 0.
    EXPECT_EQ(splitmix64(0), 0xE220A8397B1DCDAFULL);
    EXPECT_EQ(splitmix64(0x9E3779B97F4A7C15ULL), 0x6E789E6AA1B965F4ULL);
    EXPECT_EQ(splitmix64(2 * 0x9E3779B97F4A7C15ULL), 0x06C45D188009454FULL);
}

TEST(Lottery, NoTwoApplicantsDrawTheSameNumber)
{
    Lottery const lottery(42);
    std::set<std::uint64_t> single, multiple;
    for (std::uint32_t a = 0; a < 10'000; ++a) {
        single.insert(lottery.number(a));
        multiple.insert(lottery.number(7, a));
    }
    EXPECT_EQ(single.size(), 10'000u);
    EXPECT_EQ(multiple.size(), 10'000u);
}

TEST(Lottery, ARecordedRoundGivesTheRecordedOutcomeForever)
{
    // Eight applicants tied for three seats; seed 42. The order 2 4 6 3 0 1 5 7 was computed
    // apart from this code (the same formulas in a few lines of Python). If this changes,
    // past rounds can no longer be replayed from their seed.
    Instance instance{
        {{"c1", 3, {{"a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7"}}}}, {}, TieBreak::Single, 42};
    for (int a = 0; a < 8; ++a)
        instance.applicants.push_back({"a" + std::to_string(a), {"c1"}});
    auto const matching = match(instance);
    ASSERT_TRUE(matching);
    EXPECT_EQ(matching->assignment, (std::vector<std::uint32_t>{unassigned, unassigned, 0, unassigned, 0,
                                                                unassigned, 0, unassigned}));
    EXPECT_EQ(matching->waitlists[0], (std::vector<std::uint32_t>{3, 0, 1, 5, 7}));
}

// How ties are broken: fairly and reproducibly by lottery, or in written order.

#include "match/matching.hpp"

#include <array>
#include <map>

#include <gtest/gtest.h>

using namespace tremplin::match;

namespace {

constexpr int seed_count = 3000;

// Applicants a0..a{n-1}, each choosing `programs` in order; each program with `seats`
// seats ranks them all in one tied group.
Instance all_tied(int applicants, std::vector<std::string> const& programs, int seats, TieBreak tie_break)
{
    Instance instance;
    instance.tie_break = tie_break;
    std::vector<std::string> ids;
    for (int a = 0; a < applicants; ++a)
        ids.push_back("a" + std::to_string(a));
    for (auto const& id : programs)
        instance.programs.push_back({id, seats, {ids}});
    for (auto const& id : ids)
        instance.applicants.push_back({id, programs});
    return instance;
}

// Pearson's chi-square statistic of observed counts against equal expected counts.
double chi_square(std::vector<int> const& observed)
{
    double total = 0;
    for (int count : observed)
        total += count;
    auto const expected = total / static_cast<double>(observed.size());
    double statistic = 0;
    for (int count : observed)
        statistic += (count - expected) * (count - expected) / expected;
    return statistic;
}

} // namespace

TEST(TieBreak, ChiSquareSeesAnUnfairCoin)
{
    EXPECT_GT(chi_square({1100, 1000, 900}), 13.82);
    EXPECT_LT(chi_square({1010, 1000, 990}), 13.82);
}

TEST(TieBreak, SingleLotteryGivesEachOfThreeTiedApplicantsTheSeatAThirdOfTheTime)
{
    auto instance = all_tied(3, {"c1"}, 1, TieBreak::Single);
    std::vector<int> wins(3, 0);
    for (int seed = 0; seed < seed_count; ++seed) {
        instance.seed = static_cast<std::uint64_t>(seed);
        auto const matching = match(instance);
        ASSERT_TRUE(matching);
        for (int a = 0; a < 3; ++a)
            wins[static_cast<std::size_t>(a)] += matching->assignment[static_cast<std::size_t>(a)] == 0;
    }
    EXPECT_EQ(wins[0] + wins[1] + wins[2], seed_count);
    // 13.82: chi-square with 2 degrees of freedom at p = 0.001; the seeds are fixed, so the
    // test gives the same answer every run.
    EXPECT_LT(chi_square(wins), 13.82) << wins[0] << " " << wins[1] << " " << wins[2];
}

TEST(TieBreak, SingleAndMultipleLotteriesDrawEveryOrderOfThreeTiedApplicantsAlike)
{
    for (auto tie_break : {TieBreak::Single, TieBreak::Multiple}) {
        // No seats: the waitlist shows the whole order after tie-breaking.
        auto instance = all_tied(3, {"c1"}, 0, tie_break);
        std::map<std::vector<std::uint32_t>, int> orders;
        for (int seed = 0; seed < seed_count; ++seed) {
            instance.seed = static_cast<std::uint64_t>(seed);
            ++orders[match(instance)->waitlists[0]];
        }
        ASSERT_EQ(orders.size(), 6u);
        std::vector<int> counts;
        for (auto const& [order, count] : orders)
            counts.push_back(count);
        EXPECT_LT(chi_square(counts), 20.52); // 5 degrees of freedom, p = 0.001
    }
}

TEST(TieBreak, SingleLotteryOrdersTiedApplicantsTheSameWayAtEveryProgram)
{
    for (int seed = 0; seed < 100; ++seed) {
        auto instance = all_tied(6, {"c1", "c2", "c3"}, 0, TieBreak::Single);
        instance.seed = static_cast<std::uint64_t>(seed);
        auto const matching = match(instance);
        EXPECT_EQ(matching->waitlists[0], matching->waitlists[1]);
        EXPECT_EQ(matching->waitlists[0], matching->waitlists[2]);
    }
}

TEST(TieBreak, MultipleLotteryDrawsAgainAtEachProgram)
{
    int differing = 0;
    for (int seed = 0; seed < 100; ++seed) {
        auto instance = all_tied(6, {"c1", "c2"}, 0, TieBreak::Multiple);
        instance.seed = static_cast<std::uint64_t>(seed);
        auto const matching = match(instance);
        differing += matching->waitlists[0] != matching->waitlists[1];
    }
    EXPECT_GT(differing, 90); // the same order of 6 by chance: 1 time in 720
}

TEST(TieBreak, NoneKeepsTheWrittenOrderOfEachGroup)
{
    Instance instance{{{"c1", 1, {{"a3", "a1"}, {"a0", "a2"}}}},
                      {{"a0", {"c1"}}, {"a1", {"c1"}}, {"a2", {"c1"}}, {"a3", {"c1"}}},
                      TieBreak::None};
    for (std::uint64_t seed : {0, 1, 2, 99}) {
        instance.seed = seed;
        auto const matching = match(instance);
        ASSERT_TRUE(matching);
        EXPECT_EQ(matching->assignment, (std::vector<std::uint32_t>{unassigned, unassigned, unassigned, 0}));
        EXPECT_EQ(matching->waitlists[0], (std::vector<std::uint32_t>{1, 0, 2}));
    }
}

TEST(TieBreak, ALotteryNeverOverridesAHigherPriorityGroup)
{
    Instance instance{{{"c1", 1, {{"a2"}, {"a0", "a1"}}}}, {{"a0", {"c1"}}, {"a1", {"c1"}}, {"a2", {"c1"}}}};
    for (auto tie_break : {TieBreak::Single, TieBreak::Multiple})
        for (std::uint64_t seed = 0; seed < 50; ++seed) {
            instance.tie_break = tie_break;
            instance.seed = seed;
            auto const matching = match(instance);
            EXPECT_EQ(matching->assignment[2], 0u);
        }
}

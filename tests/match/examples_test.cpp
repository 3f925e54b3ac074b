// Small rounds worked by hand: assignments, waitlists and proposal counts.

#include "match/matching.hpp"

#include <gtest/gtest.h>

using namespace tremplin::match;

namespace {

// a0 wants p0 then p1, a1 wants p1 then p0; p0 ranks a1 first, p1 ranks a0 first: two
// stable matchings, one best for the applicants and one best for the programs.
Instance classic_two_by_two(Proposing proposing)
{
    return {{{"p0", 1, {{"a1"}, {"a0"}}}, {"p1", 1, {{"a0"}, {"a1"}}}},
            {{"a0", {"p0", "p1"}}, {"a1", {"p1", "p0"}}},
            TieBreak::None,
            0,
            proposing};
}

std::vector<std::uint32_t> const nobody;

} // namespace

TEST(Examples, ApplicantsProposingGetTheirFirstChoicesInTheClassicTwoByTwo)
{
    auto const matching = match(classic_two_by_two(Proposing::Applicants));
    ASSERT_TRUE(matching);
    EXPECT_EQ(matching->assignment, (std::vector<std::uint32_t>{0, 1}));
    EXPECT_EQ(matching->waitlists, (std::vector<std::vector<std::uint32_t>>{nobody, nobody}));
    EXPECT_EQ(matching->stats.proposals, 2u);
}

TEST(Examples, ProgramsProposingGetTheirFirstRanksInTheClassicTwoByTwo)
{
    auto const matching = match(classic_two_by_two(Proposing::Programs));
    ASSERT_TRUE(matching);
    EXPECT_EQ(matching->assignment, (std::vector<std::uint32_t>{1, 0}));
    // Each applicant would rather have her first choice, whose seat is taken: she waits for it.
    EXPECT_EQ(matching->waitlists, (std::vector<std::vector<std::uint32_t>>{{0}, {1}}));
    EXPECT_EQ(matching->stats.proposals, 2u);
}

TEST(Examples, ADisplacedApplicantMovesDownHerList)
{
    // c1 (1 seat) ranks a1 before a0; c2 (2 seats) takes everyone it lists.
    Instance instance{{{"c1", 1, {{"a1"}, {"a0"}}}, {"c2", 2, {{"a0", "a1", "a2"}}}},
                      {{"a0", {"c1", "c2"}}, {"a1", {"c1", "c2"}}, {"a2", {"c1", "c2"}}},
                      TieBreak::None};
    auto const matching = match(instance);
    ASSERT_TRUE(matching);
    // a2 is not acceptable to c1: she goes straight to c2, and is on no waitlist of c1.
    EXPECT_EQ(matching->assignment, (std::vector<std::uint32_t>{1, 0, 1}));
    EXPECT_EQ(matching->waitlists[0], (std::vector<std::uint32_t>{0}));
    EXPECT_EQ(matching->waitlists[1], nobody);
    // a0 → c1 (held), a1 → c1 (displaces a0), a0 → c2, a2 → c2 (c1 refuses her unasked).
    EXPECT_EQ(matching->stats.proposals, 4u);
}

TEST(Examples, TheWaitlistHoldsEveryoneAcceptableWhoWantedTheProgramMoreInItsOrder)
{
    // c1 has 1 seat; a3 is listed but did not choose c1; a4 chose c1 but is not listed.
    Instance instance{
        {{"c1", 1, {{"a2"}, {"a3"}, {"a0", "a1"}}}, {"c2", 5, {{"a0", "a1", "a2", "a4"}}}},
        {{"a0", {"c2", "c1"}}, {"a1", {"c1", "c2"}}, {"a2", {"c1"}}, {"a3", {}}, {"a4", {"c1", "c2"}}},
        TieBreak::None};
    auto const matching = match(instance);
    ASSERT_TRUE(matching);
    EXPECT_EQ(matching->assignment, (std::vector<std::uint32_t>{1, 1, 0, unassigned, 1}));
    // a0 got c2, which she prefers: not waiting for c1. a1 got c2 but wanted c1: waiting.
    EXPECT_EQ(matching->waitlists[0], (std::vector<std::uint32_t>{1}));
    EXPECT_EQ(matching->waitlists[1], nobody);
}

TEST(Examples, AnUnassignedApplicantWaitsAtEveryProgramThatAcceptsHer)
{
    Instance instance{{{"c1", 1, {{"a0"}, {"a1"}}}, {"c2", 0, {{"a1"}}}, {"c3", 1, {{"a0"}}}},
                      {{"a0", {"c1"}}, {"a1", {"c3", "c2", "c1"}}},
                      TieBreak::None};
    auto const matching = match(instance);
    ASSERT_TRUE(matching);
    EXPECT_EQ(matching->assignment, (std::vector<std::uint32_t>{0, unassigned}));
    EXPECT_EQ(matching->waitlists, (std::vector<std::vector<std::uint32_t>>{{1}, {1}, nobody}));
}

TEST(Examples, EmptyRoundsAreFine)
{
    auto const empty = match(Instance{});
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->assignment.empty());
    EXPECT_TRUE(empty->waitlists.empty());

    auto const no_applicants = match(Instance{{{"c1", 12, {}}}, {}});
    ASSERT_TRUE(no_applicants);
    EXPECT_EQ(no_applicants->waitlists, (std::vector<std::vector<std::uint32_t>>{nobody}));
}

TEST(Examples, AHugeCapacityIsOnlyAsManySeatsAsThereAreApplicants)
{
    Instance instance{{{"c1", std::int64_t{1} << 40, {{"a0", "a1"}}}}, {{"a0", {"c1"}}, {"a1", {"c1"}}}};
    auto const matching = match(instance);
    ASSERT_TRUE(matching);
    EXPECT_EQ(matching->assignment, (std::vector<std::uint32_t>{0, 0}));
}

TEST(Examples, PreparationAndSolveAreTimed)
{
    auto const market = prepare(classic_two_by_two(Proposing::Applicants));
    ASSERT_TRUE(market);
    EXPECT_GT(market->preparation_time.count(), 0);
    EXPECT_GT(solve(*market).stats.solve_time.count(), 0);
}

// Feasibility, no justified envy and non-wastefulness (together: stability) on random
// instances with ties, for every tie-breaking and both proposing sides.

#include "instances.hpp"

#include <gtest/gtest.h>

using namespace tremplin::match;
using namespace tremplin::match::testing;

namespace {

constexpr int instances_per_case = 300;

struct Case {
    TieBreak tie_break;
    Proposing proposing;
};

std::vector<Case> const every_case{
    {TieBreak::Single, Proposing::Applicants}, {TieBreak::Multiple, Proposing::Applicants},
    {TieBreak::None, Proposing::Applicants},   {TieBreak::Single, Proposing::Programs},
    {TieBreak::Multiple, Proposing::Programs}, {TieBreak::None, Proposing::Programs},
};

// Sizes from 1 × 1 to 40 × 8, with one to three priority groups (ties in each).
Shape shape_for(std::uint64_t seed)
{
    Random random(seed ^ 0x5eed);
    return {1 + random.below(40), 1 + random.below(8), random.below(4), 1 + random.below(3), 85, 60};
}

template <class Check> void for_every_instance(Check check)
{
    for (auto const& c : every_case)
        for (std::uint64_t seed = 1; seed <= instances_per_case; ++seed) {
            auto instance = random_instance(seed, shape_for(seed));
            instance.tie_break = c.tie_break;
            instance.proposing = c.proposing;
            auto const matching = solved(instance);
            check(model_of(instance), assignment_of(matching), seed);
        }
}

} // namespace

TEST(Stability, NoProgramHoldsMoreThanItsSeatsNorAnyoneItDoesNotAcceptOrWhoDidNotChooseIt)
{
    for_every_instance([](Model const& model, std::vector<int> const& assignment, std::uint64_t seed) {
        EXPECT_TRUE(feasible(model, assignment)) << "instance " << seed;
    });
}

TEST(Stability, NoApplicantPrefersAProgramThatHoldsSomeoneOfLowerPriority)
{
    for_every_instance([](Model const& model, std::vector<int> const& assignment, std::uint64_t seed) {
        EXPECT_TRUE(free_of_justified_envy(model, assignment)) << "instance " << seed;
    });
}

TEST(Stability, NoApplicantPrefersAProgramThatStillHasAFreeSeatForHer)
{
    for_every_instance([](Model const& model, std::vector<int> const& assignment, std::uint64_t seed) {
        EXPECT_TRUE(non_wasteful(model, assignment)) << "instance " << seed;
    });
}

TEST(Stability, TheChecksThemselvesCatchABrokenMatching)
{
    // p0 has one seat and ranks a0 before a1; both want only p0.
    Model model{{{0}, {0}}, {{0, 1}}, {1}};
    EXPECT_TRUE(feasible(model, {0, -1}) && free_of_justified_envy(model, {0, -1}) &&
                non_wasteful(model, {0, -1}));
    EXPECT_FALSE(feasible(model, {0, 0}));                // two applicants, one seat
    EXPECT_FALSE(free_of_justified_envy(model, {-1, 0})); // a0 has priority over a1's seat
    EXPECT_FALSE(non_wasteful(model, {-1, -1}));          // the seat stays empty
    Model unacceptable{{{0}}, {{-1}}, {1}};
    EXPECT_FALSE(feasible(unacceptable, {0}));
}

// Rounds where choices crowd onto a few popular programs (Zipf popularity): most offers are
// refused by full programs, most applicants are displaced or wait somewhere, and the
// waitlists of the popular programs hold most of their candidates.

#include "instances.hpp"

#include <gtest/gtest.h>

using namespace tremplin::match;
using namespace tremplin::match::testing;

namespace {

constexpr int instance_count = 100;

// From 30 applicants × 4 programs to 200 × 30, choosing 1 to 6 programs each.
Instance skewed(std::uint64_t seed)
{
    Random random(seed ^ 0x21bf);
    return skewed_instance(seed, 30 + random.below(171), 4 + random.below(27), 1 + random.below(6));
}

} // namespace

TEST(SkewedRounds, AreStableAndGiveWhatSimultaneousRoundsGive)
{
    for (std::uint64_t seed = 1; seed <= instance_count; ++seed) {
        auto const instance = skewed(seed);
        auto const model = model_of(instance);
        auto const assignment = assignment_of(solved(instance));
        EXPECT_TRUE(feasible(model, assignment)) << "instance " << seed;
        EXPECT_TRUE(free_of_justified_envy(model, assignment)) << "instance " << seed;
        EXPECT_TRUE(non_wasteful(model, assignment)) << "instance " << seed;
        EXPECT_EQ(assignment, round_by_round_deferred_acceptance(model)) << "instance " << seed;
    }
}

TEST(SkewedRounds, WaitlistsHoldEveryoneWhoPrefersTheProgramInItsOrder)
{
    for (auto proposing : {Proposing::Applicants, Proposing::Programs})
        for (std::uint64_t seed = 1; seed <= instance_count; ++seed) {
            auto instance = skewed(seed);
            instance.proposing = proposing;
            auto const matching = solved(instance);
            EXPECT_EQ(matching.waitlists,
                      waitlists_by_definition(model_of(instance), assignment_of(matching)))
                << "instance " << seed;
        }
}

TEST(SkewedRounds, AreSkewed)
{
    // The instances test what they claim: the most popular program refuses more applicants
    // than it seats, in most instances.
    int crowded = 0;
    for (std::uint64_t seed = 1; seed <= instance_count; ++seed) {
        auto const instance = skewed(seed);
        auto const matching = solved(instance);
        crowded += matching.waitlists[0].size() > static_cast<std::size_t>(instance.programs[0].capacity);
    }
    EXPECT_GT(crowded, instance_count / 2);
}

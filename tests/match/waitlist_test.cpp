// Waitlists on random instances, against their definition: everyone a program accepts who
// chose it and prefers it to what she got, in the program's order.

#include "instances.hpp"

#include <algorithm>

#include <gtest/gtest.h>

using namespace tremplin::match;
using namespace tremplin::match::testing;

TEST(Waitlists, HoldEveryoneAcceptableWhoPrefersTheProgramInItsOrder)
{
    // From a few waiting among many candidates (large seats) to most candidates waiting
    // (few seats), for both proposing sides.
    for (auto proposing : {Proposing::Applicants, Proposing::Programs})
        for (std::uint64_t seed = 1; seed <= 200; ++seed) {
            Random random(seed);
            auto instance = random_instance(
                seed, {20 + random.below(300), 1 + random.below(6), 1 + random.below(120), 0, 90, 60});
            instance.tie_break = TieBreak::None;
            instance.proposing = proposing;
            auto const matching = solved(instance);
            EXPECT_EQ(matching.waitlists,
                      waitlists_by_definition(model_of(instance), assignment_of(matching)))
                << "instance " << seed;
        }
}

// Waitlists on random instances, against their definition: everyone a program accepts who
// chose it and prefers it to what she got, in the program's order.

#include "instances.hpp"

#include <algorithm>

#include <gtest/gtest.h>

using namespace tremplin::match;
using namespace tremplin::match::testing;

namespace {

std::vector<std::vector<std::uint32_t>> expected_waitlists(Model const& model,
                                                           std::vector<int> const& assignment)
{
    std::vector<std::vector<std::uint32_t>> lists(model.capacity.size());
    for (std::size_t p = 0; p < lists.size(); ++p) {
        for (std::size_t a = 0; a < assignment.size(); ++a) {
            auto const wants = model.preference(static_cast<int>(a), static_cast<int>(p));
            if (model.group[p][a] >= 0 && wants < static_cast<int>(model.choices[a].size()) &&
                wants < model.preference(static_cast<int>(a), assignment[a]))
                lists[p].push_back(static_cast<std::uint32_t>(a));
        }
        // Strict instances: an applicant's group is her rank.
        std::ranges::sort(lists[p], {}, [&](std::uint32_t a) { return model.group[p][a]; });
    }
    return lists;
}

} // namespace

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
            EXPECT_EQ(matching.waitlists, expected_waitlists(model_of(instance), assignment_of(matching)))
                << "instance " << seed;
        }
}

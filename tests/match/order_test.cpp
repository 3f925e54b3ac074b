// The outcome depends on the instance and the seed only: not on the order in which free
// applicants propose, and not on the run.

#include "instances.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <gtest/gtest.h>

using namespace tremplin::match;
using namespace tremplin::match::testing;

namespace {

constexpr int instance_count = 300;

// The matching by ids, so that two instances listing applicants in other orders compare.
std::map<std::string, std::string> by_id(Instance const& instance, Matching const& matching)
{
    std::map<std::string, std::string> named;
    for (std::size_t a = 0; a < matching.assignment.size(); ++a) {
        auto const p = matching.assignment[a];
        named[instance.applicants[a].id] = p == unassigned ? "-" : instance.programs[p].id;
    }
    for (std::size_t p = 0; p < matching.waitlists.size(); ++p)
        for (auto a : matching.waitlists[p])
            named[instance.programs[p].id] += " " + instance.applicants[a].id;
    return named;
}

} // namespace

TEST(ProposalOrder, ListingTheApplicantsInAnotherOrderChangesNothing)
{
    for (auto proposing : {Proposing::Applicants, Proposing::Programs})
        for (std::uint64_t seed = 1; seed <= instance_count; ++seed) {
            // With ties kept in written order, the applicants' order decides only who
            // proposes when: the free applicants are taken in it.
            auto instance = random_instance(seed, {20, 5, 3, 0, 85, 60});
            instance.tie_break = TieBreak::None;
            instance.proposing = proposing;
            auto const expected = by_id(instance, solved(instance));
            Random random(seed);
            for (int shuffle = 0; shuffle < 3; ++shuffle) {
                auto reordered = instance;
                random.shuffle(reordered.applicants);
                EXPECT_EQ(by_id(reordered, solved(reordered)), expected) << "instance " << seed;
            }
        }
}

TEST(ProposalOrder, OneApplicantAtATimeGivesWhatSimultaneousRoundsGive)
{
    for (std::uint64_t seed = 1; seed <= instance_count; ++seed) {
        auto instance = random_instance(seed, {30, 6, 4, 0, 85, 60});
        instance.tie_break = TieBreak::None;
        EXPECT_EQ(assignment_of(solved(instance)), round_by_round_deferred_acceptance(model_of(instance)))
            << "instance " << seed;
    }
}

TEST(Reproducibility, TheSameSeedGivesTheSameMatching)
{
    for (auto tie_break : {TieBreak::Single, TieBreak::Multiple})
        for (std::uint64_t seed = 1; seed <= 50; ++seed) {
            auto instance = random_instance(seed, {30, 5, 3, 1, 100, 60}); // one group: all tied
            instance.tie_break = tie_break;
            auto const first = solved(instance);
            auto const second = solved(instance);
            EXPECT_EQ(first.assignment, second.assignment);
            EXPECT_EQ(first.waitlists, second.waitlists);
        }
}

TEST(Reproducibility, AnotherSeedDrawsAnotherLottery)
{
    auto instance = random_instance(7, {30, 5, 3, 1, 100, 60});
    std::set<std::vector<std::uint32_t>> outcomes;
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
        instance.seed = seed;
        outcomes.insert(solved(instance).assignment);
    }
    EXPECT_GT(outcomes.size(), 10u);
}

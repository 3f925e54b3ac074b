// Against brute force: on small strict instances (ties broken first, one applicant per
// priority group), every stable matching is enumerated and compared with the engine's.

#include "instances.hpp"

#include <algorithm>

#include <gtest/gtest.h>

using namespace tremplin::match;
using namespace tremplin::match::testing;

namespace {

constexpr int instance_count = 500;

// 4 to 6 applicants × 3 programs.
Instance strict_instance(std::uint64_t seed, Proposing proposing)
{
    auto instance = contested_instance(seed, 4 + static_cast<int>(seed % 3));
    instance.proposing = proposing;
    return instance;
}

} // namespace

TEST(Optimality, ApplicantProposingGivesEveryApplicantHerBestStableProgram)
{
    int with_several_stable_matchings = 0;
    for (std::uint64_t seed = 1; seed <= instance_count; ++seed) {
        auto const instance = strict_instance(seed, Proposing::Applicants);
        auto const model = model_of(instance);
        auto const stable = all_stable_matchings(model);
        auto const assignment = assignment_of(solved(instance));
        ASSERT_NE(std::ranges::find(stable, assignment), stable.end()) << "not stable: instance " << seed;
        with_several_stable_matchings += stable.size() > 1;
        for (auto const& other : stable)
            for (int a = 0; a < static_cast<int>(assignment.size()); ++a)
                EXPECT_LE(model.preference(a, assignment[static_cast<std::size_t>(a)]),
                          model.preference(a, other[static_cast<std::size_t>(a)]))
                    << "instance " << seed << ", applicant " << a;
    }
    EXPECT_GT(with_several_stable_matchings, instance_count / 3); // the comparison has teeth
}

TEST(Optimality, ProgramProposingGivesEveryProgramItsBestStableApplicants)
{
    int with_several_stable_matchings = 0;
    for (std::uint64_t seed = 1; seed <= instance_count; ++seed) {
        auto const instance = strict_instance(seed, Proposing::Programs);
        auto const model = model_of(instance);
        auto const stable = all_stable_matchings(model);
        auto const assignment = assignment_of(solved(instance));
        ASSERT_NE(std::ranges::find(stable, assignment), stable.end()) << "not stable: instance " << seed;
        with_several_stable_matchings += stable.size() > 1;
        for (auto const& other : stable) {
            // Each applicant has her worst stable program (Roth & Sotomayor 1990, ch. 5)...
            for (int a = 0; a < static_cast<int>(assignment.size()); ++a)
                EXPECT_GE(model.preference(a, assignment[static_cast<std::size_t>(a)]),
                          model.preference(a, other[static_cast<std::size_t>(a)]))
                    << "instance " << seed << ", applicant " << a;
            // ...and each program prefers everyone it holds and the other does not to everyone
            // the other holds and it does not (their groups are their ranks here).
            for (std::size_t p = 0; p < model.capacity.size(); ++p)
                for (std::size_t a = 0; a < assignment.size(); ++a)
                    for (std::size_t b = 0; b < assignment.size(); ++b)
                        if (assignment[a] == static_cast<int>(p) && other[a] != static_cast<int>(p) &&
                            other[b] == static_cast<int>(p) && assignment[b] != static_cast<int>(p)) {
                            EXPECT_LT(model.group[p][a], model.group[p][b]) << "instance " << seed;
                        }
        }
    }
    EXPECT_GT(with_several_stable_matchings, instance_count / 3);
}

TEST(Optimality, BruteForceFindsBothStableMatchingsOfTheClassicTwoByTwo)
{
    // a0 wants p0 then p1, a1 wants p1 then p0; p0 ranks a1 first, p1 ranks a0 first.
    Model model{{{0, 1}, {1, 0}}, {{1, 0}, {0, 1}}, {1, 1}};
    auto const stable = all_stable_matchings(model);
    ASSERT_EQ(stable.size(), 2u);
    EXPECT_NE(std::ranges::find(stable, std::vector{0, 1}), stable.end());
    EXPECT_NE(std::ranges::find(stable, std::vector{1, 0}), stable.end());
}

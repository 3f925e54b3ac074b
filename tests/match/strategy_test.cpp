// Strategy-proofness of applicant-proposing deferred acceptance (Dubins & Freedman 1981;
// Roth 1982): whatever an applicant reports, she gets nothing she truly prefers.

#include "instances.hpp"

#include <algorithm>

#include <gtest/gtest.h>

using namespace tremplin::match;
using namespace tremplin::match::testing;

namespace {

constexpr int instance_count = 200;

// Every ordered list of distinct programs among `programs`: the empty one, the shorter ones,
// the full permutations (16 for 3 programs).
std::vector<std::vector<std::string>> every_report(std::vector<std::string> const& programs)
{
    std::vector<std::vector<std::string>> reports{{}};
    for (std::size_t length = 1; length <= programs.size(); ++length) {
        std::vector<std::size_t> picked(length);
        std::vector<bool> used(programs.size(), false);
        // All injective sequences of `length` programs, in lexicographic order.
        auto extend = [&](auto& self, std::size_t at) -> void {
            if (at == length) {
                std::vector<std::string> report;
                for (auto i : picked)
                    report.push_back(programs[i]);
                reports.push_back(std::move(report));
                return;
            }
            for (std::size_t i = 0; i < programs.size(); ++i)
                if (!used[i]) {
                    used[i] = true;
                    picked[at] = i;
                    self(self, at + 1);
                    used[i] = false;
                }
        };
        extend(extend, 0);
    }
    return reports;
}

} // namespace

TEST(StrategyProofness, ThereAreSixteenOrderedListsOfThreePrograms)
{
    EXPECT_EQ(every_report({"p0", "p1", "p2"}).size(), 16u);
}

TEST(StrategyProofness, NoApplicantGetsABetterProgramByReportingAnyOtherList)
{
    auto const reports = every_report({"p0", "p1", "p2"});
    TieBreak const tie_breaks[] = {TieBreak::Single, TieBreak::Multiple, TieBreak::None};
    int manipulations_tried = 0;
    int outcomes_changed = 0;
    for (std::uint64_t seed = 1; seed <= instance_count; ++seed) {
        // Odd seeds: ties in two groups, broken by each kind of tie-breaking (the lottery does
        // not depend on what she reports). Even seeds: strict and contested.
        auto truthful = seed % 2 ? random_instance(seed, {5, 3, 2, 2, 85, 70}) : contested_instance(seed, 5);
        truthful.tie_break = seed % 2 ? tie_breaks[seed / 2 % 3] : TieBreak::None;
        auto const model = model_of(truthful);
        auto const honest = assignment_of(solved(truthful));
        for (std::size_t a = 0; a < truthful.applicants.size(); ++a) {
            auto const true_place = model.preference(static_cast<int>(a), honest[a]);
            for (auto const& report : reports) {
                auto lying = truthful;
                lying.applicants[a].choices = report;
                auto const outcome = assignment_of(solved(lying));
                auto const got = outcome[a];
                outcomes_changed += outcome != honest;
                // A program outside her true list counts as no better than nothing.
                EXPECT_GE(model.preference(static_cast<int>(a), got), true_place)
                    << "instance " << seed << ", applicant " << a;
                ++manipulations_tried;
            }
        }
    }
    EXPECT_EQ(manipulations_tried, instance_count * 5 * 16);
    EXPECT_GT(outcomes_changed, manipulations_tried / 4); // the reports do move the outcome
}

TEST(StrategyProofness, ProgramProposingIsNotStrategyProofSoTheCheckCanFail)
{
    // The classic two-by-two: program-proposing gives a0 her second choice; by reporting
    // p0 alone she forces p0 to her. The same check as above must see it.
    Instance instance{{{"p0", 1, {{"a1"}, {"a0"}}}, {"p1", 1, {{"a0"}, {"a1"}}}},
                      {{"a0", {"p0", "p1"}}, {"a1", {"p1", "p0"}}},
                      TieBreak::None,
                      0,
                      Proposing::Programs};
    auto const model = model_of(instance);
    auto const honest = assignment_of(solved(instance));
    auto lying = instance;
    lying.applicants[0].choices = {"p0"};
    auto const got = assignment_of(solved(lying))[0];
    EXPECT_LT(model.preference(0, got), model.preference(0, honest[0]));
}

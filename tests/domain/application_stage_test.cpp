// The application's stages: staff move it along the pipeline, only a confirmed admission round
// decides it, and its decision stands.

#include "domain/application.hpp"

#include <gtest/gtest.h>

using namespace tremplin::domain;

namespace {

using enum ApplicationStage;
using enum ApplicationMover;

constexpr std::array pipeline{Submitted, InfoSessionAttended, TestTaken, Interviewed};

} // namespace

TEST(ApplicationStages, StaffMoveAlongThePipelineEitherWay)
{
    for (auto const from : pipeline)
        for (auto const to : pipeline)
            EXPECT_TRUE(may_move(from, to, Staff)) << code_of(from) << " -> " << code_of(to);
}

TEST(ApplicationStages, OnlyAConfirmedRoundDecides)
{
    for (auto const from : pipeline) {
        auto const by_hand = may_move(from, Decided, Staff);
        ASSERT_FALSE(by_hand) << code_of(from);
        EXPECT_EQ(by_hand.error().fields,
                  (std::vector<FieldError>{{"stage", "errors.application.decided_by_round"}}));
        EXPECT_TRUE(may_move(from, Decided, AdmissionRound)) << code_of(from);
    }
}

TEST(ApplicationStages, ADecisionStands)
{
    for (auto const to : pipeline) {
        EXPECT_FALSE(may_move(Decided, to, Staff)) << code_of(to);
        EXPECT_FALSE(may_move(Decided, to, AdmissionRound)) << code_of(to);
    }
    EXPECT_TRUE(may_move(Decided, Decided, Staff)) << "staying where it is moves nothing";
}

TEST(ApplicationStages, TheRoundMovesNothingElse)
{
    EXPECT_FALSE(may_move(Submitted, Interviewed, AdmissionRound));
}

TEST(ApplicationStages, PagesOfferEveryStageButDecided)
{
    for (auto const stage : pipeline)
        EXPECT_TRUE(staff_may_move_to(stage)) << code_of(stage);
    EXPECT_FALSE(staff_may_move_to(Decided));
}

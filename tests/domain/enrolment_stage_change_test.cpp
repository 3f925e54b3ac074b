// A stage change decided from the facts the service reads first: the table of moves, the
// reason of a withdrawal, a transfer's other cohort, the track's completion criteria.

#include "domain/enrolment.hpp"

#include <gtest/gtest.h>

using namespace tremplin::domain;

namespace {

using enum EnrolmentStage;

Date day(std::string_view iso)
{
    return Date::parse_iso(iso).value();
}

// Amina, active in WEB (cohort 10) since 2 March; today is 15 June.
StageChangeFacts active_amina()
{
    Enrolment enrolment;
    enrolment.id = 7;
    enrolment.participant_id = 3;
    enrolment.cohort_id = 10;
    enrolment.stage = Active;
    enrolment.enrolled_on = enrolment.stage_changed_on = day("2026-03-02");
    return {enrolment, day("2026-06-15"), std::nullopt, std::nullopt};
}

// She attended 85 % of WEB, whose track asks for 80 % and its modules 1 and 2 passed.
CompletionFacts good_record()
{
    return {85, 80, true, std::vector<long long>{1, 2}, {2, 1}};
}

Cohort cohort(long long id, std::string_view starts_on, int capacity)
{
    Cohort cohort;
    cohort.id = id;
    cohort.starts_on = day(starts_on);
    cohort.capacity = capacity;
    return cohort;
}

std::string refusal(Result<StageChanged> const& changed)
{
    if (changed)
        return "changed";
    EXPECT_EQ(changed.error().fields.size(), 1U);
    return changed.error().fields.front().field + ": " + changed.error().fields.front().message_key;
}

} // namespace

TEST(StageChange, FollowsTheTableOfMoves)
{
    auto facts = active_amina();
    facts.enrolment.stage = Completed;
    EXPECT_EQ(refusal(change_stage(facts, {Withdrawn, {}, WithdrawalReason::Health, 0})),
              "stage: errors.enrolment.stage_not_allowed");
}

TEST(StageChange, WithdrawsWithAReason)
{
    EXPECT_EQ(refusal(change_stage(active_amina(), {Withdrawn})),
              "withdrawal_reason: errors.enrolment.reason_missing");
    auto const withdrawn = change_stage(active_amina(), {Withdrawn, {}, WithdrawalReason::FoundJob, 0});
    ASSERT_TRUE(withdrawn);
    EXPECT_EQ(withdrawn->enrolment.stage, Withdrawn);
    EXPECT_EQ(withdrawn->enrolment.withdrawal_reason, WithdrawalReason::FoundJob);
    EXPECT_EQ(withdrawn->enrolment.stage_changed_on, day("2026-06-15")) << "today, by default";
    EXPECT_FALSE(withdrawn->continued);
}

TEST(StageChange, CompletesWhenTheTracksCriteriaAreMet)
{
    auto facts = active_amina();
    facts.completion = good_record();
    auto const completed = change_stage(facts, {Completed});
    ASSERT_TRUE(completed) << refusal(completed);
    EXPECT_EQ(completed->enrolment.stage, Completed);
}

TEST(StageChange, DoesNotCompleteUnderTheTracksAttendance)
{
    auto facts = active_amina();
    facts.completion = good_record();
    facts.completion->attendance_percent = 79;
    EXPECT_EQ(refusal(change_stage(facts, {Completed})), "stage: errors.enrolment.attendance_too_low");
    facts.completion->attendance_percent.reset();
    EXPECT_EQ(refusal(change_stage(facts, {Completed})), "stage: errors.enrolment.attendance_too_low")
        << "no lesson marked";
}

TEST(StageChange, DoesNotCompleteWithAModuleNotPassedWhenTheTrackAsksForAll)
{
    auto facts = active_amina();
    facts.completion = good_record();
    facts.completion->modules_passed = {1};
    EXPECT_EQ(refusal(change_stage(facts, {Completed})), "stage: errors.enrolment.modules_not_passed");
    facts.completion->requires_all_modules_passed = false;
    EXPECT_EQ(refusal(change_stage(facts, {Completed})), "changed");
    facts.completion->requires_all_modules_passed = true;
    facts.completion->modules_passed = {1, 2};
    facts.completion->modules.reset();
    EXPECT_EQ(refusal(change_stage(facts, {Completed})), "stage: errors.enrolment.modules_not_passed")
        << "her version unknown: nothing says she passed it";
}

TEST(StageChange, TransfersToAnotherCohortWithAFreeSeat)
{
    auto facts = active_amina();
    facts.transfer = TransferTarget{cohort(20, "2026-09-07", 12), false, 11};
    auto const moved = change_stage(facts, {Transferred, {}, {}, 20});
    ASSERT_TRUE(moved) << refusal(moved);
    EXPECT_EQ(moved->enrolment.stage, Transferred);
    EXPECT_EQ(moved->enrolment.transferred_to_cohort_id, 20);
    ASSERT_TRUE(moved->continued);
    EXPECT_EQ(moved->continued->cohort_id, 20);
    EXPECT_EQ(moved->continued->stage, Enrolled);
    EXPECT_EQ(moved->continued->enrolled_on, day("2026-09-07")) << "on the other cohort's first day";
    EXPECT_EQ(moved->continued->participant_id, 3);
}

TEST(StageChange, RefusesATransferToNoCohortHerOwnOrAFullOne)
{
    auto facts = active_amina();
    EXPECT_EQ(refusal(change_stage(facts, {Transferred, {}, {}, 20})),
              "transferred_to_cohort_id: errors.enrolment.transfer_target_missing");
    facts.transfer = TransferTarget{cohort(10, "2026-03-02", 12), false, 5};
    EXPECT_EQ(refusal(change_stage(facts, {Transferred, {}, {}, 10})),
              "transferred_to_cohort_id: errors.enrolment.transfer_target_missing");
    facts.transfer = TransferTarget{cohort(20, "2026-09-07", 12), true, 5};
    EXPECT_EQ(refusal(change_stage(facts, {Transferred, {}, {}, 20})),
              "transferred_to_cohort_id: errors.enrolment.already_enrolled");
    facts.transfer = TransferTarget{cohort(20, "2026-09-07", 12), false, 12};
    EXPECT_EQ(refusal(change_stage(facts, {Transferred, {}, {}, 20})),
              "transferred_to_cohort_id: errors.enrolment.transfer_target_full");
}

TEST(StageChange, TakesEffectOnHerFirstDayAtTheEarliest)
{
    auto facts = active_amina();
    facts.enrolment.stage = Enrolled;
    facts.today = day("2026-02-16");
    auto const early = change_stage(facts, {Withdrawn, {}, WithdrawalReason::DeclinedSeat, 0});
    ASSERT_TRUE(early);
    EXPECT_EQ(early->enrolment.stage_changed_on, day("2026-03-02"));
    EXPECT_EQ(refusal(change_stage(facts, {Withdrawn, day("2026-03-01"), WithdrawalReason::Health, 0})),
              "on: errors.enrolment.before_enrolment");
}

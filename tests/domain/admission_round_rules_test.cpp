// Who may decline a seat and when a round may be re-run: decided from the facts alone, the same
// for the button the page offers and for the service that does it.

#include "domain/admission.hpp"

#include <gtest/gtest.h>

using namespace tremplin::domain;

namespace {

Date day(std::string_view iso)
{
    return Date::parse_iso(iso).value();
}

// A confirmed first round: Amina (application 1) holds enrolment 101 in WEB (cohort 10), Bea (2)
// holds 102 in SYS (cohort 20); Chloé (3) waits.
AdmissionRound confirmed_round()
{
    AdmissionRound round;
    round.status = RoundStatus::Confirmed;
    round.seats = {{10, 1}, {20, 1}};
    round.result.admitted = {{1, 10}, {2, 20}};
    round.enrolments = {{1, 101}, {2, 102}};
    return round;
}

// Today, both women are still to start; WEB starts on 2 March, SYS on 4 May.
RoundSince before_the_start()
{
    return {false,
            {{101, EnrolmentStage::Enrolled}, {102, EnrolmentStage::Enrolled}},
            {{10, day("2026-03-02")}, {20, day("2026-05-04")}},
            day("2026-02-16")};
}

std::string refusal(Result<void> const& decided)
{
    if (decided)
        return "allowed";
    EXPECT_EQ(decided.error().fields.size(), 1U);
    return decided.error().fields.front().field + ": " + decided.error().fields.front().message_key;
}

} // namespace

TEST(DecliningASeat, IsForAWomanAdmittedInTheLatestConfirmedRoundBeforeSheStarts)
{
    EXPECT_EQ(refusal(may_decline(confirmed_round(), before_the_start(), 1)), "allowed");
}

TEST(DecliningASeat, WaitsForTheRoundToBeConfirmed)
{
    auto draft = confirmed_round();
    draft.status = RoundStatus::Draft;
    EXPECT_EQ(refusal(may_decline(draft, before_the_start(), 1)), "decline: errors.admission.not_confirmed");
}

TEST(DecliningASeat, NeedsASeatSheStillHolds)
{
    auto round = confirmed_round();
    EXPECT_EQ(refusal(may_decline(round, before_the_start(), 3)),
              "decline: errors.admission.no_seat_to_decline")
        << "Chloé waits: she has no seat";
    round.declined.insert(1);
    EXPECT_EQ(refusal(may_decline(round, before_the_start(), 1)),
              "decline: errors.admission.no_seat_to_decline")
        << "declined once";
}

TEST(DecliningASeat, IsRecordedInTheLatestConfirmedRoundOnly)
{
    auto since = before_the_start();
    since.later_round_confirmed = true;
    EXPECT_EQ(refusal(may_decline(confirmed_round(), since, 1)),
              "decline: errors.admission.decline_in_latest");
}

TEST(DecliningASeat, EndsWhenSheStartsOrLeaves)
{
    auto since = before_the_start();
    since.seat_stages[101] = EnrolmentStage::Active;
    EXPECT_EQ(refusal(may_decline(confirmed_round(), since, 1)), "decline: errors.admission.already_started");
    since.seat_stages.erase(101);
    EXPECT_EQ(refusal(may_decline(confirmed_round(), since, 1)), "decline: errors.admission.already_started")
        << "her enrolment is gone";
    EXPECT_EQ(refusal(may_decline(confirmed_round(), since, 2)), "allowed") << "Bea is not concerned";
}

TEST(RerunningARound, FillsSeatsWhileOneOfItsCohortsIsStillToStart)
{
    EXPECT_EQ(refusal(may_rerun(confirmed_round(), before_the_start())), "allowed");
    auto since = before_the_start();
    since.today = day("2026-05-04");
    EXPECT_EQ(refusal(may_rerun(confirmed_round(), since)), "allowed") << "until the end of its first day";
    since.today = day("2026-05-05");
    EXPECT_EQ(refusal(may_rerun(confirmed_round(), since)), "rerun: errors.admission.nothing_to_refill");
}

TEST(RerunningARound, StartsFromTheLatestConfirmedRound)
{
    auto draft = confirmed_round();
    draft.status = RoundStatus::Draft;
    EXPECT_EQ(refusal(may_rerun(draft, before_the_start())), "rerun: errors.admission.not_confirmed");
    auto since = before_the_start();
    since.later_round_confirmed = true;
    EXPECT_EQ(refusal(may_rerun(confirmed_round(), since)), "rerun: errors.admission.rerun_from_latest");
}

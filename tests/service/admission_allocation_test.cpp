// The seats of an admission round: tiers first, the lottery only between women of one tier,
// never a seat to a woman not eligible for it, and the same seed giving the same round.

#include "service/admission_allocation.hpp"

#include <algorithm>
#include <map>
#include <random>

#include <gtest/gtest.h>

using namespace tremplin;
using domain::AdmissionApplicant;
using service::allocate_seats;

namespace {

// `count` women choosing among cohorts 10, 20, 30 at random, tiers 1–3, each ineligible
// for one course in five.
std::vector<AdmissionApplicant> random_round(int count, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::vector<AdmissionApplicant> applicants;
    for (int i = 1; i <= count; ++i) {
        AdmissionApplicant applicant{i * 7, static_cast<int>(random() % 3) + 1, {10, 20, 30}, {}};
        std::ranges::shuffle(applicant.choices, random);
        applicant.choices.resize(random() % 3 + 1);
        for (auto const cohort : applicant.choices)
            if (random() % 5 != 0)
                applicant.eligible_for.push_back(cohort);
        applicants.push_back(applicant);
    }
    return applicants;
}

std::vector<service::CohortSeats> const seats{{10, 4}, {20, 3}, {30, 0}};

int tier_of(std::vector<AdmissionApplicant> const& applicants, long long id)
{
    return std::ranges::find(applicants, id, &AdmissionApplicant::application_id)->tier;
}

} // namespace

TEST(AdmissionAllocation, GivesSeatsToHigherTiersFirstAndOnlyToEligibleWomen)
{
    for (std::uint64_t round = 0; round < 200; ++round) {
        auto const applicants = random_round(15, round);
        auto const result = allocate_seats(applicants, seats, {.seed = round});
        std::map<long long, int> taken;
        for (auto const& [application, cohort] : result.admitted) {
            ++taken[cohort];
            auto const& who =
                *std::ranges::find(applicants, application, &AdmissionApplicant::application_id);
            EXPECT_NE(std::ranges::find(who.eligible_for, cohort), who.eligible_for.end())
                << "round " << round;
        }
        for (auto const& cohort : seats)
            EXPECT_LE(taken[cohort.cohort_id], cohort.seats);
        // Nobody waits for a cohort that admitted a woman of a lower tier (a higher number).
        for (auto const& [cohort, waiting] : result.waitlists)
            for (auto const application : waiting)
                for (auto const& [admitted, where] : result.admitted)
                    if (where == cohort)
                        EXPECT_LE(tier_of(applicants, admitted), tier_of(applicants, application))
                            << "round " << round << ", cohort " << cohort;
    }
}

TEST(AdmissionAllocation, GivesTheSameRoundForTheSameSeed)
{
    auto const applicants = random_round(40, 7);
    auto const first = allocate_seats(applicants, seats, {.seed = 2026});
    auto shuffled = applicants;
    std::ranges::reverse(shuffled);
    auto const again = allocate_seats(shuffled, seats, {.seed = 2026});
    EXPECT_EQ(first.admitted, again.admitted) << "the order applicants are read in changes nothing";
    EXPECT_EQ(first.waitlists, again.waitlists);

    bool differs = false;
    for (std::uint64_t seed = 1; seed < 20 && !differs; ++seed)
        differs = allocate_seats(applicants, seats, {.seed = seed}).admitted != first.admitted;
    EXPECT_TRUE(differs) << "the lottery decides between women of one tier";
}

TEST(AdmissionAllocation, SkipsChoicesOfCohortsNotInTheRound)
{
    std::vector<AdmissionApplicant> const applicants{{1, 1, {99, 10}, {99, 10}}};
    auto const result = allocate_seats(applicants, {{10, 1}}, {});
    EXPECT_EQ(result.admitted.at(1), 10);
}

TEST(AdmissionAllocation, ExplainsEachChoiceFromTheResult)
{
    // Two seats in cohort 10: two tier-1 women take them; the tier-2 woman waits, told why.
    std::vector<AdmissionApplicant> const applicants{
        {1, 1, {10}, {10}}, {2, 1, {10}, {10}}, {3, 2, {10}, {10}}};
    auto const result = allocate_seats(applicants, {{10, 2}}, {.seed = 5});
    auto const third = domain::explain_choices(applicants[2], result, applicants);
    ASSERT_EQ(third.size(), 1U);
    EXPECT_EQ(third[0].outcome, domain::ChoiceOutcome::Waitlisted);
    EXPECT_EQ(third[0].reason, domain::WaitlistReason::HigherTiers);
    EXPECT_EQ(third[0].waitlist_position, 1);
}

// A placement round without the database: who is left out of which offer and why, the hosts'
// ranks honoured, no place given twice, and the what-if. docs/domain.md "Placement round"

#include "service/placement_allocation.hpp"

#include <random>

#include <gtest/gtest.h>

using namespace tremplin;
using domain::PlacementExclusion;
using service::Unplaced;

namespace {

domain::Date day(std::string_view iso)
{
    return *domain::Date::parse_iso(iso);
}

constexpr long long web = 1;
constexpr long long sysadm = 2;

domain::PlacementTrainee trainee(long long enrolment_id, std::vector<long long> wishes)
{
    return {.enrolment_id = enrolment_id,
            .track_id = web,
            .languages = {"fr"},
            .shares_with_employers = true,
            .wishes = std::move(wishes)};
}

domain::PlacementOffer offer(long long offer_id, int places = 1)
{
    return {.offer_id = offer_id,
            .places = places,
            .track_ids = {web},
            .languages_required = {},
            .starts_on = day("2026-05-25"),
            .ends_on = day("2026-07-03")};
}

domain::PlacementRound round_of(std::vector<domain::PlacementTrainee> trainees,
                                std::vector<domain::PlacementOffer> offers)
{
    return {.period = {day("2026-06-01"), day("2026-06-26")},
            .trainees = std::move(trainees),
            .offers = std::move(offers),
            .host_views = {}};
}

} // namespace

TEST(PlacementRound, EachExclusionIsDecidedBeforeTheRoundWithItsReason)
{
    auto round =
        round_of({trainee(1, {10}), trainee(2, {11}), trainee(3, {12}), trainee(4, {13}), trainee(5, {14})},
                 {offer(10), offer(11), offer(12), offer(13), offer(14)});
    round.trainees[0].shares_with_employers = false;
    round.offers[1].track_ids = {sysadm};
    round.offers[2].languages_required = {"fr", "nl"};
    round.offers[3].ends_on = day("2026-06-19");
    round.host_views.push_back({.offer_id = 14, .enrolment_id = 5, .rank = std::nullopt, .refused = true});

    auto const reason = [&](std::size_t t, std::size_t o) {
        return domain::placement_exclusion(round, round.trainees[t], round.offers[o]);
    };
    EXPECT_EQ(reason(0, 0), PlacementExclusion::NoConsentToShare);
    EXPECT_EQ(reason(1, 1), PlacementExclusion::TrackNotSuited);
    EXPECT_EQ(reason(2, 2), PlacementExclusion::LanguageMissing);
    EXPECT_EQ(reason(3, 3), PlacementExclusion::DatesOutsidePeriod);
    EXPECT_EQ(reason(4, 4), PlacementExclusion::RefusedByHost);
    EXPECT_EQ(reason(4, 0), std::nullopt);

    auto const outcome = service::place_trainees(round, 2026);
    EXPECT_TRUE(outcome.placed.empty()) << "nobody goes where she is excluded";
    for (long long enrolment = 1; enrolment <= 5; ++enrolment)
        EXPECT_EQ(outcome.unplaced.at(enrolment), Unplaced::AllExcluded) << enrolment;
    EXPECT_EQ(std::ranges::count(outcome.exclusions, 1, &service::ExcludedPair::enrolment_id), 5)
        << "without her consent no host sees her";
    EXPECT_NE(std::ranges::find(outcome.exclusions,
                                service::ExcludedPair{5, 14, PlacementExclusion::RefusedByHost}),
              outcome.exclusions.end());
}

TEST(PlacementRound, TheHostsRankDecidesBetweenTwoWhoWantTheSamePlace)
{
    auto round =
        round_of({trainee(1, {10, 11}), trainee(2, {10, 11}), trainee(3, {})}, {offer(10), offer(11)});
    round.host_views.push_back({.offer_id = 10, .enrolment_id = 2, .rank = 1, .refused = false});
    round.host_views.push_back({.offer_id = 10, .enrolment_id = 1, .rank = 2, .refused = false});
    auto const outcome = service::place_trainees(round, 7);
    EXPECT_EQ(outcome.placed, (std::map<long long, long long>{{1, 11}, {2, 10}}));
    EXPECT_EQ(outcome.unplaced, (std::map<long long, Unplaced>{{3, Unplaced::NoWishes}}));
    EXPECT_EQ(outcome.waitlists.at(10), (std::vector<long long>{1})) << "she would take a place freed there";
}

TEST(PlacementRound, OneMorePlaceIsWhatTheWhatIfCounts)
{
    auto const round =
        round_of({trainee(1, {10}), trainee(2, {10}), trainee(3, {10, 11})}, {offer(10), offer(11)});
    auto const outcome = service::place_trainees(round, 11);
    EXPECT_EQ(outcome.placed.size(), 2U);
    ASSERT_EQ(outcome.unplaced.size(), 1U);
    EXPECT_EQ(outcome.unplaced.begin()->second, Unplaced::PlacesTaken);
    EXPECT_EQ(service::placed_with_one_more_place(round, 11, 10), 3);
    EXPECT_EQ(service::placed_with_one_more_place(round, 11, 11), 2);
    EXPECT_EQ(service::place_trainees(round, 11).placed, outcome.placed) << "the same seed, the same round";
}

// On random rounds: no offer over its places, no excluded pair placed, and stable: no trainee
// prefers an offer that has a free place or holds a candidate its host ranks after her.
TEST(PlacementRound, RandomRoundsAreStableWithinPlacesAndExclusions)
{
    std::mt19937_64 random(42);
    for (int attempt = 0; attempt < 300; ++attempt) {
        int const trainees = 1 + static_cast<int>(random() % 14);
        int const offers = 1 + static_cast<int>(random() % 8);
        domain::PlacementRound round = round_of({}, {});
        for (int o = 0; o < offers; ++o) {
            auto made = offer(100 + o, 1 + static_cast<int>(random() % 3));
            if (random() % 5 == 0)
                made.languages_required = {"nl"};
            round.offers.push_back(made);
        }
        for (int t = 0; t < trainees; ++t) {
            auto made = trainee(t + 1, {});
            made.shares_with_employers = random() % 8 != 0;
            if (random() % 3 == 0)
                made.languages.push_back("nl");
            for (int o = 0; o < offers; ++o)
                if (random() % 2 == 0)
                    made.wishes.push_back(100 + o);
            std::ranges::shuffle(made.wishes, random);
            for (auto const wish : made.wishes)
                if (random() % 3 == 0)
                    round.host_views.push_back(
                        {.offer_id = wish,
                         .enrolment_id = made.enrolment_id,
                         .rank =
                             random() % 4 ? std::optional(1 + static_cast<int>(random() % 3)) : std::nullopt,
                         .refused = random() % 6 == 0});
            round.trainees.push_back(made);
        }
        auto const seed = static_cast<std::int64_t>(random() % 1000);
        auto const outcome = service::place_trainees(round, seed);

        // Her place in the host's order: its rank (unranked last), then the lottery.
        auto const standing = [&](long long offer_id, long long enrolment_id) {
            auto const* view = domain::host_view(round, offer_id, enrolment_id);
            return std::pair{view && view->rank ? *view->rank : std::numeric_limits<int>::max(),
                             service::placement_lottery_number(seed, enrolment_id)};
        };
        for (auto const& o : round.offers) {
            auto const held =
                std::ranges::count(outcome.placed, o.offer_id, [](auto const& p) { return p.second; });
            ASSERT_LE(held, o.places);
        }
        for (auto const& t : round.trainees) {
            auto const placed = outcome.placed.find(t.enrolment_id);
            ASSERT_EQ(placed == outcome.placed.end(), outcome.unplaced.contains(t.enrolment_id));
            for (auto const wish : t.wishes) {
                auto const& o = *std::ranges::find(round.offers, wish, &domain::PlacementOffer::offer_id);
                bool const excluded = domain::placement_exclusion(round, t, o).has_value();
                if (placed != outcome.placed.end() && placed->second == wish) {
                    ASSERT_FALSE(excluded) << "attempt " << attempt;
                    break; // what she wanted less does not matter
                }
                if (excluded)
                    continue;
                // She prefers this offer to what she got: it must be full of candidates its host
                // puts before her.
                std::vector<long long> holders;
                for (auto const& [enrolment, offer_id] : outcome.placed)
                    if (offer_id == wish)
                        holders.push_back(enrolment);
                ASSERT_EQ(static_cast<int>(holders.size()), o.places) << "attempt " << attempt;
                for (auto const holder : holders)
                    ASSERT_LT(standing(wish, holder), standing(wish, t.enrolment_id))
                        << "attempt " << attempt;
            }
        }
    }
}

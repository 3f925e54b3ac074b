#include "domain/offer.hpp"

#include <gtest/gtest.h>

using namespace tremplin::domain;

namespace {

OfferChoices const choices{{7, 8}, {21, 22}};

// A traineeship the centre would take: every rule holds.
OfferInput good_offer()
{
    OfferInput input;
    input.title = "Junior web developer";
    input.description = "Front end of the customer portal";
    input.occupation = "2512";
    input.places = "2";
    input.starts_on = "2026-03-02";
    input.ends_on = "2026-04-24";
    input.hours_per_week = "38";
    input.street = "Rue Royale 2";
    input.postcode = "1000";
    input.commune = "Bruxelles";
    input.transport_note = "Metro 2, Botanique";
    input.tutor = "21";
    input.tracks = {"8", "7"};
    input.languages = {"en", "fr"};
    return input;
}

std::vector<std::string> problems_of(Result<Offer> const& result)
{
    std::vector<std::string> problems;
    if (!result)
        for (auto const& field : result.error().fields)
            problems.push_back(field.field + " " + field.message_key);
    return problems;
}

} // namespace

TEST(Offer, AGoodOfferIsReadWithItsTracksAndLanguagesInTheirOrder)
{
    auto const offer = validate_offer(good_offer(), choices);
    ASSERT_TRUE(offer) << problems_of(offer).front();
    EXPECT_EQ(offer->title, "Junior web developer");
    EXPECT_EQ(offer->places, 2);
    EXPECT_EQ(offer->hours_per_week, 38);
    EXPECT_EQ(offer->starts_on.iso(), "2026-03-02");
    EXPECT_EQ(offer->track_ids, (std::vector<long long>{7, 8}));
    EXPECT_EQ(offer->languages, (std::vector<std::string>{"fr", "en"}));
    EXPECT_EQ(offer->tutor_contact_id, std::optional<long long>(21));
    EXPECT_EQ(input_of(*offer).places, "2");
}

TEST(Offer, NoPlaceOrTooManyIsRefused)
{
    auto input = good_offer();
    for (auto const* places : {"0", "-1", "21"}) {
        input.places = places;
        EXPECT_EQ(problems_of(validate_offer(input, choices)),
                  (std::vector<std::string>{"places errors.offer.places_out_of_range"}))
            << places;
    }
    input.places = "1.5";
    EXPECT_EQ(problems_of(validate_offer(input, choices)),
              (std::vector<std::string>{"places errors.offer.places_not_number"}));
    input.places = "";
    EXPECT_EQ(problems_of(validate_offer(input, choices)),
              (std::vector<std::string>{"places errors.offer.places_missing"}));
    input.places = std::to_string(most_places_per_offer);
    EXPECT_TRUE(validate_offer(input, choices));
}

TEST(Offer, AnEndBeforeItsStartIsRefusedAndOneDayIsAPeriod)
{
    auto input = good_offer();
    input.ends_on = "2026-03-01";
    EXPECT_EQ(problems_of(validate_offer(input, choices)),
              (std::vector<std::string>{"ends_on errors.offer.ends_before_start"}));
    input.ends_on = input.starts_on;
    EXPECT_TRUE(validate_offer(input, choices));
    input.starts_on = "2026-02-30";
    EXPECT_EQ(problems_of(validate_offer(input, choices)),
              (std::vector<std::string>{"starts_on errors.offer.starts_on_invalid"}));
}

TEST(Offer, HoursAreWholeHoursFromOneToForty)
{
    auto input = good_offer();
    for (auto const* hours : {"0", "41"}) {
        input.hours_per_week = hours;
        EXPECT_EQ(problems_of(validate_offer(input, choices)),
                  (std::vector<std::string>{"hours_per_week errors.offer.hours_out_of_range"}));
    }
    input.hours_per_week = "19.5";
    EXPECT_EQ(problems_of(validate_offer(input, choices)),
              (std::vector<std::string>{"hours_per_week errors.offer.hours_not_number"}));
    for (auto const* hours : {"1", "40"}) {
        input.hours_per_week = hours;
        EXPECT_TRUE(validate_offer(input, choices)) << hours;
    }
}

TEST(Offer, TracksLanguagesTutorAndOccupationMustBeKnown)
{
    auto input = good_offer();
    input.tracks = {};
    input.languages = {"de"};
    input.tutor = "99"; // a contact of another partner
    input.occupation = "25";
    EXPECT_EQ(problems_of(validate_offer(input, choices)),
              (std::vector<std::string>{
                  "occupation errors.offer.occupation_format", "tracks errors.offer.tracks_missing",
                  "languages errors.offer.language_unknown", "tutor errors.offer.tutor_unknown"}));
    input = good_offer();
    input.tracks = {"7", "12"}; // 12: another centre's track
    EXPECT_EQ(problems_of(validate_offer(input, choices)),
              (std::vector<std::string>{"tracks errors.offer.track_unknown"}));
}

TEST(Offer, NoLanguageAndNoTutorAreAllowed)
{
    auto input = good_offer();
    input.languages = {};
    input.tutor = "";
    auto const offer = validate_offer(input, choices);
    ASSERT_TRUE(offer);
    EXPECT_TRUE(offer->languages.empty());
    EXPECT_FALSE(offer->tutor_contact_id);
}

TEST(Offer, EveryProblemComesAtOnceInTheOrderOfTheForm)
{
    OfferInput empty;
    EXPECT_EQ(problems_of(validate_offer(empty, choices)),
              (std::vector<std::string>{
                  "title errors.offer.title_missing", "occupation errors.offer.occupation_missing",
                  "tracks errors.offer.tracks_missing", "places errors.offer.places_missing",
                  "starts_on errors.offer.starts_on_missing", "ends_on errors.offer.ends_on_missing",
                  "hours_per_week errors.offer.hours_missing"}));
}

TEST(Offer, TheEnterpriseCorrectsOnlyWhatItsLinkShows)
{
    auto offer = *validate_offer(good_offer(), choices);
    OfferInput corrections;
    corrections.title = "Web developer";
    corrections.places = "3";
    corrections.occupation = "9999";    // not the enterprise's to change
    corrections.tracks = {"12"};        // nor this
    corrections.street = "Elsewhere 1"; // nor this
    auto const input = corrected(offer, corrections);
    EXPECT_EQ(input.title, "Web developer");
    EXPECT_EQ(input.places, "3");
    EXPECT_EQ(input.description, ""); // shown, and emptied
    EXPECT_EQ(input.occupation, "2512");
    EXPECT_EQ(input.tracks, (std::vector<std::string>{"7", "8"}));
    EXPECT_EQ(input.street, "Rue Royale 2");
}

TEST(OfferStatus, MovesOnlyAsTheRulesSay)
{
    using enum OfferStatus;
    EXPECT_TRUE(may_move(Draft, Open));
    EXPECT_TRUE(may_move(Draft, Cancelled));
    EXPECT_TRUE(may_move(Open, Filled));
    EXPECT_TRUE(may_move(Open, Cancelled));
    EXPECT_TRUE(may_move(Filled, Open));
    EXPECT_TRUE(may_move(Cancelled, Draft));
    EXPECT_FALSE(may_move(Draft, Filled));
    EXPECT_FALSE(may_move(Filled, Cancelled));
    EXPECT_FALSE(may_move(Cancelled, Open));
    EXPECT_FALSE(may_move(Open, Open));
    for (auto const status : all_values<OfferStatus>())
        EXPECT_EQ(from_code<OfferStatus>(code_of(status)), status);
}

TEST(OfferLink, IsUsableUntilItExpiresAndUsedOnceAnswered)
{
    OfferLink link;
    link.expires_at = "2026-03-16T10:00:00Z";
    EXPECT_EQ(state_of(link, "2026-03-16T09:59:59Z"), OfferLinkState::Usable);
    EXPECT_EQ(state_of(link, "2026-03-16T10:00:00Z"), OfferLinkState::Expired);
    link.used_at = "2026-03-10T08:00:00Z";
    EXPECT_EQ(state_of(link, "2026-03-12T10:00:00Z"), OfferLinkState::Used);
    EXPECT_EQ(state_of(link, "2026-04-01T10:00:00Z"), OfferLinkState::Used);
}

// A cohort's placement round through its pages, without JavaScript: the job coach opens it from
// the cohort's page, records wishes, languages and a host's view, runs it, reads who is placed
// and why the others are not, downloads it for `tremplin match` with its seed, sees a refused
// adjustment beside its form, and confirms it into traineeships; the coordinator only reads it.
// docs/domain.md "Placement round"

#include "training_fixture.hpp"

#include <nlohmann/json.hpp>

using namespace tremplin;
using test_support::contains;

namespace {

std::map<std::string, std::string> const in_english{{"Accept-Language", "en"}};

class PlacementPages : public test_support::TrainingWebTest {
  protected:
    void SetUp() override
    {
        TrainingWebTest::SetUp();
        ASSERT_TRUE(accounts.add_account({"jobcoach", "Name of jobcoach", domain::Role::JobCoach, password}));
        track_id = web_track({{"HTML", "HTML", "HTML"}});
        domain::Cohort cohort;
        cohort.track_id = track_id;
        cohort.name = "WEB 2026-B";
        cohort.starts_on = day("2026-09-14");
        cohort.ends_on = day("2027-06-30");
        cohort.capacity = 12;
        cohort.room = "Salle 2";
        cohort.traineeship = domain::TraineeshipPeriod{day("2027-05-03"), day("2027-05-28")};
        cohort_id = *training.cohorts.create(head, cohort);
        amina = trainee("Amina", "Benali", true);
        chloe = trainee("Chloé", "Dubois", false);
        auto const partner = partners.create(head, {.name = "Acme Brussels", .kind = "enterprise"},
                                             service::DuplicateCheck::Warn);
        domain::OfferInput offer;
        offer.title = "Junior web developer";
        offer.occupation = "2512";
        offer.places = "1";
        offer.starts_on = "2027-04-26";
        offer.ends_on = "2027-06-04";
        offer.hours_per_week = "30";
        offer.tracks = {std::to_string(track_id)};
        offer_id = *offers.create(head, *partner->id, offer);
        ASSERT_TRUE(offers.change_status(head, offer_id, domain::OfferStatus::Open));
        page = "/cohorts/" + std::to_string(cohort_id) + "/placement";
    }

    static domain::Date day(std::string_view iso) { return *domain::Date::parse_iso(iso); }

    long long trainee(std::string const& first, std::string const& last, bool shares)
    {
        domain::ParticipantInput input;
        input.set(domain::participant_fields::first_name, first);
        input.set(domain::participant_fields::last_name, last);
        input.set(domain::participant_fields::gender, "woman");
        input.set(domain::participant_fields::preferred_language, "fr");
        input.set(domain::participant_fields::consent_field(domain::ConsentKind::ShareWithEmployers),
                  shares ? "yes" : "no");
        auto const created =
            participants.create(head, input, service::DuplicateCheck::ConfirmedDifferentPerson);
        service::EnrolmentRequest request;
        request.cohort_id = cohort_id;
        request.participant_id = *created->id;
        request.on = day("2026-09-14");
        return *training.enrolments.enrol(head, request);
    }

    std::string wishes_of(Browser const& browser, long long enrolment_id, std::string const& languages)
    {
        return "csrf_token=" + browser.csrf_token + "&enrolment_id=" + std::to_string(enrolment_id) +
               "&wish_1=" + std::to_string(offer_id) + "&wish_2=&wish_3=" + languages;
    }

    long long track_id = 0, cohort_id = 0, amina = 0, chloe = 0, offer_id = 0;
    std::string page;
};
TREMPLIN_ON_EVERY_BACKEND(PlacementPages);

} // namespace

TEST_P(PlacementPages, TheJobCoachRunsTheRoundAndConfirmsItIntoTraineeships)
{
    auto browser = signed_in("jobcoach");
    auto const cohort_page = get(browser, "/cohorts/" + std::to_string(cohort_id), in_english);
    EXPECT_TRUE(contains(cohort_page.body, "href=\"" + page + "\"")) << "linked from the cohort's page";
    EXPECT_TRUE(contains(get(browser, page, in_english).body, "Open the placement round"));
    auto const opened = post(browser, page, "csrf_token=" + browser.csrf_token, in_english);
    ASSERT_EQ(opened.status, 303) << opened.body;

    auto const before = get(browser, page, in_english);
    EXPECT_TRUE(contains(before.body, "Acme Brussels – Junior web developer"));
    EXPECT_TRUE(contains(before.body, "She has not agreed that her profile be shown to employers: no host"));
    auto const missing_language = post(browser, page + "/wishes", wishes_of(browser, amina, ""), in_english);
    EXPECT_EQ(missing_language.status, 422);
    auto const form = "wishes-" + std::to_string(amina);
    EXPECT_TRUE(contains(missing_language.body, "href=\"#" + form + "-error\"")) << missing_language.body;
    EXPECT_TRUE(contains(missing_language.body, "id=\"" + form + "-error\" tabindex=\"-1\""));
    EXPECT_TRUE(contains(missing_language.body, "Tick at least one language she works in"));
    for (auto const enrolment_id : {amina, chloe}) {
        auto const saved =
            post(browser, page + "/wishes", wishes_of(browser, enrolment_id, "&languages=fr"), in_english);
        ASSERT_EQ(saved.status, 303) << saved.body;
        EXPECT_EQ(saved.header("location"), page + "?notice=wishes#wishes-" + std::to_string(enrolment_id));
    }
    get(browser, page, in_english);
    auto const viewed = post(browser, page + "/views",
                             "csrf_token=" + browser.csrf_token + "&offer_id=" + std::to_string(offer_id) +
                                 "&view_" + std::to_string(amina) + "=1",
                             in_english);
    ASSERT_EQ(viewed.status, 303) << viewed.body;

    get(browser, page, in_english);
    ASSERT_EQ(post(browser, page + "/run", "csrf_token=" + browser.csrf_token, in_english).status, 303);
    auto const run = get(browser, page, in_english);
    EXPECT_TRUE(contains(run.body, "1 trainee placed out of 2.")) << run.body;
    EXPECT_TRUE(contains(run.body, "<td>She has not agreed that her profile be shown to employers</td>"));
    EXPECT_TRUE(contains(run.body, "Every offer she wished for was left out (see below)"));
    EXPECT_TRUE(contains(run.body, "One more place here would place no one more."));
    EXPECT_TRUE(contains(run.body, "Rank 1"));

    auto const download = get(browser, page + "/match.json", in_english);
    ASSERT_EQ(download.status, 200);
    auto const input = nlohmann::json::parse(download.body);
    EXPECT_EQ(input["tie_break"]["seed"].get<long long>(), count("SELECT seed FROM placement_rounds"));
    EXPECT_EQ(input["programs"][0]["priority"][0][0], "e" + std::to_string(amina));

    auto const unexplained = post(browser, page + "/adjustments",
                                  "csrf_token=" + browser.csrf_token +
                                      "&enrolment_id=" + std::to_string(amina) + "&offer_id=&reason=",
                                  in_english);
    EXPECT_EQ(unexplained.status, 422);
    EXPECT_TRUE(contains(unexplained.body, "href=\"#adjust-" + std::to_string(amina) + "-error\""));
    EXPECT_TRUE(contains(unexplained.body, "Say why the result is changed"));
    EXPECT_TRUE(contains(unexplained.body, "<details open>"));

    auto const confirmed =
        post(browser, page + "/confirmation", "csrf_token=" + browser.csrf_token, in_english);
    ASSERT_EQ(confirmed.status, 303) << confirmed.body;
    EXPECT_EQ(confirmed.header("location"), page + "?notice=confirmed#confirm");
    auto const after = get(browser, page + "?notice=confirmed", in_english);
    EXPECT_TRUE(contains(after.body, "The round is confirmed: the traineeships are made."));
    EXPECT_FALSE(contains(after.body, page + "/run")) << "a confirmed round takes no more changes";
    EXPECT_EQ(count("SELECT COUNT(*) FROM traineeships WHERE offer_id = " + std::to_string(offer_id)), 1);
}

TEST_P(PlacementPages, TheCoordinatorReadsTheRoundWithoutItsForms)
{
    auto const round = placement.open(head, cohort_id);
    ASSERT_TRUE(round);
    ASSERT_TRUE(placement.set_wishes(head, *round, {amina, {offer_id}, {"fr", "nl"}}));
    auto browser = signed_in("coordinator");
    auto const read = get(browser, page, in_english);
    ASSERT_EQ(read.status, 200);
    EXPECT_TRUE(contains(read.body, "Works in: Français, Nederlands")) << read.body;
    EXPECT_FALSE(contains(read.body, page + "/wishes"));
    EXPECT_FALSE(contains(read.body, page + "/run"));
    EXPECT_EQ(post(browser, page + "/run", "csrf_token=" + browser.csrf_token, in_english).status, 403);
    auto trainer = signed_in("trainer");
    EXPECT_EQ(get(trainer, page, in_english).status, 403);
}

// Placement rounds on both backends: opened with the cohort's open offers, run with a stored
// seed that `tremplin match` reproduces, consent enforced, a result adjusted for a reason and
// audited without it, and confirmed once into planned traineeships, all or nothing.
// docs/domain.md "Placement round"

#include "match/matching.hpp"
#include "service/offer_service.hpp"
#include "service/partner_service.hpp"
#include "service/placement_round_service.hpp"
#include "service/traineeship_service.hpp"
#include "training_fixture.hpp"

using namespace tremplin;
using domain::ErrorCode;
using domain::PlacementRoundStatus;

namespace {

class PlacementRounds : public test_support::TrainingTest {
  protected:
    PlacementRounds()
    {
        job_coach = add("jobcoach", domain::Role::JobCoach);
        track_id = track();
        auto cohort = cohort_on(track_id);
        cohort.traineeship = domain::TraineeshipPeriod{day("2026-06-01"), day("2026-06-26")};
        cohort_id = *training.cohorts.create(coordinator, cohort);
        amina = enrol(cohort_id, trainee("Amina", "El Idrissi", true));
        berthe = enrol(cohort_id, trainee("Berthe", "Mukendi", true));
        chloe = enrol(cohort_id, trainee("Chloé", "Dubois", false));
        auto const partner = partners.create(job_coach, {.name = "Acme Brussels", .kind = "enterprise"},
                                             service::DuplicateCheck::Warn);
        partner_id = *partner->id;
        tutor_id = *partners.add_contact(job_coach, partner_id, {.name = "Lena Peeters", .language = "nl"});
        acme = open_offer("2", "2026-05-25", "2026-07-03", {});
        dutch = open_offer("1", "2026-06-01", "2026-06-26", {"nl"});
        round_id = *rounds.open(job_coach, cohort_id);
    }

    long long trainee(std::string const& first, std::string const& last, bool shares)
    {
        domain::ParticipantInput input;
        input.set(domain::participant_fields::first_name, first);
        input.set(domain::participant_fields::last_name, last);
        input.set(domain::participant_fields::gender, "woman");
        input.set(domain::participant_fields::preferred_language, "fr");
        input.set(domain::participant_fields::postcode, "1000");
        input.set(domain::participant_fields::consent_field(domain::ConsentKind::ShareWithEmployers),
                  shares ? "yes" : "no");
        auto const created =
            participants.create(coordinator, input, service::DuplicateCheck::ConfirmedDifferentPerson);
        EXPECT_TRUE(created && created->id);
        return *created->id;
    }

    long long open_offer(std::string places, std::string from, std::string to,
                         std::vector<std::string> languages, bool open = true)
    {
        domain::OfferInput typed;
        typed.title = "Junior web developer";
        typed.occupation = "2512";
        typed.places = std::move(places);
        typed.starts_on = std::move(from);
        typed.ends_on = std::move(to);
        typed.hours_per_week = "30";
        typed.tutor = std::to_string(tutor_id);
        typed.tracks = {std::to_string(track_id)};
        typed.languages = std::move(languages);
        auto const id = offers.create(job_coach, partner_id, typed);
        EXPECT_TRUE(id);
        if (open) {
            EXPECT_TRUE(offers.change_status(job_coach, *id, domain::OfferStatus::Open));
        }
        return *id;
    }

    void wish(long long enrolment_id, std::vector<long long> offer_ids,
              std::vector<std::string> languages = {"fr"})
    {
        auto const set =
            rounds.set_wishes(job_coach, round_id, {enrolment_id, std::move(offer_ids), languages});
        ASSERT_TRUE(set) << set.error().message_key;
    }

    store::StoredPlacementRound stored()
    {
        auto const page = rounds.page(job_coach, cohort_id);
        EXPECT_TRUE(page && page->round);
        return *page->round;
    }

    store::PlacementResult result_of(long long enrolment_id)
    {
        for (auto const& result : stored().results)
            if (result.enrolment_id == enrolment_id)
                return result;
        ADD_FAILURE() << "no result for " << enrolment_id;
        return {};
    }

    static bool refused_with(domain::Result<void> const& result, std::string const& key)
    {
        return !result && !result.error().fields.empty() && result.error().fields.front().message_key == key;
    }

    service::PartnerService partners{database(), clock};
    service::OfferService offers{database(), clock};
    service::TraineeshipService traineeships{database(), clock};
    service::PlacementRoundService rounds{database(), clock};
    service::Actor job_coach;
    long long track_id = 0, cohort_id = 0, amina = 0, berthe = 0, chloe = 0;
    long long partner_id = 0, tutor_id = 0, acme = 0, dutch = 0, round_id = 0;
};
TREMPLIN_ON_EVERY_BACKEND(PlacementRounds);

} // namespace

TEST_P(PlacementRounds, ItOpensWithTheOpenOffersOverlappingTheCohortsPeriodAndTheCoordinatorOnlyReadsIt)
{
    open_offer("1", "2026-09-01", "2026-09-30", {});                 // after the period
    open_offer("1", "2026-06-01", "2026-06-26", {}, /*open=*/false); // a draft
    auto const page = rounds.page(coordinator, cohort_id);
    ASSERT_TRUE(page && page->round);
    EXPECT_EQ(page->round->offer_ids, (std::vector<long long>{acme, dutch}));
    EXPECT_EQ(page->trainees.size(), 3U);
    EXPECT_FALSE(page->may_manage);
    EXPECT_EQ(rounds.open(job_coach, cohort_id), round_id) << "one round a cohort";
    EXPECT_EQ(rounds.run(coordinator, round_id).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(rounds.page(trainer, cohort_id).error().code, ErrorCode::Forbidden);
}

TEST_P(PlacementRounds, ARunKeepsItsSeedAndTheMatchInputGivesTheSameResult)
{
    // Four trainees for Acme's two places, none ranked by the host: the lottery decides.
    auto const dina = enrol(cohort_id, trainee("Dina", "Haddad", true));
    auto const eva = enrol(cohort_id, trainee("Eva", "Janssens", true));
    auto const fatou = enrol(cohort_id, trainee("Fatou", "Diallo", true));
    for (auto const enrolment_id : {dina, eva, fatou})
        wish(enrolment_id, {acme});
    wish(amina, {dutch, acme});
    wish(berthe, {dutch, acme}, {"fr", "nl"});
    wish(chloe, {acme});
    auto const seed = rounds.run(job_coach, round_id);
    ASSERT_TRUE(seed);
    auto const round = stored();
    EXPECT_EQ(round.status, PlacementRoundStatus::Run);
    EXPECT_EQ(round.seed, *seed);
    EXPECT_EQ(result_of(berthe).offer_id, dutch) << "the only one who works in Dutch";

    auto const input = rounds.match_input(job_coach, cohort_id);
    ASSERT_TRUE(input);
    EXPECT_EQ(input->seed, *seed);
    auto const matching = match::match(input->instance);
    ASSERT_TRUE(matching);
    for (std::size_t a = 0; a < input->instance.applicants.size(); ++a) {
        auto const enrolment_id = std::stoll(input->instance.applicants[a].id.substr(1));
        auto const program = matching->assignment[a];
        auto const offer = program == match::unassigned
                               ? std::optional<long long>()
                               : std::stoll(input->instance.programs[program].id.substr(1));
        EXPECT_EQ(result_of(enrolment_id).offer_id, offer) << input->instance.applicants[a].id;
    }
    EXPECT_EQ(
        count("SELECT COUNT(*) FROM audit_events WHERE action = 'placement_round.run' AND detail = 'seed " +
              std::to_string(*seed) + ", 3 placed'"),
        1);
}

TEST_P(PlacementRounds, ATraineeWhoDidNotAgreeToShareHerProfileIsNeverPlacedAndTheExclusionSaysWhy)
{
    wish(chloe, {acme});
    ASSERT_TRUE(rounds.run(job_coach, round_id));
    auto const round = stored();
    EXPECT_FALSE(result_of(chloe).offer_id);
    EXPECT_EQ(result_of(chloe).unplaced, "all_excluded");
    EXPECT_TRUE(std::ranges::any_of(round.exclusions, [&](store::PlacementExclusionRow const& row) {
        return row.enrolment_id == chloe && row.offer_id == acme &&
               row.reason == domain::PlacementExclusion::NoConsentToShare;
    }));
    EXPECT_TRUE(refused_with(rounds.adjust(job_coach, round_id, chloe, acme, "She asked for it"),
                             "errors.placement.offer_excluded"))
        << "an adjustment does not lift the rules";
    EXPECT_FALSE(result_of(chloe).offer_id);
}

TEST_P(PlacementRounds, AnAdjustmentTakesAReasonAndAPlaceLeftAndIsAuditedWithoutTheReason)
{
    wish(amina, {acme}, {"fr", "nl"});
    wish(berthe, {dutch}, {"nl"});
    ASSERT_TRUE(rounds.run(job_coach, round_id));
    ASSERT_EQ(result_of(berthe).offer_id, dutch);
    EXPECT_TRUE(refused_with(rounds.adjust(job_coach, round_id, amina, dutch, "closer to home"),
                             "errors.placement.no_place_left"));
    EXPECT_TRUE(refused_with(rounds.adjust(job_coach, round_id, amina, std::nullopt, "  "),
                             "errors.placement.reason_missing"));
    EXPECT_EQ(rounds.adjust(coordinator, round_id, amina, std::nullopt, "x").error().code,
              ErrorCode::Forbidden);
    ASSERT_TRUE(rounds.adjust(job_coach, round_id, amina, std::nullopt, "Starts a job on 1 June"));
    auto const adjusted = result_of(amina);
    EXPECT_FALSE(adjusted.offer_id);
    EXPECT_TRUE(adjusted.adjusted);
    EXPECT_EQ(adjusted.adjustment_reason, "Starts a job on 1 June");
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'placement_round.result_adjusted' AND "
                    "subject_id = " +
                    std::to_string(amina) + " AND detail NOT LIKE '%job%'"),
              1);

    // Acme has a place left since: Berthe may take it.
    ASSERT_TRUE(rounds.adjust(job_coach, round_id, berthe, acme, "nearer"));
    EXPECT_EQ(result_of(berthe).offer_id, acme);
}

TEST_P(PlacementRounds, ConfirmingMakesAPlannedTraineeshipForEachPlacedTraineeOnce)
{
    wish(amina, {acme});
    wish(berthe, {dutch}, {"nl"});
    ASSERT_TRUE(rounds.run(job_coach, round_id));
    ASSERT_TRUE(rounds.confirm(job_coach, round_id));
    auto const board = traineeships.of_cohort(job_coach, cohort_id);
    ASSERT_TRUE(board);
    ASSERT_EQ(board->size(), 2U);
    for (auto const& line : *board) {
        EXPECT_EQ(line.traineeship.status, domain::TraineeshipStatus::Planned);
        EXPECT_EQ(line.traineeship.starts_on, day("2026-06-01")) << "the cohort's period within the offer's";
        EXPECT_EQ(line.traineeship.ends_on, day("2026-06-26"));
        EXPECT_EQ(line.traineeship.hours_per_week, 30);
        EXPECT_EQ(line.traineeship.tutor_contact_id, tutor_id);
    }
    EXPECT_EQ(stored().status, PlacementRoundStatus::Confirmed);
    EXPECT_TRUE(result_of(amina).traineeship_id);
    auto const status_of = [&](long long offer) { return offers.offer(job_coach, offer)->offer.status; };
    EXPECT_EQ(status_of(dutch), domain::OfferStatus::Filled) << "its one place went to the round";
    EXPECT_EQ(status_of(acme), domain::OfferStatus::Open) << "a place is left";

    EXPECT_TRUE(refused_with(rounds.confirm(job_coach, round_id), "errors.placement.confirmed"));
    auto const run_again = rounds.run(job_coach, round_id);
    ASSERT_FALSE(run_again);
    EXPECT_EQ(run_again.error().fields.front().message_key, "errors.placement.confirmed");
    EXPECT_EQ(count("SELECT COUNT(*) FROM traineeships"), 2);
}

TEST_P(PlacementRounds, AConfirmationOneTraineeshipOfWhichIsRefusedMakesNone)
{
    wish(amina, {acme});
    wish(berthe, {acme});
    ASSERT_TRUE(rounds.run(job_coach, round_id));
    // Berthe has a traineeship recorded by hand since: the round's would overlap it.
    domain::Traineeship by_hand;
    by_hand.enrolment_id = berthe;
    by_hand.partner_id = partner_id;
    by_hand.starts_on = day("2026-06-15");
    by_hand.ends_on = day("2026-06-26");
    by_hand.hours_per_week = 38;
    ASSERT_TRUE(traineeships.record(job_coach, by_hand));
    EXPECT_TRUE(refused_with(rounds.confirm(job_coach, round_id), "errors.traineeship.overlaps_another"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM traineeships"), 1);
    EXPECT_EQ(stored().status, PlacementRoundStatus::Run);
}

TEST_P(PlacementRounds, ChangingAWishOrAHostsViewAfterTheRunTakesItBackToDraft)
{
    wish(amina, {acme});
    ASSERT_TRUE(rounds.run(job_coach, round_id));
    wish(berthe, {acme});
    EXPECT_EQ(stored().status, PlacementRoundStatus::Draft);
    EXPECT_TRUE(stored().results.empty());
    EXPECT_TRUE(refused_with(rounds.confirm(job_coach, round_id), "errors.placement.not_run"));

    ASSERT_TRUE(rounds.run(job_coach, round_id));
    ASSERT_TRUE(
        rounds.set_host_views(job_coach, round_id, acme, {{.enrolment_id = berthe, .refused = true}}));
    EXPECT_EQ(stored().status, PlacementRoundStatus::Draft);
    EXPECT_FALSE(rounds.set_host_views(job_coach, round_id, acme, {{.enrolment_id = chloe, .rank = 1}}))
        << "Chloé did not wish for it";
    ASSERT_TRUE(rounds.run(job_coach, round_id));
    EXPECT_EQ(result_of(berthe).unplaced, "all_excluded");
    EXPECT_EQ(result_of(amina).offer_id, acme);
}

// The traineeship offers on both backends: who may read and change them, their statuses, the
// audit rows (without values), and the enterprise's link: answered once, refused when used,
// expired or guessed, and nothing changed by a wrong answer.

#include "service/offer_service.hpp"
#include "service/partner_service.hpp"
#include "training_fixture.hpp"

using namespace tremplin;
using domain::ErrorCode;

namespace {

class Offers : public test_support::TrainingTest {
  protected:
    Offers() : partners(database(), clock), offers(database(), clock)
    {
        job_coach = add("jobcoach", domain::Role::JobCoach);
        track_id = track();
        auto const partner = partners.create(job_coach, {.name = "Acme Brussels", .kind = "enterprise"},
                                             service::DuplicateCheck::Warn);
        EXPECT_TRUE(partner && partner->id);
        partner_id = *partner->id;
        contact_id = *partners.add_contact(job_coach, partner_id, {.name = "Lena Peeters", .language = "nl"});
    }

    domain::OfferInput input() const
    {
        domain::OfferInput typed;
        typed.title = "Junior web developer";
        typed.occupation = "2512";
        typed.places = "2";
        typed.starts_on = "2026-03-02";
        typed.ends_on = "2026-04-24";
        typed.hours_per_week = "38";
        typed.tutor = std::to_string(contact_id);
        typed.tracks = {std::to_string(track_id)};
        typed.languages = {"nl", "en"};
        return typed;
    }

    long long created()
    {
        auto const id = offers.create(job_coach, partner_id, input());
        EXPECT_TRUE(id);
        return id ? *id : 0;
    }

    long long audited(std::string const& action)
    {
        return count("SELECT COUNT(*) FROM audit_events WHERE action = '" + action + "'");
    }

    service::PartnerService partners;
    service::OfferService offers;
    service::Actor job_coach;
    long long track_id = 0;
    long long partner_id = 0;
    long long contact_id = 0;
};
TREMPLIN_ON_EVERY_BACKEND(Offers);

} // namespace

TEST_P(Offers, TheJobCoachAddsAnOfferAsADraftAndOpensIt)
{
    auto const id = created();
    auto const details = offers.offer(job_coach, id);
    ASSERT_TRUE(details);
    EXPECT_EQ(details->offer.status, domain::OfferStatus::Draft);
    EXPECT_EQ(details->offer.track_ids, std::vector<long long>{track_id});
    EXPECT_EQ(details->offer.languages, (std::vector<std::string>{"nl", "en"}));
    EXPECT_EQ(details->offer.tutor_contact_id, std::optional<long long>(contact_id));
    EXPECT_EQ(details->partner.name, "Acme Brussels");
    EXPECT_TRUE(details->may.manage);

    ASSERT_TRUE(offers.change_status(job_coach, id, domain::OfferStatus::Open));
    auto const moved = offers.change_status(job_coach, id, domain::OfferStatus::Draft);
    ASSERT_FALSE(moved);
    EXPECT_EQ(moved.error().code, ErrorCode::Conflict);

    auto const open = offers.list(coordinator, {.status = domain::OfferStatus::Open, .track_id = track_id});
    ASSERT_TRUE(open);
    ASSERT_EQ(open->rows.size(), 1U);
    EXPECT_EQ(open->rows[0].partner_name, "Acme Brussels");
    EXPECT_TRUE(offers.list(coordinator, {.status = domain::OfferStatus::Filled})->rows.empty());
    EXPECT_EQ(offers.of_partner(coordinator, partner_id)->size(), 1U);
    EXPECT_EQ(audited("offer.created"), 1);
    EXPECT_EQ(audited("offer.status_changed"), 1);
}

TEST_P(Offers, ZeroPlacesOrAnEndBeforeTheStartSavesNothing)
{
    auto typed = input();
    typed.places = "0";
    typed.ends_on = "2026-03-01";
    auto const refused = offers.create(job_coach, partner_id, typed);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(refused.error().fields,
              (std::vector<domain::FieldError>{{"places", "errors.offer.places_out_of_range"},
                                               {"ends_on", "errors.offer.ends_before_start"}}));
    EXPECT_EQ(count("SELECT COUNT(*) FROM offers"), 0);
}

TEST_P(Offers, ATutorOfAnotherPartnerIsRefused)
{
    auto const other =
        partners.create(job_coach, {.name = "Other SA", .kind = "enterprise"}, service::DuplicateCheck::Warn);
    auto const stranger = partners.add_contact(job_coach, *other->id, {.name = "Marc", .language = "fr"});
    auto typed = input();
    typed.tutor = std::to_string(*stranger);
    auto const refused = offers.create(job_coach, partner_id, typed);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().fields,
              (std::vector<domain::FieldError>{{"tutor", "errors.offer.tutor_unknown"}}));
}

TEST_P(Offers, TheCoordinatorReadsButChangesNothingAndATrainerSeesNothing)
{
    auto const id = created();
    auto const read = offers.offer(coordinator, id);
    ASSERT_TRUE(read);
    EXPECT_FALSE(read->may.manage);
    EXPECT_EQ(offers.create(coordinator, partner_id, input()).error().code, ErrorCode::Forbidden);
    // Refused before the form is read: an invalid form is refused the same way.
    EXPECT_EQ(offers.update(coordinator, id, {}).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(offers.change_status(coordinator, id, domain::OfferStatus::Open).error().code,
              ErrorCode::Forbidden);
    EXPECT_EQ(offers.make_link(coordinator, id, contact_id).error().code, ErrorCode::Forbidden);
    for (auto const& who : {trainer, funder}) {
        EXPECT_EQ(offers.offer(who, id).error().code, ErrorCode::Forbidden);
        EXPECT_EQ(offers.list(who, {}).error().code, ErrorCode::Forbidden);
    }
}

TEST_P(Offers, AnotherCentreFindsNothing)
{
    auto const id = created();
    auto stranger = job_coach;
    stranger.account.organisation_id = another_centre();
    EXPECT_EQ(offers.offer(stranger, id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(offers.create(stranger, partner_id, input()).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(offers.list(stranger, {})->rows.empty());
}

TEST_P(Offers, TheEnterpriseCorrectsItsOfferOnceAndTheSecondAnswerIsRefused)
{
    auto const id = created();
    auto const token = offers.make_link(job_coach, id, contact_id);
    ASSERT_TRUE(token);
    EXPECT_EQ(count("SELECT COUNT(*) FROM offer_links WHERE token_hash = '" + *token + "'"), 0)
        << "only the hash is kept";

    auto const check = offers.check(*token);
    ASSERT_TRUE(check);
    EXPECT_EQ(check->contact.language, "nl");
    EXPECT_EQ(check->partner_name, "Acme Brussels");

    auto corrections = domain::input_of(check->offer);
    corrections.places = "3";
    corrections.occupation = "9999"; // not hers to change: ignored
    ASSERT_TRUE(offers.answer(*token, service::EnterpriseAnswer::Correct, corrections, "198.51.100.7"));

    auto const second = domain::input_of(check->offer); // two places again
    auto const again = offers.answer(*token, service::EnterpriseAnswer::Correct, second, "198.51.100.7");
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_EQ(again.error().message_key, "errors.offer_link.used");
    EXPECT_EQ(offers.check(*token).error().code, ErrorCode::Conflict);

    auto const details = offers.offer(job_coach, id);
    EXPECT_EQ(details->offer.places, 3) << "the first answer is kept";
    EXPECT_EQ(details->offer.occupation, "2512");
    EXPECT_EQ(details->offer.confirmed_by_contact_id, std::optional<long long>(contact_id));
    EXPECT_FALSE(details->offer.confirmed_at.empty());
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'offer.corrected_by_enterprise' "
                    "AND detail = 'contact " +
                    std::to_string(contact_id) + ": places' AND staff_account_id IS NULL"),
              1);
}

TEST_P(Offers, AWrongAnswerChangesNothingAndLeavesTheLinkToUse)
{
    auto const id = created();
    auto const token = *offers.make_link(job_coach, id, contact_id);
    auto corrections = domain::input_of(offers.offer(job_coach, id)->offer);
    corrections.places = "0";
    auto const refused =
        offers.answer(token, service::EnterpriseAnswer::Correct, corrections, "198.51.100.7");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().fields,
              (std::vector<domain::FieldError>{{"places", "errors.offer.places_out_of_range"}}));
    EXPECT_EQ(count("SELECT COUNT(*) FROM offer_links WHERE used_at IS NOT NULL"), 0);
    EXPECT_EQ(count("SELECT places FROM offers"), 2);
    ASSERT_TRUE(offers.answer(token, service::EnterpriseAnswer::Confirm, {}, "198.51.100.7"));
    EXPECT_EQ(count("SELECT places FROM offers"), 2) << "confirmed as it is";
    EXPECT_EQ(audited("offer.confirmed_by_enterprise"), 1);
}

TEST_P(Offers, AnExpiredOrGuessedLinkOpensNothingAndChangesNothing)
{
    auto const id = created();
    auto const token = *offers.make_link(job_coach, id, contact_id);
    clock.advance(std::chrono::days(domain::offer_link_days) - std::chrono::seconds(1));
    EXPECT_TRUE(offers.check(token)) << "still valid on its last second";
    clock.advance(std::chrono::seconds(1));
    EXPECT_EQ(offers.check(token).error().code, ErrorCode::NotFound);
    EXPECT_EQ(offers.answer(token, service::EnterpriseAnswer::Confirm, {}, "198.51.100.7").error().code,
              ErrorCode::NotFound);
    EXPECT_EQ(offers.check("guessed").error().code, ErrorCode::NotFound);
    EXPECT_EQ(offers.answer("guessed", service::EnterpriseAnswer::Confirm, {}, "198.51.100.7").error().code,
              ErrorCode::NotFound);
    EXPECT_EQ(count("SELECT COUNT(*) FROM offers WHERE confirmed_at IS NOT NULL"), 0);
    EXPECT_EQ(audited("offer.confirmed_by_enterprise"), 0);
}

TEST_P(Offers, ANewLinkReplacesTheOldOne)
{
    auto const id = created();
    auto const first = *offers.make_link(job_coach, id, contact_id);
    auto const second = *offers.make_link(job_coach, id, contact_id);
    EXPECT_EQ(offers.check(first).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(offers.check(second));
    EXPECT_EQ(count("SELECT COUNT(*) FROM offer_links"), 1);
    EXPECT_EQ(audited("offer_link.made"), 2);
}

TEST_P(Offers, ARemovedTutorLeavesTheOfferWithoutOne)
{
    auto const id = created();
    ASSERT_TRUE(offers.make_link(job_coach, id, contact_id));
    ASSERT_TRUE(partners.remove_contact(job_coach, partner_id, contact_id));
    auto const details = offers.offer(job_coach, id);
    ASSERT_TRUE(details);
    EXPECT_FALSE(details->offer.tutor_contact_id);
    EXPECT_FALSE(details->link);
}

TEST_P(Offers, AnAnswerPastThePublicFormsLimitIsRefusedAndChangesNothing)
{
    auto const id = created();
    auto const token = *offers.make_link(job_coach, id, contact_id);
    {
        service::PublicDesk desk(clock);
        auto connection = database().connect();
        for (int i = 0; i < service::PublicLimits{}.submissions_per_hour; ++i)
            ASSERT_TRUE(desk.admit(connection, job_coach.organisation_id(), "application", "198.51.100.7"));
    }
    auto const refused = offers.answer(token, service::EnterpriseAnswer::Confirm, {}, "198.51.100.7");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::TooManyAttempts);
    EXPECT_EQ(count("SELECT COUNT(*) FROM offer_links WHERE used_at IS NULL"), 1);
    EXPECT_TRUE(offers.answer(token, service::EnterpriseAnswer::Confirm, {}, "198.51.100.8"))
        << "another address";
}

// Traineeships on both backends: recorded inside the cohort's period, never overlapping another
// of hers, with the partner's own tutor; status, signatures and "hired by the host"; the job
// coach manages them and the coordinator reads them. docs/domain.md "Traineeship record"

#include "service/offer_service.hpp"
#include "service/partner_service.hpp"
#include "service/traineeship_service.hpp"
#include "training_fixture.hpp"

using namespace tremplin;
using domain::ErrorCode;
using domain::TraineeshipStatus;

namespace {

class Traineeships : public test_support::TrainingTest {
  protected:
    Traineeships()
    {
        job_coach = add("jobcoach", domain::Role::JobCoach);
        track_id = track();
        auto cohort = cohort_on(track_id);
        cohort.traineeship = domain::TraineeshipPeriod{day("2026-06-01"), day("2026-06-26")};
        cohort_id = *training.cohorts.create(coordinator, cohort);
        amina = enrol(cohort_id, participant("Amina", "El Idrissi"));
        acme = partner("Acme Brussels SRL");
        lena = *partners.add_contact(job_coach, acme, {.name = "Lena Peeters", .language = "nl"});
    }

    long long partner(std::string const& name)
    {
        auto const created =
            partners.create(job_coach, {.name = name, .kind = "enterprise"}, service::DuplicateCheck::Warn);
        EXPECT_TRUE(created && created->id);
        return created && created->id ? *created->id : 0;
    }

    domain::Traineeship at(long long partner_id, std::string_view from, std::string_view to)
    {
        domain::Traineeship traineeship;
        traineeship.enrolment_id = amina;
        traineeship.partner_id = partner_id;
        traineeship.starts_on = day(from);
        traineeship.ends_on = day(to);
        traineeship.hours_per_week = 38;
        return traineeship;
    }

    bool refused_on(domain::Result<long long> const& result, std::string const& field, std::string const& key)
    {
        return !result && std::ranges::any_of(result.error().fields, [&](auto const& error) {
            return error.field == field && error.message_key == key;
        });
    }

    // An offer of the partner, for June 2026: its id.
    long long offer_of(long long partner_id)
    {
        domain::OfferInput input;
        input.title = "Support technician";
        input.occupation = "3512";
        input.tracks = {std::to_string(track_id)};
        input.places = "1";
        input.starts_on = "2026-06-01";
        input.ends_on = "2026-06-26";
        input.hours_per_week = "38";
        auto const id = offers.create(job_coach, partner_id, input);
        EXPECT_TRUE(id) << (id ? "" : id.error().message_key);
        return id.value_or(0);
    }

    service::PartnerService partners{database(), clock};
    service::OfferService offers{database(), clock};
    service::TraineeshipService traineeships{database(), clock};
    service::Actor job_coach;
    long long track_id = 0, cohort_id = 0, amina = 0, acme = 0, lena = 0;
};
TREMPLIN_ON_EVERY_BACKEND(Traineeships);

} // namespace

TEST_P(Traineeships, TheJobCoachRecordsOneAndTheCoordinatorReadsTheCohortsBoard)
{
    auto traineeship = at(acme, "2026-06-01", "2026-06-26");
    traineeship.tutor_contact_id = lena;
    auto const id = traineeships.record(job_coach, traineeship);
    ASSERT_TRUE(id) << id.error().message_key;
    auto const board = traineeships.of_cohort(coordinator, cohort_id);
    ASSERT_TRUE(board);
    ASSERT_EQ(board->size(), 1U);
    EXPECT_EQ(board->front().partner_name, "Acme Brussels SRL");
    EXPECT_EQ(board->front().tutor_name, "Lena Peeters");
    EXPECT_EQ(board->front().last_name, "El Idrissi");
    EXPECT_EQ(board->front().traineeship.status, TraineeshipStatus::Planned);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'traineeship.recorded'"), 1);

    EXPECT_EQ(traineeships.record(coordinator, traineeship).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(traineeships.of_cohort(trainer, cohort_id).error().code, ErrorCode::Forbidden);
}

TEST_P(Traineeships, OneOutsideTheCohortsPeriodOrOverlappingAnotherOfHersIsRefused)
{
    EXPECT_TRUE(refused_on(traineeships.record(job_coach, at(acme, "2026-05-25", "2026-06-12")), "starts_on",
                           "errors.traineeship.outside_period"));
    ASSERT_TRUE(traineeships.record(job_coach, at(acme, "2026-06-01", "2026-06-12")));
    auto const other = partner("Banque Populaire SA");
    EXPECT_TRUE(refused_on(traineeships.record(job_coach, at(other, "2026-06-12", "2026-06-26")), "starts_on",
                           "errors.traineeship.overlaps_another"));
    EXPECT_TRUE(traineeships.record(job_coach, at(other, "2026-06-15", "2026-06-26")));
    EXPECT_EQ(count("SELECT COUNT(*) FROM traineeships"), 2);
}

TEST_P(Traineeships, ATutorOfAnotherPartnerIsRefused)
{
    auto traineeship = at(partner("Banque Populaire SA"), "2026-06-01", "2026-06-26");
    traineeship.tutor_contact_id = lena;
    EXPECT_TRUE(refused_on(traineeships.record(job_coach, traineeship), "tutor_contact_id",
                           "errors.traineeship.tutor_not_of_partner"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM traineeships"), 0);
}

TEST_P(Traineeships, AnOfferOfAnotherPartnerIsRefused)
{
    auto traineeship = at(acme, "2026-06-01", "2026-06-26");
    traineeship.offer_id = offer_of(partner("Banque Populaire SA"));
    EXPECT_TRUE(refused_on(traineeships.record(job_coach, traineeship), "offer_id",
                           "errors.traineeship.offer_not_of_partner"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM traineeships"), 0);
    traineeship.offer_id = offer_of(acme);
    EXPECT_TRUE(traineeships.record(job_coach, traineeship)) << "its own offer is taken";
}

TEST_P(Traineeships, ATraineeWhoLeftTheCohortIsRefused)
{
    ASSERT_TRUE(training.enrolments.change_stage(
        coordinator, amina, {domain::EnrolmentStage::Withdrawn, {}, domain::WithdrawalReason::FoundJob, 0}));
    EXPECT_TRUE(refused_on(traineeships.record(job_coach, at(acme, "2026-06-01", "2026-06-26")),
                           "enrolment_id", "errors.traineeship.enrolment_closed"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM traineeships"), 0);
}

TEST_P(Traineeships, AsOneCohortsTraineeshipATraineeOfAnotherIsRefused)
{
    auto const track_id = training.cohorts.cohort(coordinator, cohort_id)->cohort.track_id;
    auto const other_id = *training.cohorts.create(coordinator, cohort_on(track_id, "WEB 2026-B"));
    EXPECT_TRUE(refused_on(traineeships.record(job_coach, at(acme, "2026-06-01", "2026-06-26"), other_id),
                           "enrolment_id", "errors.traineeship.enrolment_of_another_cohort"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM traineeships"), 0);
    EXPECT_TRUE(traineeships.record(job_coach, at(acme, "2026-06-01", "2026-06-26"), cohort_id));
}

TEST_P(Traineeships, AnInterruptionTakesAReasonAndHerLastDayAndClosesIt)
{
    auto const id = *traineeships.record(job_coach, at(acme, "2026-06-01", "2026-06-26"));
    ASSERT_TRUE(traineeships.change_status(job_coach, id, {TraineeshipStatus::Ongoing, {}, {}}));
    auto const without_reason =
        traineeships.change_status(job_coach, id, {TraineeshipStatus::Interrupted, {}, day("2026-06-10")});
    ASSERT_FALSE(without_reason);
    EXPECT_EQ(without_reason.error().fields.front().field, "interruption");
    auto const after_its_end = traineeships.change_status(
        job_coach, id,
        {TraineeshipStatus::Interrupted, domain::InterruptionReason::FoundJob, day("2026-06-29")});
    ASSERT_FALSE(after_its_end);
    EXPECT_EQ(after_its_end.error().fields.front().field, "left_on");
    ASSERT_TRUE(traineeships.change_status(
        job_coach, id,
        {TraineeshipStatus::Interrupted, domain::InterruptionReason::FoundJob, day("2026-06-10")}));
    auto const stored = traineeships.traineeship(coordinator, id);
    EXPECT_EQ(stored->status, TraineeshipStatus::Interrupted);
    EXPECT_EQ(stored->ends_on, day("2026-06-10"));
    EXPECT_EQ(stored->interruption, domain::InterruptionReason::FoundJob);
    EXPECT_FALSE(traineeships.change_status(job_coach, id, {TraineeshipStatus::Ongoing, {}, {}}))
        << "an interrupted traineeship is closed";
}

TEST_P(Traineeships, SignaturesAndAHireAreRecordedAndAudited)
{
    auto const id = *traineeships.record(job_coach, at(acme, "2026-06-01", "2026-06-26"));
    ASSERT_TRUE(traineeships.record_signature(job_coach, id, service::AgreementParty::Host, clock.today()));
    EXPECT_FALSE(traineeships.record_signature(job_coach, id, service::AgreementParty::Trainee,
                                               clock.today().plus_days(1)))
        << "not signed in the future";
    ASSERT_TRUE(traineeships.record_hired_by_host(job_coach, id, true));
    auto const stored = traineeships.traineeship(job_coach, id);
    EXPECT_EQ(stored->signatures.host, clock.today());
    EXPECT_FALSE(stored->signatures.trainee);
    EXPECT_FALSE(stored->signatures.complete());
    EXPECT_TRUE(stored->hired_by_host);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action IN ('traineeship.agreement_signed', "
                    "'traineeship.hired_by_host_recorded')"),
              2);
}

TEST_P(Traineeships, AnotherCentresTraineeshipIsNotFound)
{
    auto const id = *traineeships.record(job_coach, at(acme, "2026-06-01", "2026-06-26"));
    auto const elsewhere =
        accounts.add_account({"elsewhere", "Elsewhere", domain::Role::JobCoach, password, another_centre()});
    service::Actor other{*elsewhere, "192.0.2.11"};
    EXPECT_EQ(traineeships.traineeship(other, id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(traineeships.record_hired_by_host(other, id, true).error().code, ErrorCode::NotFound);
}

TEST_P(Traineeships, APartnerCountsTheTraineeshipsItHostedItsHiresAndTheCohortsItFunds)
{
    auto const planned = *traineeships.record(job_coach, at(acme, "2026-06-15", "2026-06-26"));
    auto const begun = *traineeships.record(job_coach, at(acme, "2026-06-01", "2026-06-12"));
    ASSERT_TRUE(traineeships.change_status(job_coach, begun, {TraineeshipStatus::Completed, {}, {}}));
    ASSERT_TRUE(traineeships.record_hired_by_host(job_coach, begun, true));
    auto const fund =
        partners.create(job_coach, {.name = "Fonds social", .kind = "funder"}, service::DuplicateCheck::Warn);
    auto cohort = cohort_on(track("SYSADM"), "SYSADM 2026-A");
    cohort.funding.partner_id = *fund->id;
    ASSERT_TRUE(training.cohorts.create(coordinator, cohort));

    auto const host = partners.partner(coordinator, acme);
    ASSERT_TRUE(host);
    EXPECT_EQ(host->contribution.traineeships_hosted, 1) << "a planned traineeship is not hosted yet";
    EXPECT_EQ(host->contribution.women_hired, 1);
    EXPECT_EQ(host->contribution.cohorts_funded, 0);
    EXPECT_EQ(partners.partner(coordinator, *fund->id)->contribution.cohorts_funded, 1);
    EXPECT_NE(planned, begun);
}

TEST_P(Traineeships, ThePartnerListCountsAndFindsTheHostsOfAYear)
{
    auto const other = partner("Beta Services SA");
    ASSERT_TRUE(traineeships.record(job_coach, at(other, "2026-06-15", "2026-06-26")));
    auto const begun = *traineeships.record(job_coach, at(acme, "2026-06-01", "2026-06-12"));
    ASSERT_TRUE(traineeships.change_status(job_coach, begun, {TraineeshipStatus::Ongoing, {}, {}}));

    auto const year = clock.today().year();
    ASSERT_EQ(year, 2026) << "the traineeships above are of the clock's year";
    auto const hosts = partners.list(coordinator, {.hosted_in = 2026});
    ASSERT_TRUE(hosts);
    ASSERT_EQ(hosts->rows.size(), 1u) << "a planned traineeship is not hosted yet";
    EXPECT_EQ(hosts->rows[0].partner.id, acme);
    EXPECT_EQ(hosts->hosting.in_year, 1);
    EXPECT_EQ(hosts->hosting.ever, 1);
    EXPECT_TRUE(partners.list(coordinator, {.hosted_in = 2025})->rows.empty());
    EXPECT_EQ(partners.list(coordinator, {.hosted_in = 0})->rows.size(), 1u);
    EXPECT_EQ(partners.list(coordinator, {})->rows.size(), 2u);
}

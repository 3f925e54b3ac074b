#include "cli/demo/demo_traineeships.hpp"

#include "cli/demo/demo_catalogue.hpp"

#include <algorithm>

namespace tremplin::cli {

namespace {

// The cohorts whose traineeship period ended over a week ago, the latest first: whatever day the
// demo is made, its traineeship is over and both its evaluations are late.
std::vector<domain::Cohort> cohorts_after_traineeship(std::vector<store::CohortSummary> const& cohorts,
                                                      domain::Date today)
{
    std::vector<domain::Cohort> ended;
    for (auto const& summary : cohorts)
        if (summary.cohort.traineeship &&
            summary.cohort.traineeship->ends_on.plus_days(domain::evaluation_grace_days) < today)
            ended.push_back(summary.cohort);
    std::ranges::sort(ended, [](domain::Cohort const& a, domain::Cohort const& b) {
        return b.traineeship->ends_on < a.traineeship->ends_on;
    });
    return ended;
}

} // namespace

DemoTraineeshipsSummary create_traineeships(service::Training& training, service::PartnerService& partners,
                                            service::TraineeshipService& traineeships,
                                            service::EvaluationService& evaluations,
                                            service::Actor const& reader, service::Actor const& job_coach,
                                            domain::Date today)
{
    DemoTraineeshipsSummary summary;
    std::optional<domain::Cohort> cohort;
    std::optional<long long> enrolment_id;
    using enum domain::EnrolmentStage;
    for (auto const& candidate :
         cohorts_after_traineeship(expect(training.cohorts.cohorts(reader), "the cohorts"), today)) {
        for (auto const& view :
             expect(training.enrolments.of_cohort(reader, candidate.id), "the cohort's trainees"))
            if (view.enrolment.stage != Withdrawn && view.enrolment.stage != Transferred) {
                enrolment_id = view.enrolment.id;
                break;
            }
        if (enrolment_id) {
            cohort = candidate;
            break;
        }
    }
    if (!cohort)
        return summary;
    auto const enterprises = expect(
        partners.list(job_coach, {.kind = domain::PartnerKind::Enterprise, .limit = 40}), "the enterprises");
    for (auto const& line : enterprises.rows) {
        auto const details = expect(partners.partner(job_coach, line.partner.id), "a partner");
        if (details.contacts.empty())
            continue;
        domain::Traineeship traineeship;
        traineeship.enrolment_id = *enrolment_id;
        traineeship.partner_id = details.partner.id;
        traineeship.tutor_contact_id = details.contacts.front().id;
        traineeship.starts_on = cohort->traineeship->starts_on;
        traineeship.ends_on = cohort->traineeship->ends_on;
        traineeship.hours_per_week = 38;
        auto const id = expect(traineeships.record(job_coach, traineeship), "a traineeship");
        expect(traineeships.change_status(job_coach, id, {domain::TraineeshipStatus::Completed, {}, {}}),
               "a traineeship completed");
        ++summary.traineeships;
        summary.waiting_link =
            "/evaluation/" +
            expect(evaluations.make_link(job_coach, id, domain::EvaluationKind::MidTerm, std::nullopt),
                   "a tutor's link");
        break;
    }
    return summary;
}

} // namespace tremplin::cli

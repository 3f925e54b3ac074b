#include "cli/demo/demo_traineeships.hpp"

#include "cli/demo/demo_catalogue.hpp"

#include <algorithm>

namespace tremplin::cli {

namespace {

// The cohorts whose traineeship period has begun: the one running today first, then the latest.
std::vector<domain::Cohort> cohorts_in_traineeship(std::vector<store::CohortSummary> const& cohorts,
                                                   domain::Date today)
{
    std::vector<domain::Cohort> begun;
    for (auto const& summary : cohorts)
        if (summary.cohort.traineeship && summary.cohort.traineeship->starts_on <= today)
            begun.push_back(summary.cohort);
    std::ranges::sort(begun, [&](domain::Cohort const& a, domain::Cohort const& b) {
        bool const a_running = today <= a.traineeship->ends_on;
        bool const b_running = today <= b.traineeship->ends_on;
        if (a_running != b_running)
            return a_running;
        return b.traineeship->ends_on < a.traineeship->ends_on;
    });
    return begun;
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
         cohorts_in_traineeship(expect(training.cohorts.cohorts(reader), "the cohorts"), today)) {
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

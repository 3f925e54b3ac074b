#include "cli/demo/demo_traineeships.hpp"

#include "cli/demo/demo_catalogue.hpp"

#include <algorithm>

namespace tremplin::cli {

namespace {

using domain::EvaluationKind;
using domain::TraineeshipStatus;

// The cohorts in training or after, with a traineeship period: the one whose period ended last
// first (its first trainee's evaluations are the waiting ones), then the others by their
// period's end, latest first.
std::vector<domain::Cohort> cohorts_in_traineeship(std::vector<store::CohortSummary> const& cohorts,
                                                   domain::Date today)
{
    std::vector<domain::Cohort> begun;
    for (auto const& summary : cohorts)
        if (summary.cohort.traineeship && summary.cohort.starts_on <= today)
            begun.push_back(summary.cohort);
    auto const ended = [&](domain::Cohort const& cohort) {
        return cohort.traineeship->ends_on.plus_days(domain::evaluation_grace_days) < today;
    };
    std::ranges::sort(begun, [&](domain::Cohort const& a, domain::Cohort const& b) {
        if (ended(a) != ended(b))
            return ended(a);
        return b.traineeship->ends_on < a.traineeship->ends_on;
    });
    return begun;
}

struct Host {
    long long partner_id = 0;
    long long tutor_id = 0;
};

// The enterprises with a contact to be the tutor, in name order.
std::vector<Host> hosts_of(service::PartnerService& partners, service::Actor const& job_coach)
{
    std::vector<Host> hosts;
    auto const enterprises = expect(
        partners.list(job_coach, {.kind = domain::PartnerKind::Enterprise, .limit = 200}), "the enterprises");
    for (auto const& line : enterprises.rows) {
        auto const details = expect(partners.partner(job_coach, line.partner.id), "a partner");
        if (!details.contacts.empty())
            hosts.push_back({details.partner.id, details.contacts.front().id});
    }
    return hosts;
}

// A tutor's answers: most trainees do well; the comment is left empty, as on most real forms.
domain::Evaluation invented_evaluation(service::EvaluationQuestions const& questions, std::mt19937_64& random)
{
    auto rating = [&] {
        static constexpr std::array ratings{domain::Rating::Partly, domain::Rating::Mostly,
                                            domain::Rating::Mostly, domain::Rating::Fully,
                                            domain::Rating::Fully};
        return ratings[std::uniform_int_distribution<std::size_t>(0, ratings.size() - 1)(random)];
    };
    domain::Evaluation evaluation;
    evaluation.kind = questions.kind;
    for (auto const& competence : questions.competences)
        evaluation.competences[competence.code] = rating();
    evaluation.punctuality = rating();
    evaluation.teamwork = rating();
    static constexpr std::array answers{domain::WouldHire::Yes, domain::WouldHire::Yes,
                                        domain::WouldHire::Maybe, domain::WouldHire::No};
    evaluation.would_hire =
        answers[std::uniform_int_distribution<std::size_t>(0, answers.size() - 1)(random)];
    return evaluation;
}

} // namespace

DemoTraineeshipsSummary create_traineeships(service::Training& training, service::PartnerService& partners,
                                            service::TraineeshipService& traineeships,
                                            service::EvaluationService& evaluations,
                                            DemoTraineeshipActors const& actors, DemoClock& clock,
                                            domain::Instant now, std::mt19937_64& random)
{
    DemoTraineeshipsSummary summary;
    auto const hosts = hosts_of(partners, actors.job_coach);
    if (hosts.empty())
        return summary;
    auto const today = domain::Date::from_days_since_epoch(
        static_cast<long>(std::chrono::floor<std::chrono::days>(now).time_since_epoch().count()));
    auto const at = [&](domain::Date day) { clock.set(day, 10 * 60, now); };
    using enum domain::EnrolmentStage;
    std::size_t next_host = 0;
    int placed_ahead = 0;
    int trainees = 0;
    for (auto const& cohort :
         cohorts_in_traineeship(expect(training.cohorts.cohorts(actors.reader), "the cohorts"), today)) {
        auto const& period = *cohort.traineeship;
        for (auto const& view :
             expect(training.enrolments.of_cohort(actors.reader, cohort.id), "the cohort's trainees")) {
            if (view.enrolment.stage == Withdrawn || view.enrolment.stage == Transferred)
                continue;
            // Before the period, the job coach has found a host for every other trainee so far,
            // and the centre has signed their agreements: the others are her work of the week.
            bool const ahead = today < period.starts_on;
            if (ahead && placed_ahead++ % 2 == 1)
                continue;
            // One trainee in ten went without: no host was found for her, or she took a job first.
            if (!ahead && trainees++ % 10 == 9)
                continue;
            auto const host = hosts[next_host++ % hosts.size()];
            auto const signed_on = period.starts_on.plus_days(-7);
            at(signed_on.plus_days(-3));
            domain::Traineeship traineeship;
            traineeship.enrolment_id = view.enrolment.id;
            traineeship.partner_id = host.partner_id;
            traineeship.tutor_contact_id = host.tutor_id;
            traineeship.starts_on = period.starts_on;
            traineeship.ends_on = period.ends_on;
            traineeship.hours_per_week = 38;
            auto const id = expect(traineeships.record(actors.job_coach, traineeship), "a traineeship");
            ++summary.traineeships;
            if (ahead) {
                expect(traineeships.record_signature(actors.job_coach, id, service::AgreementParty::Centre,
                                                     std::min(today, signed_on.plus_days(-3))),
                       "the centre's signature");
                continue;
            }
            at(signed_on);
            for (auto party : {service::AgreementParty::Centre, service::AgreementParty::Host,
                               service::AgreementParty::Trainee})
                expect(traineeships.record_signature(actors.job_coach, id, party, signed_on), "a signature");
            at(period.starts_on);
            expect(traineeships.change_status(actors.job_coach, id, {TraineeshipStatus::Ongoing, {}, {}}),
                   "a traineeship begun");
            if (today <= period.ends_on)
                continue;
            at(period.ends_on);
            expect(traineeships.change_status(actors.job_coach, id, {TraineeshipStatus::Completed, {}, {}}),
                   "a traineeship completed");
            if (summary.waiting_link.empty()) {
                at(today);
                summary.waiting_link =
                    "/evaluation/" +
                    expect(evaluations.make_link(actors.job_coach, id, EvaluationKind::MidTerm, std::nullopt),
                           "a tutor's link");
                continue;
            }
            for (auto kind : {EvaluationKind::MidTerm, EvaluationKind::Final}) {
                auto const due = domain::evaluation_due_on(traineeship, kind);
                at(due);
                auto const token =
                    expect(evaluations.make_link(actors.job_coach, id, kind, std::nullopt), "a tutor's link");
                at(due.plus_days(2));
                auto const questions = expect(evaluations.questions(token), "a tutor's questions");
                // Each tutor answers from her own address, as the public forms' limit expects.
                auto const address = "198.51.100." + std::to_string(summary.evaluations % 250 + 1);
                expect(evaluations.answer(token, invented_evaluation(questions, random), address),
                       "a tutor's evaluation");
                ++summary.evaluations;
            }
            if (summary.traineeships % 3 == 0) {
                expect(traineeships.record_hired_by_host(actors.job_coach, id, true), "a hire");
                ++summary.hired;
            }
        }
    }
    clock.set(now);
    return summary;
}

} // namespace tremplin::cli

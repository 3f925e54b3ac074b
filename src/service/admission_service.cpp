#include "service/admission_service.hpp"

#include "domain/application.hpp"
#include "service/admission_allocation.hpp"
#include "service/admission_letters.hpp"
#include "service/enrolment_service.hpp"
#include "service/secrets.hpp"
#include "store/application_repository.hpp"
#include "store/cohort_repository.hpp"
#include "store/enrolment_repository.hpp"
#include "store/intake_repository.hpp"
#include "store/participant_repository.hpp"

#include <algorithm>

namespace tremplin::service {

using domain::AdmissionApplicant;
using domain::AdmissionRound;
using domain::Error;
using domain::fail;
using domain::found;
using domain::Permission;
using domain::Result;
using domain::RoundStatus;

namespace {

Error problem(std::string field, std::string message_key)
{
    return Error::invalid({{std::move(field), std::move(message_key)}});
}

std::string describe_draw(AdmissionRound const& round)
{
    return "round " + std::to_string(round.number) + ", seed " + std::to_string(round.seed) + ", " +
           std::string(domain::code_of(round.lottery));
}

// Seats free today in a cohort: its capacity less the women enrolled or active in it.
long long free_seats(store::CohortRepository& cohorts, long long organisation_id, long long cohort_id)
{
    auto const cohort = cohorts.find(organisation_id, cohort_id);
    if (!cohort)
        return 0;
    return std::max(0LL, cohort->capacity - cohorts.seats_taken(cohort_id));
}

// Seats a re-run may give in a cohort: those free, until the end of its first day. Once it has
// started, a woman joins it by enrolment, not by a round.
long long seats_to_refill(store::CohortRepository& cohorts, long long organisation_id, long long cohort_id,
                          domain::Date today)
{
    auto const cohort = cohorts.find(organisation_id, cohort_id);
    return cohort && cohort->starts_on >= today ? free_seats(cohorts, organisation_id, cohort_id) : 0;
}

long long total_seats(std::vector<domain::CohortSeats> const& seats)
{
    long long total = 0;
    for (auto const& cohort : seats)
        total += cohort.seats;
    return total;
}

// Whether the enrolment a round made for her still stands (staff may have withdrawn it since).
bool still_enrolled(store::EnrolmentRepository& enrolments, long long organisation_id, long long enrolment_id)
{
    auto const enrolment = enrolments.find(organisation_id, enrolment_id);
    return enrolment && (enrolment->stage == domain::EnrolmentStage::Enrolled ||
                         enrolment->stage == domain::EnrolmentStage::Active);
}

// The rounds of the round's intake drawn after it.
std::vector<store::RoundSummary> later_rounds(store::AdmissionRepository& rounds, AdmissionRound const& round)
{
    auto all = rounds.of_intake(round.organisation_id, round.intake_id);
    std::erase_if(all, [&](store::RoundSummary const& other) { return other.number <= round.number; });
    return all;
}

// What became of a confirmed round since, as the rules of its declines and re-runs read it.
domain::RoundSince since_confirmation(UnitOfWork& unit, AdmissionRound const& round)
{
    domain::RoundSince since;
    auto rounds = unit.repository<store::AdmissionRepository>();
    since.later_round_confirmed = std::ranges::any_of(later_rounds(rounds, round), [](auto const& later) {
        return later.status == RoundStatus::Confirmed;
    });
    auto enrolments = unit.repository<store::EnrolmentRepository>();
    for (auto const& [application_id, enrolment_id] : round.enrolments)
        if (auto const enrolment = enrolments.find(round.organisation_id, enrolment_id))
            since.seat_stages[enrolment_id] = enrolment->stage;
    auto cohorts = unit.repository<store::CohortRepository>();
    for (auto const& seats : round.seats)
        if (auto const cohort = cohorts.find(round.organisation_id, seats.cohort_id))
            since.cohort_starts[seats.cohort_id] = cohort->starts_on;
    since.today = unit.clock().today();
    return since;
}

bool is_full(Error const& error)
{
    return std::ranges::any_of(error.fields, [](domain::FieldError const& field) {
        return field.message_key == "errors.enrolment.cohort_full" ||
               field.message_key == "errors.enrolment.transfer_target_full";
    });
}

// An enrolment refused while confirming, said in the round's terms.
Error enrolment_problem(Error const& error)
{
    if (error.fields.empty())
        return error;
    return problem("confirm",
                   is_full(error) ? "errors.admission.seats_changed" : error.fields.front().message_key);
}

} // namespace

Result<std::vector<store::RoundSummary>> AdmissionService::rounds(Actor const& actor, long long intake_id)
{
    return m_units.read(actor, Permission::AdmitApplicants,
                        [&](UnitOfWork& unit) -> Result<std::vector<store::RoundSummary>> {
                            return unit.repository<store::AdmissionRepository>().of_intake(
                                unit.organisation_id(), intake_id);
                        });
}

Result<AdmissionRound> AdmissionService::round(Actor const& actor, long long id)
{
    return m_units.read(actor, Permission::AdmitApplicants, [&](UnitOfWork& unit) {
        return found(unit.repository<store::AdmissionRepository>().find(unit.organisation_id(), id));
    });
}

namespace {

RoundActions actions_in(UnitOfWork& unit, AdmissionRound const& round)
{
    auto const since = since_confirmation(unit, round);
    RoundActions actions;
    for (auto const& [application_id, enrolment_id] : round.enrolments)
        if (domain::may_decline(round, since, application_id))
            actions.may_decline.insert(application_id);
    actions.may_rerun = domain::may_rerun(round, since).has_value();
    return actions;
}

} // namespace

Result<RoundPage> AdmissionService::round_page(Actor const& actor, long long id)
{
    return m_units.read(actor, Permission::AdmitApplicants, [&](UnitOfWork& unit) -> Result<RoundPage> {
        auto const centre = unit.organisation_id();
        auto rounds = unit.repository<store::AdmissionRepository>();
        RoundPage page;
        page.round = TRY(found(rounds.find(centre, id)));
        auto const intake_id = page.round.intake_id;
        auto const of_intake = rounds.of_intake(centre, intake_id);
        page.latest = !of_intake.empty() && of_intake.front().id == id;
        page.draws = rounds.draws_of(centre, id);
        page.actions = actions_in(unit, page.round);
        page.applications = unit.repository<store::ApplicationRepository>().list(
            {.organisation_id = centre, .intake_id = intake_id});
        auto const intake = TRY(found(unit.repository<store::IntakeRepository>().find(centre, intake_id)));
        auto cohorts = unit.repository<store::CohortRepository>();
        for (auto const cohort_id : intake.cohort_ids)
            if (auto const cohort = cohorts.find(centre, cohort_id))
                page.cohort_names[cohort_id] = cohort->name;
        return page;
    });
}

Result<std::optional<store::RoundOutcome>> AdmissionService::outcome_of(Actor const& actor,
                                                                        long long application_id)
{
    return m_units.read(actor, Permission::AdmitApplicants,
                        [&](UnitOfWork& unit) -> Result<std::optional<store::RoundOutcome>> {
                            return unit.repository<store::AdmissionRepository>().outcome_of(
                                unit.organisation_id(), application_id);
                        });
}

Result<long long> AdmissionService::draw(Actor const& actor, DrawRequest const& request)
{
    // Who takes part: every application sent to the intake and not yet decided, as she stands
    // today. Read before the write transaction, which the standings' own reads must not wait on.
    auto const candidates = TRY(m_units.read(
        actor, Permission::AdmitApplicants, [&](UnitOfWork& unit) -> Result<std::vector<long long>> {
            if (request.seed && (*request.seed < 0 || *request.seed > largest_seed))
                return fail(problem("seed", "errors.admission.seed_not_valid"));
            std::vector<long long> candidates;
            for (auto const& application : unit.repository<store::ApplicationRepository>().list(
                     {unit.organisation_id(), {}, request.intake_id}))
                if (application.stage != domain::ApplicationStage::Decided)
                    candidates.push_back(application.id);
            return candidates;
        }));
    auto const standings = TRY(m_priority.standings(actor, candidates));

    return m_units.write(actor, Permission::AdmitApplicants, [&](UnitOfWork& unit) -> Result<long long> {
        auto const organisation_id = unit.organisation_id();
        auto const intake =
            TRY(found(unit.repository<store::IntakeRepository>().find(organisation_id, request.intake_id)));
        auto rounds = unit.repository<store::AdmissionRepository>();
        auto const existing = rounds.of_intake(organisation_id, intake.id);
        if (std::ranges::any_of(existing, [](auto const& r) { return r.status == RoundStatus::Confirmed; }))
            // The refusal is kept: an attempt to draw again after the letters went is worth knowing of.
            return unit.refuse(
                {"admission_round.redraw_refused", "admission_round", existing.front().id, intake.name},
                problem("draw", "errors.admission.round_confirmed"));

        AdmissionRound round;
        round.organisation_id = organisation_id;
        round.intake_id = intake.id;
        round.lottery = request.lottery;
        round.seed = request.seed.value_or(random_number(largest_seed));
        round.drawn_at = unit.clock().now_iso();
        auto cohorts = unit.repository<store::CohortRepository>();
        for (auto const cohort_id : intake.cohort_ids)
            round.seats.push_back({cohort_id, free_seats(cohorts, organisation_id, cohort_id)});
        if (total_seats(round.seats) == 0)
            return fail(problem("draw", "errors.admission.no_capacity"));
        for (auto const& standing : standings) {
            AdmissionApplicant applicant{standing.application_id, standing.priority.tier, {}, {}, {}};
            for (auto const& choice : standing.choices) {
                applicant.choices.push_back(choice.cohort_id);
                if (choice.eligibility.eligible())
                    applicant.eligible_for.push_back(choice.cohort_id);
                else
                    applicant.ineligible_because[choice.cohort_id] = choice.eligibility.reason;
            }
            round.applicants.push_back(std::move(applicant));
        }
        if (round.applicants.empty())
            return fail(problem("draw", "errors.admission.no_applicants"));
        round.result = allocate_seats(round.applicants, round.seats, {round.lottery, round.seed});

        if (existing.empty()) {
            round.id = rounds.insert(round);
        } else { // the draft, drawn again
            round.id = existing.front().id;
            round.number = existing.front().number;
            rounds.replace_draw(round);
        }
        rounds.keep_draw(round, actor.account.id);
        unit.audit({"admission_round.drawn", "admission_round", round.id, describe_draw(round)});
        return round.id;
    });
}

Result<void> AdmissionService::confirm(Actor const& actor, long long round_id)
{
    return m_units.write(actor, Permission::AdmitApplicants, [&](UnitOfWork& unit) -> Result<void> {
        auto const organisation_id = unit.organisation_id();
        auto rounds = unit.repository<store::AdmissionRepository>();
        auto round = TRY(found(rounds.find(organisation_id, round_id)));
        if (round.status == RoundStatus::Confirmed)
            return fail(problem("confirm", "errors.admission.already_confirmed"));
        auto enrolments = unit.repository<store::EnrolmentRepository>();
        auto applications = unit.repository<store::ApplicationRepository>();

        // Women who hold a seat from the round before and were given one they wanted more move
        // there. A move waits for the seat it takes to be freed by another's move.
        std::vector<AdmissionApplicant const*> moving;
        for (auto const& applicant : round.applicants) {
            if (!applicant.holds)
                continue;
            auto const enrolment = round.enrolments.find(applicant.application_id);
            if (enrolment == round.enrolments.end() ||
                !still_enrolled(enrolments, organisation_id, enrolment->second))
                return fail(problem("confirm", "errors.admission.rerun_outdated"));
            if (round.result.admitted.at(applicant.application_id) != *applicant.holds)
                moving.push_back(&applicant);
        }
        while (!moving.empty()) {
            auto const before = moving.size();
            for (auto at = moving.begin(); at != moving.end();) {
                auto const id = (*at)->application_id;
                StageChange change{domain::EnrolmentStage::Transferred, {}, {}, round.result.admitted.at(id)};
                auto const moved = change_stage_in(unit, round.enrolments.at(id), change);
                if (!moved && is_full(moved.error())) {
                    ++at; // her new seat is not free yet
                    continue;
                }
                if (!moved)
                    return fail(enrolment_problem(moved.error()));
                round.enrolments[id] = *moved;
                at = moving.erase(at);
            }
            if (moving.size() == before)
                return fail(problem("confirm", "errors.admission.seats_changed"));
        }

        // The women newly admitted are enrolled.
        for (auto const& [application_id, cohort_id] : round.result.admitted) {
            if (round.enrolments.contains(application_id))
                continue;
            auto const application = TRY(found(applications.find(organisation_id, application_id)));
            if (auto const already = enrolments.find_for(cohort_id, application.participant_id)) {
                round.enrolments[application_id] = already->id; // staff enrolled her by hand
                continue;
            }
            auto const enrolled = enrol_in(unit, {cohort_id, application.participant_id, {}, {}});
            if (!enrolled)
                return fail(enrolment_problem(enrolled.error()));
            round.enrolments[application_id] = *enrolled;
        }

        // Her letter: every woman of a first round hears what she got; in a re-run, those who got
        // a new seat.
        AdmissionLetters letters(unit);
        auto const now = unit.clock().now_iso();
        for (auto const& applicant : round.applicants) {
            auto const admitted = round.result.admitted.find(applicant.application_id);
            bool const new_seat =
                admitted != round.result.admitted.end() && applicant.holds != admitted->second;
            auto const application = applications.find(organisation_id, applicant.application_id);
            if (!application)
                continue;
            if (round.number == 1 || new_seat)
                letters.queue(round, applicant, *application);
            // The round decides every application to it (domain::may_move); one decided already
            // stays as it is.
            if (application->stage != domain::ApplicationStage::Decided &&
                domain::may_move(application->stage, domain::ApplicationStage::Decided,
                                 domain::ApplicationMover::AdmissionRound)) {
                applications.move(organisation_id, applicant.application_id,
                                  domain::ApplicationStage::Decided, now);
                unit.audit({"application.moved", "application", applicant.application_id,
                            std::string(domain::code_of(application->stage)) + " -> decided"});
            }
        }
        rounds.confirm(round.id, round.enrolments, now);
        unit.audit(
            {"admission_round.confirmed", "admission_round", round.id,
             describe_draw(round) + ", " + std::to_string(round.result.admitted.size()) + " admitted"});
        return {};
    });
}

Result<void> AdmissionService::decline(Actor const& actor, long long round_id, long long application_id)
{
    return m_units.write(actor, Permission::AdmitApplicants, [&](UnitOfWork& unit) -> Result<void> {
        auto rounds = unit.repository<store::AdmissionRepository>();
        auto const round = TRY(found(rounds.find(unit.organisation_id(), round_id)));
        TRY(domain::may_decline(round, since_confirmation(unit, round), application_id));
        auto const enrolment_id = round.enrolments.at(application_id);
        StageChange change{domain::EnrolmentStage::Withdrawn, {}, domain::WithdrawalReason::DeclinedSeat, 0};
        if (auto const withdrawn = change_stage_in(unit, enrolment_id, change); !withdrawn) {
            if (withdrawn.error().fields.empty())
                return fail(withdrawn.error());
            return fail(problem("decline", withdrawn.error().fields.front().message_key));
        }
        rounds.decline(round.id, application_id, unit.clock().now_iso());
        unit.audit({"admission_round.seat_declined", "application", application_id, describe_draw(round)});
        return {};
    });
}

Result<long long> AdmissionService::rerun(Actor const& actor, long long round_id)
{
    return m_units.write(actor, Permission::AdmitApplicants, [&](UnitOfWork& unit) -> Result<long long> {
        auto const organisation_id = unit.organisation_id();
        auto rounds = unit.repository<store::AdmissionRepository>();
        auto const round = TRY(found(rounds.find(organisation_id, round_id)));
        TRY(domain::may_rerun(round, since_confirmation(unit, round)));
        auto const later = later_rounds(rounds, round);

        // The same women as they stood, less those who declined or left; those with a seat hold it.
        AdmissionRound next;
        next.organisation_id = organisation_id;
        next.intake_id = round.intake_id;
        next.number = round.number + 1;
        next.lottery = round.lottery;
        next.seed = round.seed;
        next.drawn_at = unit.clock().now_iso();
        auto enrolments = unit.repository<store::EnrolmentRepository>();
        std::map<long long, long long> holders; // cohort → women holding a seat in it
        for (auto applicant : round.applicants) {
            if (round.declined.contains(applicant.application_id))
                continue;
            applicant.holds.reset();
            if (auto const admitted = round.result.admitted.find(applicant.application_id);
                admitted != round.result.admitted.end()) {
                auto const enrolment = round.enrolments.find(applicant.application_id);
                if (enrolment == round.enrolments.end() ||
                    !still_enrolled(enrolments, organisation_id, enrolment->second))
                    continue; // she left the cohort since: she does not wait for another seat
                applicant.holds = admitted->second;
                next.enrolments[applicant.application_id] = enrolment->second;
                ++holders[admitted->second];
            }
            next.applicants.push_back(std::move(applicant));
        }
        auto cohorts = unit.repository<store::CohortRepository>();
        long long freed = 0;
        for (auto const& cohort : round.seats) {
            auto const free =
                seats_to_refill(cohorts, organisation_id, cohort.cohort_id, unit.clock().today());
            freed += free;
            next.seats.push_back({cohort.cohort_id, free + holders[cohort.cohort_id]});
        }
        if (freed == 0)
            return fail(problem("rerun", "errors.admission.nothing_to_refill"));
        next.result = allocate_seats(next.applicants, next.seats, {next.lottery, next.seed});

        if (later.empty()) {
            next.id = rounds.insert(next);
        } else { // its draft re-run, drawn again with what changed since
            next.id = later.back().id;
            rounds.replace_draw(next);
        }
        rounds.keep_draw(next, actor.account.id);
        unit.audit({"admission_round.drawn", "admission_round", next.id, describe_draw(next)});
        return next.id;
    });
}

} // namespace tremplin::service

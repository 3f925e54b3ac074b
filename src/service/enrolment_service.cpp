#include "service/enrolment_service.hpp"

#include "domain/text.hpp"
#include "service/cohort_scope.hpp"
#include "store/assessment_repository.hpp"
#include "store/attendance_repository.hpp"
#include "store/cohort_repository.hpp"
#include "store/participant_repository.hpp"
#include "store/track_repository.hpp"

#include <algorithm>

namespace tremplin::service {

using domain::EnrolmentStage;
using domain::Error;
using domain::fail;
using domain::found;
using domain::Permission;
using domain::Result;

namespace {

// What the change is decided on: her record against her track's criteria for a completion, the
// other cohort for a transfer; nothing more for a move the table refuses anyway.
domain::StageChangeFacts facts_of(UnitOfWork& unit, domain::Enrolment enrolment, StageChange const& change)
{
    auto const organisation_id = unit.organisation_id();
    domain::StageChangeFacts facts{std::move(enrolment), unit.clock().today(), std::nullopt, std::nullopt};
    auto const& hers = facts.enrolment;
    if (!domain::can_move(hers.stage, change.to))
        return facts;
    auto cohorts = unit.repository<store::CohortRepository>();
    if (change.to == EnrolmentStage::Transferred) {
        domain::TransferTarget target{cohorts.find(organisation_id, change.transferred_to_cohort_id), false,
                                      0};
        if (target.cohort) {
            target.already_enrolled = unit.repository<store::EnrolmentRepository>()
                                          .find_for(target.cohort->id, hers.participant_id)
                                          .has_value();
            target.seats_taken = cohorts.seats_taken(target.cohort->id);
        }
        facts.transfer = std::move(target);
    }
    if (change.to == EnrolmentStage::Completed) {
        auto const cohort = cohorts.find(organisation_id, hers.cohort_id);
        auto tracks = unit.repository<store::TrackRepository>();
        auto const track = cohort ? tracks.find(organisation_id, cohort->track_id) : std::nullopt;
        domain::CompletionFacts completion;
        auto const records = unit.repository<store::AttendanceRepository>().records(hers.cohort_id);
        if (auto const record = std::ranges::find(records, hers.id, &domain::AttendanceRecord::enrolment_id);
            record != records.end())
            completion.attendance_percent = record->rate_percent();
        if (track) {
            completion.minimum_attendance_percent = track->minimum_attendance_percent;
            completion.requires_all_modules_passed = track->requires_all_modules_passed;
        }
        if (cohort && completion.requires_all_modules_passed) {
            if (auto const version = tracks.version(organisation_id, cohort->track_version_id)) {
                completion.modules.emplace();
                for (auto const& module : version->modules)
                    completion.modules->push_back(module.id);
            }
            completion.modules_passed =
                unit.repository<store::AssessmentRepository>().modules_passed(hers.id);
        }
        facts.completion = std::move(completion);
    }
    return facts;
}

} // namespace

Result<void> EnrolmentService::may_manage(Actor const& actor) const
{
    if (!actor.can(Permission::ManageCohorts))
        return domain::fail(domain::Error::forbidden());
    return {};
}

Result<long long> EnrolmentService::enrol(Actor const& actor, EnrolmentRequest const& request)
{
    return m_units.write(actor, Permission::ManageCohorts,
                         [&](UnitOfWork& unit) { return enrol_in(unit, request); });
}

Result<long long> enrol_in(UnitOfWork& unit, EnrolmentRequest const& request)
{
    TRY(unit.require(Permission::ManageCohorts));
    auto const organisation_id = unit.organisation_id();
    auto cohorts = unit.repository<store::CohortRepository>();
    auto const cohort = TRY(found(cohorts.find(organisation_id, request.cohort_id)));
    auto const participant =
        unit.repository<store::ParticipantRepository>().find(organisation_id, request.participant_id);
    if (!participant)
        return fail(Error::invalid({{"participant_id", "errors.enrolment.participant_missing"}}));
    auto enrolments = unit.repository<store::EnrolmentRepository>();
    if (enrolments.find_for(cohort.id, participant->id))
        return fail(Error::invalid({{"participant_id", "errors.enrolment.already_enrolled"}}));
    auto const on = request.on.value_or(std::max(unit.clock().today(), cohort.starts_on));
    if (on > cohort.ends_on)
        return fail(Error::invalid({{"on", "errors.enrolment.after_cohort"}}));
    bool const full = cohorts.seats_taken(cohort.id) >= cohort.capacity;
    if (full && request.capacity_override_reason.empty())
        return fail(Error::invalid({{"capacity_override_reason", "errors.enrolment.cohort_full"}}));
    if (auto refused = domain::control_characters_error("capacity_override_reason",
                                                        domain::trimmed(request.capacity_override_reason)))
        return fail(Error::invalid({std::move(*refused)}));

    domain::Enrolment enrolment;
    enrolment.organisation_id = organisation_id;
    enrolment.participant_id = participant->id;
    enrolment.cohort_id = cohort.id;
    enrolment.stage = EnrolmentStage::Enrolled;
    enrolment.enrolled_on = enrolment.stage_changed_on = on;
    enrolment.capacity_override_reason = full ? request.capacity_override_reason : std::string();
    enrolment.snapshot = domain::snapshot_at_entry(*participant, on);
    auto const id = enrolments.insert(enrolment, unit.clock().now_iso());
    unit.audit({"enrolment.created", "enrolment", id, cohort.name});
    if (full)
        unit.audit({"enrolment.capacity_overridden", "enrolment", id, request.capacity_override_reason});
    return id;
}

Result<void> EnrolmentService::change_stage(Actor const& actor, long long enrolment_id,
                                            StageChange const& change)
{
    return m_units.write(actor, Permission::ManageCohorts, [&](UnitOfWork& unit) -> Result<void> {
        TRY(change_stage_in(unit, enrolment_id, change));
        return {};
    });
}

Result<long long> change_stage_in(UnitOfWork& unit, long long enrolment_id, StageChange const& change)
{
    TRY(unit.require(Permission::ManageCohorts));
    auto enrolments = unit.repository<store::EnrolmentRepository>();
    auto enrolment = TRY(found(enrolments.find(unit.organisation_id(), enrolment_id)));
    auto const from = enrolment.stage;
    auto const changed = TRY(domain::change_stage(facts_of(unit, std::move(enrolment), change), change));
    auto const now = unit.clock().now_iso();
    enrolments.update_stage(changed.enrolment, now);
    auto now_in = enrolment_id;
    if (changed.continued) {
        now_in = enrolments.insert(*changed.continued, now);
        unit.audit({"enrolment.created", "enrolment", now_in, "transfer"});
    }
    unit.audit({"enrolment.stage_changed", "enrolment", enrolment_id,
                std::string(domain::code_of(from)) + "->" + std::string(domain::code_of(change.to))});
    return now_in;
}

Result<store::EnrolmentView> EnrolmentService::find(Actor const& actor, long long enrolment_id)
{
    return m_units.read(
        actor, Permission::ViewTraining, [&](UnitOfWork& unit) -> Result<store::EnrolmentView> {
            auto view = TRY(found(
                unit.repository<store::EnrolmentRepository>().view(unit.organisation_id(), enrolment_id)));
            TRY(CohortScope::of(unit).require(view.enrolment.cohort_id));
            return view;
        });
}

Result<std::vector<store::EnrolmentView>> EnrolmentService::of_cohort(Actor const& actor, long long cohort_id)
{
    return m_units.read(
        actor, Permission::ViewTraining, [&](UnitOfWork& unit) -> Result<std::vector<store::EnrolmentView>> {
            TRY(CohortScope::of(unit).require(cohort_id));
            return unit.repository<store::EnrolmentRepository>().of_cohort(unit.organisation_id(), cohort_id);
        });
}

Result<std::vector<store::EnrolmentView>> EnrolmentService::of_participant(Actor const& actor,
                                                                           long long participant_id)
{
    return m_units.read(actor, Permission::ViewParticipants,
                        [&](UnitOfWork& unit) -> Result<std::vector<store::EnrolmentView>> {
                            return unit.repository<store::EnrolmentRepository>().of_participant(
                                unit.organisation_id(), participant_id);
                        });
}

} // namespace tremplin::service

#include "service/enrolment_service.hpp"

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
    auto const organisation_id = unit.organisation_id();
    auto const& clock = unit.clock();
    auto enrolments = unit.repository<store::EnrolmentRepository>();
    auto cohorts = unit.repository<store::CohortRepository>();
    auto enrolment = TRY(found(enrolments.find(organisation_id, enrolment_id)));
    if (!domain::can_move(enrolment.stage, change.to))
        return fail(Error::invalid({{"stage", "errors.enrolment.stage_not_allowed"}}));
    if (change.to == EnrolmentStage::Withdrawn && !change.withdrawal_reason)
        return fail(Error::invalid({{"withdrawal_reason", "errors.enrolment.reason_missing"}}));
    std::optional<domain::Cohort> target;
    if (change.to == EnrolmentStage::Transferred) {
        target = cohorts.find(organisation_id, change.transferred_to_cohort_id);
        if (!target || target->id == enrolment.cohort_id)
            return fail(
                Error::invalid({{"transferred_to_cohort_id", "errors.enrolment.transfer_target_missing"}}));
        if (enrolments.find_for(target->id, enrolment.participant_id))
            return fail(Error::invalid({{"transferred_to_cohort_id", "errors.enrolment.already_enrolled"}}));
        if (cohorts.seats_taken(target->id) >= target->capacity)
            return fail(
                Error::invalid({{"transferred_to_cohort_id", "errors.enrolment.transfer_target_full"}}));
    }
    if (change.to == EnrolmentStage::Completed) {
        // Completion criteria of the track: attendance, and every module of her version passed.
        auto tracks = unit.repository<store::TrackRepository>();
        auto const cohort = cohorts.find(organisation_id, enrolment.cohort_id);
        auto const track = tracks.find(organisation_id, cohort->track_id);
        auto const records = unit.repository<store::AttendanceRepository>().records(enrolment.cohort_id);
        auto const record = std::ranges::find(records, enrolment.id, &domain::AttendanceRecord::enrolment_id);
        auto const rate = record == records.end() ? std::nullopt : record->rate_percent();
        if (!rate || *rate < track->minimum_attendance_percent)
            return fail(Error::invalid({{"stage", "errors.enrolment.attendance_too_low"}}));
        if (track->requires_all_modules_passed) {
            auto const version = tracks.version(organisation_id, cohort->track_version_id);
            auto const passed = unit.repository<store::AssessmentRepository>().modules_passed(enrolment.id);
            bool const all_passed =
                version && std::ranges::all_of(version->modules, [&](domain::Module const& m) {
                    return std::ranges::find(passed, m.id) != passed.end();
                });
            if (!all_passed)
                return fail(Error::invalid({{"stage", "errors.enrolment.modules_not_passed"}}));
        }
    }
    // A change made before the cohort starts takes effect on her first day.
    auto const on = change.on.value_or(std::max(clock.today(), enrolment.enrolled_on));
    if (on < enrolment.enrolled_on)
        return fail(Error::invalid({{"on", "errors.enrolment.before_enrolment"}}));
    auto const from = enrolment.stage;
    enrolment.stage = change.to;
    enrolment.stage_changed_on = on;
    enrolment.withdrawal_reason =
        change.to == EnrolmentStage::Withdrawn ? change.withdrawal_reason : std::nullopt;
    enrolment.transferred_to_cohort_id =
        change.to == EnrolmentStage::Transferred ? change.transferred_to_cohort_id : 0;
    enrolments.update_stage(enrolment, clock.now_iso());
    auto now_in = enrolment_id;
    if (change.to == EnrolmentStage::Transferred) {
        // She goes on in the other cohort; ESF+ keeps her first entry data
        // (docs/domain.md "Participants": re-entry keeps the first start date and entry data).
        auto moved = enrolment;
        moved.cohort_id = change.transferred_to_cohort_id;
        moved.stage = EnrolmentStage::Enrolled;
        // In the other cohort too, a change made before it starts takes effect on its first day.
        moved.enrolled_on = moved.stage_changed_on =
            std::max(change.on.value_or(clock.today()), target->starts_on);
        moved.withdrawal_reason.reset();
        moved.transferred_to_cohort_id = 0;
        moved.capacity_override_reason.clear();
        moved.id = enrolments.insert(moved, clock.now_iso());
        unit.audit({"enrolment.created", "enrolment", moved.id, "transfer"});
        now_in = moved.id;
    }
    unit.audit({"enrolment.stage_changed", "enrolment", enrolment_id,
                std::string(domain::code_of(from)) + "->" + std::string(domain::code_of(change.to))});
    return now_in;
}

Result<store::EnrolmentView> EnrolmentService::find(Actor const& actor, long long enrolment_id)
{
    return m_units.read(actor, Permission::ViewTraining, [&](UnitOfWork& unit) {
        return found(
            unit.repository<store::EnrolmentRepository>().view(unit.organisation_id(), enrolment_id));
    });
}

Result<std::vector<store::EnrolmentView>> EnrolmentService::of_cohort(Actor const& actor, long long cohort_id)
{
    return m_units.read(
        actor, Permission::ViewTraining, [&](UnitOfWork& unit) -> Result<std::vector<store::EnrolmentView>> {
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

#include "domain/enrolment.hpp"

#include <algorithm>

namespace tremplin::domain {

namespace {

struct Move {
    EnrolmentStage from;
    EnrolmentStage to;
};

// The one table of allowed transitions (docs/design.md "Enrolment", after CiviCRM participant
// statuses): a table, not ifs scattered through handlers. A withdrawal can be undone, a
// completion or a transfer cannot.
constexpr Move allowed_moves[] = {
    {EnrolmentStage::Enrolled, EnrolmentStage::Active},
    {EnrolmentStage::Enrolled, EnrolmentStage::Withdrawn},
    {EnrolmentStage::Enrolled, EnrolmentStage::Transferred},
    {EnrolmentStage::Active, EnrolmentStage::Completed},
    {EnrolmentStage::Active, EnrolmentStage::Withdrawn},
    {EnrolmentStage::Active, EnrolmentStage::Transferred},
    {EnrolmentStage::Withdrawn, EnrolmentStage::Active},
};

std::unexpected<Error> refused(std::string field, std::string message_key)
{
    return fail(Error::invalid({{std::move(field), std::move(message_key)}}));
}

// The track's completion criteria (docs/domain.md "Completion"): her attendance rate at least the
// track's minimum, and every module of her version passed when the track asks for it.
Result<void> may_complete(CompletionFacts const& facts)
{
    if (!facts.attendance_percent || *facts.attendance_percent < facts.minimum_attendance_percent)
        return refused("stage", "errors.enrolment.attendance_too_low");
    if (facts.requires_all_modules_passed) {
        bool const all_passed =
            facts.modules && std::ranges::all_of(*facts.modules, [&](long long module) {
                return std::ranges::find(facts.modules_passed, module) != facts.modules_passed.end();
            });
        if (!all_passed)
            return refused("stage", "errors.enrolment.modules_not_passed");
    }
    return {};
}

Result<void> may_transfer(Enrolment const& enrolment, TransferTarget const& target)
{
    if (!target.cohort || target.cohort->id == enrolment.cohort_id)
        return refused("transferred_to_cohort_id", "errors.enrolment.transfer_target_missing");
    if (target.already_enrolled)
        return refused("transferred_to_cohort_id", "errors.enrolment.already_enrolled");
    if (target.seats_taken >= target.cohort->capacity)
        return refused("transferred_to_cohort_id", "errors.enrolment.transfer_target_full");
    return {};
}

} // namespace

bool can_move(EnrolmentStage from, EnrolmentStage to)
{
    return std::ranges::any_of(allowed_moves,
                               [&](Move const& move) { return move.from == from && move.to == to; });
}

std::vector<EnrolmentStage> next_stages(EnrolmentStage from)
{
    std::vector<EnrolmentStage> stages;
    for (auto stage : all_values<EnrolmentStage>())
        if (can_move(from, stage))
            stages.push_back(stage);
    return stages;
}

bool holds_seat(EnrolmentStage stage)
{
    return stage == EnrolmentStage::Enrolled || stage == EnrolmentStage::Active;
}

// ESF+ Annex I common output indicators are read "at entry": the snapshot copies what they need.
EntrySnapshot snapshot_at_entry(Participant const& participant, Date entered_on)
{
    EntrySnapshot snapshot;
    snapshot.entered_on = entered_on;
    if (participant.birth_date)
        snapshot.age = participant.birth_date->years_until(entered_on);
    snapshot.gender = participant.gender;
    snapshot.education_level = participant.education_level;
    snapshot.diploma_obtained_abroad = participant.diploma_obtained_abroad;
    snapshot.diploma_recognised = participant.diploma_recognised;
    snapshot.qualification_obsolete = participant.qualification_obsolete;
    snapshot.labour_market_status = participant.labour_market_status;
    if (participant.labour_market_status == LabourMarketStatus::Unemployed && participant.unemployed_since) {
        // A month after her entry says nothing of how long she had been unemployed when she came.
        int const months = participant.unemployed_since->months_until(entered_on);
        if (months >= 0)
            snapshot.months_unemployed = months;
    }
    snapshot.single_parent = participant.single_parent;
    snapshot.housing_exclusion = participant.housing_exclusion;
    snapshot.disability = participant.disability;
    snapshot.minority = participant.minority;
    snapshot.nationality = participant.nationality;
    snapshot.postcode = participant.postcode;
    return snapshot;
}

Result<StageChanged> change_stage(StageChangeFacts const& facts, StageChange const& change)
{
    auto const& enrolment = facts.enrolment;
    if (!can_move(enrolment.stage, change.to))
        return refused("stage", "errors.enrolment.stage_not_allowed");
    if (change.to == EnrolmentStage::Withdrawn && !change.withdrawal_reason)
        return refused("withdrawal_reason", "errors.enrolment.reason_missing");
    if (change.to == EnrolmentStage::Transferred)
        TRY(may_transfer(enrolment, facts.transfer.value_or(TransferTarget{})));
    if (change.to == EnrolmentStage::Completed)
        TRY(may_complete(facts.completion.value_or(CompletionFacts{})));
    // A change made before the cohort starts takes effect on her first day.
    auto const on = change.on.value_or(std::max(facts.today, enrolment.enrolled_on));
    if (on < enrolment.enrolled_on)
        return refused("on", "errors.enrolment.before_enrolment");

    StageChanged changed{enrolment, std::nullopt};
    changed.enrolment.stage = change.to;
    changed.enrolment.stage_changed_on = on;
    changed.enrolment.withdrawal_reason =
        change.to == EnrolmentStage::Withdrawn ? change.withdrawal_reason : std::nullopt;
    changed.enrolment.transferred_to_cohort_id =
        change.to == EnrolmentStage::Transferred ? change.transferred_to_cohort_id : 0;
    if (change.to == EnrolmentStage::Transferred) {
        // She goes on in the other cohort; ESF+ keeps her first entry data
        // (docs/domain.md "Participants": re-entry keeps the first start date and entry data).
        auto continued = changed.enrolment;
        continued.id = 0;
        continued.cohort_id = change.transferred_to_cohort_id;
        continued.stage = EnrolmentStage::Enrolled;
        // In the other cohort too, a change made before it starts takes effect on its first day.
        continued.enrolled_on = continued.stage_changed_on =
            std::max(change.on.value_or(facts.today), facts.transfer->cohort->starts_on);
        continued.withdrawal_reason.reset();
        continued.transferred_to_cohort_id = 0;
        continued.capacity_override_reason.clear();
        changed.continued = std::move(continued);
    }
    return changed;
}

} // namespace tremplin::domain

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

} // namespace tremplin::domain

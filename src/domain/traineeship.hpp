#pragma once

// A traineeship: one trainee (through her enrolment) in one partner enterprise, under a tutor
// there, for dates inside her cohort's traineeship period (docs/domain.md "Traineeship record").

#include "domain/codes.hpp"
#include "domain/cohort.hpp"
#include "domain/date.hpp"
#include "domain/error.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::domain {

enum class TraineeshipStatus { Planned, Ongoing, Completed, Interrupted };

template <> struct Codes<TraineeshipStatus> {
    static constexpr std::array table{
        std::pair{TraineeshipStatus::Planned, std::string_view("planned")},
        std::pair{TraineeshipStatus::Ongoing, std::string_view("ongoing")},
        std::pair{TraineeshipStatus::Completed, std::string_view("completed")},
        std::pair{TraineeshipStatus::Interrupted, std::string_view("interrupted")},
    };
};

// Why a traineeship stopped before its last day.
enum class InterruptionReason { FoundJob, TraineeLeft, HostEnded, HealthOrFamily, Other };

template <> struct Codes<InterruptionReason> {
    static constexpr std::array table{
        std::pair{InterruptionReason::FoundJob, std::string_view("found_job")},
        std::pair{InterruptionReason::TraineeLeft, std::string_view("trainee_left")},
        std::pair{InterruptionReason::HostEnded, std::string_view("host_ended")},
        std::pair{InterruptionReason::HealthOrFamily, std::string_view("health_or_family")},
        std::pair{InterruptionReason::Other, std::string_view("other")},
    };
};

// A full-time week in Belgium is 38 hours; a traineeship is never more than 40.
inline constexpr int most_traineeship_hours_per_week = 40;

// The day each party signed the tripartite agreement; nothing while it has not.
struct AgreementSignatures {
    std::optional<Date> centre;
    std::optional<Date> host;
    std::optional<Date> trainee;

    bool complete() const { return centre && host && trainee; }
};

struct Traineeship {
    long long id = 0;
    long long organisation_id = 0;
    long long enrolment_id = 0;
    long long participant_id = 0; // hers, through the enrolment: her traineeships may not overlap
    long long partner_id = 0;
    long long offer_id = 0;         // 0: placed without an offer of the round
    long long tutor_contact_id = 0; // a contact of the partner; 0: not named yet
    Date starts_on;
    Date ends_on; // for an interrupted one, its last day there
    int hours_per_week = 0;
    TraineeshipStatus status = TraineeshipStatus::Planned;
    std::optional<InterruptionReason> interruption;
    bool hired_by_host = false; // the host offered her a job: counted in the outcomes
    AgreementSignatures signatures;
};

// Whether a traineeship may go from one status to another: planned → ongoing, completed or
// interrupted; ongoing → completed or interrupted; a completed or interrupted one is closed.
bool traineeship_may_become(TraineeshipStatus from, TraineeshipStatus to);

// Checks a traineeship against its cohort's traineeship period (none: the cohort has no
// traineeships) and her other traineeships, which it may not overlap.
std::vector<FieldError> validate_traineeship(Traineeship const& traineeship,
                                             std::optional<TraineeshipPeriod> const& period,
                                             std::vector<Traineeship> const& her_others);

} // namespace tremplin::domain

#pragma once

// Enrolment: one engagement per person per cohort (docs/design.md "Enrolment", after Salesforce
// PMM), with a fixed set of stage meanings and one table of allowed transitions (after CiviCRM
// statuses).
// The entry snapshot freezes what indicators read, so last year's figures never move.

#include "domain/answers.hpp"
#include "domain/codes.hpp"
#include "domain/cohort.hpp"
#include "domain/date.hpp"
#include "domain/error.hpp"
#include "domain/participant.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::domain {

enum class EnrolmentStage { Enrolled, Active, Completed, Withdrawn, Transferred };

enum class WithdrawalReason {
    FoundJob,
    OtherTraining,
    Health,
    Family,
    MovedAway,
    NeverCame,
    DeclinedSeat, // she was admitted and said no before the start
    Excluded,
    Other
};

// Whether a stage may follow another. Completed and transferred are final; a withdrawal made
// by mistake can be undone (withdrawn -> active).
bool can_move(EnrolmentStage from, EnrolmentStage to);
std::vector<EnrolmentStage> next_stages(EnrolmentStage from);

// Counts against the cohort's seats.
bool holds_seat(EnrolmentStage stage);

// What the indicators need about her, as it was on the day she entered (ESF+ Annex I "at entry").
struct EntrySnapshot {
    Date entered_on;
    std::optional<int> age; // whole years on entered_on; nothing when her birth date is unknown
    Gender gender = Gender::NotSaid;
    std::optional<EducationLevel> education_level;
    std::optional<Answer> diploma_obtained_abroad;
    std::optional<Answer> diploma_recognised;
    std::optional<Answer> qualification_obsolete;
    std::optional<LabourMarketStatus> labour_market_status;
    std::optional<int> months_unemployed; // whole months at entry, when unemployed since a known month
    std::optional<Answer> single_parent;
    std::optional<Answer> housing_exclusion;
    std::optional<Answer> disability;
    std::optional<Answer> minority;
    std::string nationality;
    std::string postcode;
};

EntrySnapshot snapshot_at_entry(Participant const& participant, Date entered_on);

struct Enrolment {
    long long id = 0;
    long long organisation_id = 0;
    long long participant_id = 0;
    long long cohort_id = 0;
    EnrolmentStage stage = EnrolmentStage::Enrolled;
    Date enrolled_on;
    Date stage_changed_on;
    std::optional<WithdrawalReason> withdrawal_reason;
    long long transferred_to_cohort_id = 0;
    std::string capacity_override_reason; // given when she was enrolled beyond the seats
    EntrySnapshot snapshot;
};

// A change of her stage, as staff ask for it.
struct StageChange {
    EnrolmentStage to = EnrolmentStage::Active;
    std::optional<Date> on; // default: today, or her first day if later
    std::optional<WithdrawalReason> withdrawal_reason;
    long long transferred_to_cohort_id = 0;
};

// What completing her is decided on: her record against her track's completion criteria.
struct CompletionFacts {
    std::optional<int> attendance_percent; // her rate; nothing while no lesson is marked
    int minimum_attendance_percent = 80;
    bool requires_all_modules_passed = true;
    std::optional<std::vector<long long>> modules; // of her track version; nothing when it is unknown
    std::vector<long long> modules_passed;
};

// The cohort a transfer would take her to.
struct TransferTarget {
    std::optional<Cohort> cohort; // nothing: no such cohort in the centre
    bool already_enrolled = false;
    long long seats_taken = 0;
};

// What a stage change is decided on, read before it is decided.
struct StageChangeFacts {
    Enrolment enrolment; // as she is now
    Date today;
    std::optional<CompletionFacts> completion; // read when the change completes her
    std::optional<TransferTarget> transfer;    // read when she is transferred
};

struct StageChanged {
    Enrolment enrolment; // with its new stage
    // After a transfer, where she goes on: her enrolment in the other cohort, to be stored.
    std::optional<Enrolment> continued;
};

// Her enrolment after the change, or each reason it may not be made (the field and the
// catalogue key): a move the table allows, a withdrawal's reason, a transfer to another cohort
// with a free seat, a completion that meets the track's criteria, a day not before her entry.
Result<StageChanged> change_stage(StageChangeFacts const& facts, StageChange const& change);

template <> struct Codes<EnrolmentStage> {
    static constexpr std::array table{
        std::pair{EnrolmentStage::Enrolled, std::string_view("enrolled")},
        std::pair{EnrolmentStage::Active, std::string_view("active")},
        std::pair{EnrolmentStage::Completed, std::string_view("completed")},
        std::pair{EnrolmentStage::Withdrawn, std::string_view("withdrawn")},
        std::pair{EnrolmentStage::Transferred, std::string_view("transferred")},
    };
};

template <> struct Codes<WithdrawalReason> {
    static constexpr std::array table{
        std::pair{WithdrawalReason::FoundJob, std::string_view("found_job")},
        std::pair{WithdrawalReason::OtherTraining, std::string_view("other_training")},
        std::pair{WithdrawalReason::Health, std::string_view("health")},
        std::pair{WithdrawalReason::Family, std::string_view("family")},
        std::pair{WithdrawalReason::MovedAway, std::string_view("moved_away")},
        std::pair{WithdrawalReason::NeverCame, std::string_view("never_came")},
        std::pair{WithdrawalReason::DeclinedSeat, std::string_view("declined_seat")},
        std::pair{WithdrawalReason::Excluded, std::string_view("excluded")},
        std::pair{WithdrawalReason::Other, std::string_view("other")},
    };
};

} // namespace tremplin::domain

#pragma once

// A cohort is one run of a track version: its dates, seats, place, funding and coordinator.
// Trainers give its lessons.

#include "domain/answers.hpp"
#include "domain/date.hpp"
#include "domain/error.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::domain {

struct Funding {
    std::string funder;           // e.g. "Bruxelles Formation", "ESF+"
    std::string programme;        // e.g. "ESF+ 2021-2027, priority 1"
    std::string agreement_number; // the convention's reference
    long long partner_id = 0;     // the funder among the centre's partners; 0: not recorded as one
};

// The weeks the cohort's trainees spend in enterprises: inside the cohort's dates, since the
// traineeship is part of the training (docs/domain.md "Traineeship period").
struct TraineeshipPeriod {
    Date starts_on;
    Date ends_on;
};

struct Cohort {
    long long id = 0;
    long long organisation_id = 0;
    long long track_id = 0;
    long long track_version_id = 0;
    std::string name; // e.g. "WEB 2026-A"
    Date starts_on;
    Date ends_on;
    int capacity = 12;
    std::string place; // address or site name
    std::string room;  // default room of its lessons
    Funding funding;
    std::optional<TraineeshipPeriod> traineeship; // none: no traineeship planned yet
    long long coordinator_id = 0;                 // a staff account; 0: none yet
    // Its iCalendar link: the hash of the link's secret, and when staff made the link (none:
    // no link made yet). docs/design.md "Calendar links".
    std::string calendar_token_hash;
    std::optional<std::string> calendar_link_made_at;
};

// A calendar link works until this many days after the cohort ends: long enough to look back at
// the last weeks, not for years.
inline constexpr int calendar_link_days_after_end = 30;

inline bool calendar_link_open(Cohort const& cohort, Date today)
{
    return today <= cohort.ends_on.plus_days(calendar_link_days_after_end);
}

// Checks a cohort as typed: a name, the end not before the start, at least one seat, and its
// traineeship period, when it has one, in order and inside its dates.
std::vector<FieldError> validate_cohort(Cohort const& cohort);

struct Trainer {
    long long id = 0;
    long long organisation_id = 0;
    std::string name;
    Gender gender = Gender::Woman;  // parity: share of teaching hours given by women
    bool external = false;          // not on the centre's staff
    long long staff_account_id = 0; // 0: no account (external trainers usually have none)
    std::string email;
    bool active = true;
};

std::vector<FieldError> validate_trainer(Trainer const& trainer);

// Teaching minutes given by women, out of all teaching minutes with a trainer assigned:
// the parity figure, per cohort, track or year.
struct TeachingParity {
    long long minutes_by_women = 0;
    long long minutes_in_all = 0;

    // Whole percent, rounded half up; nothing when no minute was taught.
    std::optional<int> percent_by_women() const;
};

} // namespace tremplin::domain

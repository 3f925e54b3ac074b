#pragma once

// Cohorts and their timetable: creating a cohort on its track's current version, generating
// lessons from a weekly pattern, moving or cancelling a lesson. A trainer or a room booked
// twice at the same time is refused.

#include "domain/cohort.hpp"
#include "domain/partner.hpp"
#include "domain/schedule.hpp"
#include "domain/track.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "service/unit_of_work.hpp"
#include "store/cohort_repository.hpp"
#include "store/database.hpp"
#include "store/lesson_repository.hpp"

#include <vector>

namespace tremplin::service {

// A cohort as the list shows it, and a lesson as the timetables show it (read models of the store).
using CohortSummary = store::CohortSummary;
using LessonView = store::LessonView;

// What the reader may do with cohorts: create and change them, plan their timetables; open the
// trainees' records and the documents copied from the register (attestations, statements, the
// attendance register).
struct CohortMay {
    bool manage = false;
    bool records = false;
    bool partners = false; // open the funder's page among the partners
};

struct CohortList {
    std::vector<CohortSummary> cohorts;
    CohortMay may;
};

struct CohortDetails {
    domain::Cohort cohort;
    domain::Track track;
    domain::TrackVersion version;
    long long seats_taken = 0;
    std::vector<store::LessonView> lessons;
    domain::TeachingParity parity; // of the lessons given so far
    std::optional<domain::Partner> funding_partner;
    CohortMay may;
};

// What the timetable's form offers: the cohort, its version's modules and the active trainers.
struct ScheduleForm {
    domain::Cohort cohort;
    std::vector<domain::Module> modules;
    std::vector<domain::Trainer> trainers;
};

// The same for one lesson to change.
struct LessonForm {
    LessonView lesson;
    std::vector<domain::Module> modules;
    std::vector<domain::Trainer> trainers;
};

// What a generated timetable's lessons are about.
struct ScheduleRequest {
    domain::WeeklyPattern pattern;
    long long module_id = 0;
    long long trainer_id = 0;
    std::string room; // empty: the cohort's room
};

struct ScheduleResult {
    int lessons_created = 0;
    std::vector<domain::SkippedDay> skipped;
};

class CohortService {
  public:
    CohortService(store::Database& database, Clock const& clock) : m_units(database, clock) {}

    // Every read of a cohort keeps to the reader's scope (service/cohort_scope.hpp): a trainer
    // sees the cohorts she teaches, and any other is "not found".
    domain::Result<std::vector<store::CohortSummary>> cohorts(Actor const& actor);
    // The list's page: the cohorts, and what the reader may do with them.
    domain::Result<CohortList> list(Actor const& actor);
    domain::Result<CohortDetails> cohort(Actor const& actor, long long id);
    // Whether she may create or edit a cohort: the refusal `create` and `update` would give, asked
    // before a form is shown or read (a form is never checked for whoever may not send it).
    domain::Result<void> may_manage(Actor const& actor) const;
    // The cohort as its form shows it, for whoever may change it.
    domain::Result<domain::Cohort> for_editing(Actor const& actor, long long id);
    // The partners a cohort's funder may be chosen from, for whoever may change a cohort.
    domain::Result<std::vector<domain::Partner>> possible_funders(Actor const& actor);
    // Runs on the track's current version; the version must have modules; the funder, when
    // named among the partners, is one of the centre's.
    domain::Result<long long> create(Actor const& actor, domain::Cohort cohort);
    domain::Result<void> update(Actor const& actor, domain::Cohort cohort);
    // A new iCalendar link; the old one stops working. The link's secret, returned once: only
    // its hash is kept (docs/design.md "Calendar links").
    domain::Result<std::string> renew_calendar_link(Actor const& actor, long long cohort_id);

    // All or nothing: a clash on any generated lesson refuses the whole timetable.
    domain::Result<ScheduleResult> generate_schedule(Actor const& actor, long long cohort_id,
                                                     ScheduleRequest const& request);
    // The timetable's form, for whoever may plan it.
    domain::Result<ScheduleForm> schedule_form(Actor const& actor, long long cohort_id);
    domain::Result<store::LessonView> lesson(Actor const& actor, long long id);
    // A lesson's form, for whoever may change it.
    domain::Result<LessonForm> lesson_form(Actor const& actor, long long lesson_id);
    // id 0: a new lesson. Checked against the cohort's dates, its modules and other bookings.
    domain::Result<long long> save_lesson(Actor const& actor, domain::Lesson lesson);

  private:
    // The first booking clash of `lesson` as an error on the field it concerns, if any.
    std::optional<domain::Error> clash_error(store::LessonRepository& lessons, domain::Lesson const& lesson,
                                             std::string const& room_key);

    UnitsOfWork m_units;
};

// A room as compared for double bookings: trimmed, spaces collapsed, ASCII letters in lower case.
std::string room_key(std::string_view room);

} // namespace tremplin::service

#include "cli/demo/demo_training.hpp"

#include "cli/demo/demo_bookings.hpp"
#include "cli/demo/demo_trainees.hpp"
#include "store/attendance_repository.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace tremplin::cli {

using domain::AttendanceMark;
using domain::Date;
using domain::EnrolmentStage;
using domain::WithdrawalReason;

namespace {

Date monday_of(Date day)
{
    return day.plus_days(-(domain::iso_weekday(day) - 1));
}

struct Slot {
    int starts_at;
    int ends_at;
};
// Monday to Thursday, morning and afternoon: 26 hours a week.
constexpr std::array<Slot, 2> slots{{{9 * 60, 12 * 60 + 30}, {13 * 60 + 30, 16 * 60 + 30}}};

struct TrackPlan {
    std::string code;
    int weeks;                // how long a cohort lasts
    int period_weeks;         // from one start to the next
    int current_offset_weeks; // start of the latest cohort, from this week's Monday
    bool next_starts_next_month;
    int capacity;
    std::string room;
    std::vector<std::string> funders; // in turn
    std::string programme;
    int traineeship_weeks = 0; // its last weeks, spent in enterprises without lessons
};

std::vector<TrackPlan> const& track_plans()
{
    static std::vector<TrackPlan> const plans{
        {"ORIENT", 4, 5, -2, false, 16, "Salle 1", {"Actiris"}, "Orientation des chercheuses d'emploi", 0},
        {"WEB", 22, 26, -11, false, 14, "Salle 2", {"FSE+ / ESF+"}, "FSE+ 2021-2027, priorité 1", 6},
        {"SYSADM", 22, 26, -20, false, 12, "Labo réseau", {"FSE+ / ESF+"}, "FSE+ 2021-2027, priorité 1", 6},
        {"HELPDESK", 12, 17, 0, true, 14, "Salle 3", {"Bruxelles Formation"}, "Convention ISP", 4},
        {"ADMIN-ICT", 11, 17, -6, false, 14, "Salle 4", {"Bruxelles Formation"}, "Convention ISP", 3},
        {"CERT", 6, 10, -2, false, 12, "Salle 5", {"Actiris", "Bruxelles Formation"}, "Certifications", 0},
    };
    return plans;
}

struct PlannedCohort {
    TrackPlan const* plan;
    Date starts_on;
    Date ends_on;
    int number; // of its track, for the funder in turn
};

// Every cohort from three years ago to today, and the one starting next month.
std::vector<PlannedCohort> planned_cohorts(Date today)
{
    auto const this_monday = monday_of(today);
    auto const earliest = today.plus_days(-3 * 365);
    std::vector<PlannedCohort> cohorts;
    for (auto const& plan : track_plans()) {
        auto anchor = this_monday.plus_days(7L * plan.current_offset_weeks);
        if (plan.next_starts_next_month) {
            auto first = Date::from_parts(today.month() == 12 ? today.year() + 1 : today.year(),
                                          today.month() % 12 + 1, 1);
            anchor = first->plus_days((8 - domain::iso_weekday(*first)) % 7);
        }
        for (int k = 0;; --k) {
            auto const start = anchor.plus_days(7L * plan.period_weeks * k);
            if (start < earliest)
                break;
            cohorts.push_back({&plan, start, start.plus_days(7L * plan.weeks - 3), -k});
        }
    }
    std::ranges::sort(cohorts, {}, &PlannedCohort::starts_on);
    return cohorts;
}

// Funders' reference numbers, as the conventions print them.
std::string agreement_number(std::string const& funder, int year, int number)
{
    auto const prefix = funder == "Actiris" ? "ACT" : funder == "Bruxelles Formation" ? "BF" : "FSE";
    return std::string(prefix) + "/" + std::to_string(year) + "/TR-" + (number < 10 ? "0" : "") +
           std::to_string(number);
}

// The funder's name among the demo's partners.
std::string funder_partner_name(std::string const& funder)
{
    return funder == "FSE+ / ESF+" ? "Agence FSE" : funder;
}

class TrainingBuilder {
  public:
    TrainingBuilder(service::Training& training, store::Database& database, DemoClock& clock,
                    service::Actor const& actor, DemoCatalogue const& catalogue,
                    std::vector<DemoPerson> const& people, std::mt19937_64& random)
        : m_training(training), m_database(database), m_clock(clock), m_actor(actor), m_catalogue(catalogue),
          m_people(people), m_random(random), m_bookings(catalogue), m_now(clock.now()),
          m_today(clock.today())
    {
        for (auto const& person : people)
            m_free_from[person.participant_id] = Date();
    }

    DemoTrainingSummary run(std::function<void()> const& admit)
    {
        std::map<std::pair<std::string, int>, int> per_year;
        std::vector<std::pair<PlannedCohort, domain::Cohort>> cohorts;
        for (auto const& planned : planned_cohorts(m_today)) {
            auto const letter =
                static_cast<char>('A' + per_year[{planned.plan->code, planned.starts_on.year()}]++);
            auto const name =
                planned.plan->code + " " + std::to_string(planned.starts_on.year()) + "-" + letter;
            cohorts.emplace_back(planned, create_cohort(planned, name));
        }
        m_clock.set(m_now);
        admit();
        for (auto const& [planned, cohort] : cohorts)
            train(*planned.plan, cohort);
        m_clock.set(m_now);
        return m_summary;
    }

  private:
    // The cohort and its timetable, four weeks before it starts.
    domain::Cohort create_cohort(PlannedCohort const& planned, std::string const& name)
    {
        auto const& plan = *planned.plan;
        m_clock.set(planned.starts_on.plus_days(-28), 9 * 60, m_now);
        domain::Cohort cohort;
        cohort.track_id = m_catalogue.track_ids.at(plan.code);
        cohort.name = name;
        cohort.starts_on = planned.starts_on;
        cohort.ends_on = planned.ends_on;
        cohort.capacity = plan.capacity;
        cohort.place = "Rue de l'Association 32, 1000 Bruxelles";
        cohort.room = plan.room;
        cohort.funding.funder = plan.funders[static_cast<std::size_t>(planned.number) % plan.funders.size()];
        cohort.funding.programme = plan.programme;
        cohort.funding.agreement_number = agreement_number(cohort.funding.funder, planned.starts_on.year(),
                                                           ++m_agreements[cohort.funding.funder]);
        cohort.funding.partner_id = funder_partner_id(cohort.funding.funder);
        if (plan.traineeship_weeks > 0)
            cohort.traineeship = domain::TraineeshipPeriod{
                planned.starts_on.plus_days(7L * (plan.weeks - plan.traineeship_weeks)), planned.ends_on};
        cohort.coordinator_id = m_actor.account.id;
        cohort.id = expect(m_training.cohorts.create(m_actor, cohort), "cohort " + name);
        ++m_summary.cohorts;

        schedule(cohort, plan);
        auto details = expect(m_training.cohorts.cohort(m_actor, cohort.id), "cohort " + name);
        if (running(cohort) && plan.code == "WEB")
            ensure_lesson_today(details);
        m_summary.lessons += static_cast<int>(details.lessons.size());
        return cohort;
    }

    // The funder's id among the partners (0 when the demo has no such partner).
    long long funder_partner_id(std::string const& funder)
    {
        if (m_funders.empty())
            for (auto const& partner : expect(m_training.cohorts.possible_funders(m_actor), "funders"))
                m_funders[partner.name] = partner.id;
        auto const found = m_funders.find(funder_partner_name(funder));
        return found == m_funders.end() ? 0 : found->second;
    }

    bool running(domain::Cohort const& cohort) const
    {
        return cohort.starts_on <= m_today && m_today <= cohort.ends_on;
    }

    // Its trainees, their attendance at every lesson held, and how each left.
    void train(TrackPlan const& plan, domain::Cohort const& cohort)
    {
        auto trainees = enrol(cohort, plan);
        if (cohort.starts_on > m_today)
            return;
        if (running(cohort) && plan.code == "WEB") {
            // Two trainees missed the last three lessons without a word: the alert list shows them.
            int marked = 0;
            for (auto& trainee : trainees)
                if (trainee.fate == Fate::Completes && marked < 2) {
                    trainee.absent_lately = true;
                    ++marked;
                }
        }
        auto const details = expect(m_training.cohorts.cohort(m_actor, cohort.id), "cohort " + cohort.name);
        record_attendance(cohort, details.lessons, trainees);
        close(cohort, trainees);
    }

    // Modules follow each other over the weeks before the traineeship, in proportion to their
    // planned hours; each has a trainer in the morning and one in the afternoon.
    void schedule(domain::Cohort const& cohort, TrackPlan const& plan)
    {
        auto const details = expect(m_training.cohorts.cohort(m_actor, cohort.id), "cohort " + cohort.name);
        auto const& modules = details.version.modules;
        long long const total = details.version.planned_minutes();
        long long planned_before = 0;
        int week = 0;
        int const weeks = plan.weeks - plan.traineeship_weeks;
        auto const last_day =
            cohort.traineeship ? cohort.traineeship->starts_on.plus_days(-1) : cohort.ends_on;
        for (std::size_t i = 0; i < modules.size(); ++i) {
            planned_before += modules[i].planned_minutes;
            int const left = static_cast<int>(modules.size() - i - 1);
            int end_week = static_cast<int>((weeks * planned_before + total / 2) / total);
            end_week = std::clamp(end_week, week + 1, weeks - left);
            auto const from = cohort.starts_on.plus_days(7L * week);
            auto const to =
                i + 1 == modules.size() ? last_day : cohort.starts_on.plus_days(7L * end_week - 1);
            week = end_week;
            for (int slot = 0; slot < static_cast<int>(slots.size()); ++slot) {
                service::ScheduleRequest request;
                request.pattern.from = from;
                request.pattern.to = to;
                for (int weekday = 1; weekday <= 4; ++weekday)
                    request.pattern.slots.push_back({weekday, slots[slot].starts_at, slots[slot].ends_at});
                request.module_id = modules[i].id;
                request.trainer_id = m_bookings.book(plan.code, slot, from, to);
                expect(m_training.cohorts.generate_schedule(m_actor, cohort.id, request),
                       "timetable of " + cohort.name);
            }
        }
    }

    // The demo trainer signs in to a lesson of hers today, even on a day the timetable skips.
    void ensure_lesson_today(service::CohortDetails& details)
    {
        auto const id = m_catalogue.account_trainer_id;
        auto const has_one = std::ranges::any_of(details.lessons, [&](store::LessonView const& view) {
            return view.lesson.day == m_today && view.lesson.trainer_id == id;
        });
        if (has_one || details.lessons.empty())
            return;
        m_clock.set(m_now);
        // The module under way: that of the last lesson before today, else the first.
        auto module_id = details.lessons.front().lesson.module_id;
        for (auto const& view : details.lessons)
            if (view.lesson.day <= m_today)
                module_id = view.lesson.module_id;
        domain::Lesson lesson;
        lesson.cohort_id = details.cohort.id;
        lesson.module_id = module_id;
        lesson.trainer_id = id;
        lesson.room = details.cohort.room;
        lesson.day = m_today;
        lesson.starts_at = 18 * 60; // an evening catch-up session: no other booking then
        lesson.ends_at = 20 * 60;
        expect(m_training.cohorts.save_lesson(m_actor, lesson), "lesson of today");
        details =
            expect(m_training.cohorts.cohort(m_actor, details.cohort.id), "cohort " + details.cohort.name);
    }

    // Those the admission round gave the cohort, then women already known to the centre, sent
    // by their advisers, for the seats left.
    std::vector<Trainee> enrol(domain::Cohort const& cohort, TrackPlan const& plan)
    {
        bool const future = cohort.starts_on > m_today;
        auto const on = future ? m_today : cohort.starts_on;
        int wanted = plan.code == "ORIENT"
                         ? plan.capacity
                         : plan.capacity - std::uniform_int_distribution<int>(0, 2)(m_random);
        if (future)
            wanted = plan.capacity - 4; // still recruiting
        bool const over = !future && std::uniform_int_distribution<int>(0, 4)(m_random) == 0;

        std::vector<Trainee> trainees;
        for (auto const& view : expect(m_training.enrolments.of_cohort(m_actor, cohort.id), "the admitted"))
            if (view.enrolment.stage == EnrolmentStage::Enrolled)
                trainees.push_back(
                    trainee_in(cohort, view.enrolment.id, view.enrolment.participant_id, m_random));
        auto const admitted = trainees.size();

        // Free on the first day and new to the track; those already known to the centre first.
        std::vector<DemoPerson> candidates;
        for (auto const& person : m_people)
            if (m_free_from[person.participant_id] < cohort.starts_on &&
                !m_done.contains({person.participant_id, plan.code}))
                candidates.push_back(person);
        std::ranges::shuffle(candidates, m_random);
        std::ranges::stable_partition(candidates, [&](DemoPerson const& p) { return p.entered_on <= on; });
        auto const seats = static_cast<std::size_t>(wanted + (over ? 1 : 0));
        auto const count = std::min(candidates.size(), seats - std::min(seats, admitted));

        m_clock.set(on, 9 * 60 + 30, m_now);
        for (std::size_t i = 0; i < count; ++i) {
            auto const participant_id = candidates[i].participant_id;
            service::EnrolmentRequest request;
            request.cohort_id = cohort.id;
            request.participant_id = participant_id;
            request.on = on;
            if (admitted + i >= static_cast<std::size_t>(plan.capacity))
                request.capacity_override_reason =
                    "Orientée par sa conseillère Actiris, place libérée la première semaine";
            auto const enrolment_id =
                expect(m_training.enrolments.enrol(m_actor, request), "enrolment in " + cohort.name);
            m_done.insert({participant_id, plan.code});
            trainees.push_back(trainee_in(cohort, enrolment_id, participant_id, m_random));
            m_free_from[participant_id] =
                trainees.back().fate == Fate::Completes ? cohort.ends_on : trainees.back().leaves_on;
        }
        m_summary.enrolments += static_cast<int>(trainees.size());
        if (!future)
            for (auto const& trainee : trainees)
                if (trainee.fate != Fate::NeverCame)
                    expect(
                        m_training.enrolments.change_stage(m_actor, trainee.enrolment_id,
                                                           {EnrolmentStage::Active, cohort.starts_on, {}, 0}),
                        "start in " + cohort.name);
        return trainees;
    }

    // Every lesson held before today, one transaction for the cohort; today's are left to take.
    void record_attendance(domain::Cohort const& cohort, std::vector<store::LessonView> const& lessons,
                           std::vector<Trainee> const& trainees)
    {
        std::vector<store::LessonView const*> held;
        for (auto const& view : lessons)
            if (view.lesson.day < m_today && view.lesson.status == domain::LessonStatus::Planned)
                held.push_back(&view);
        std::ranges::sort(held, [](auto const* a, auto const* b) {
            return std::tie(a->lesson.day, a->lesson.starts_at) <
                   std::tie(b->lesson.day, b->lesson.starts_at);
        });
        auto connection = m_database.connect();
        store::Transaction transaction(connection, store::Transaction::Mode::Write);
        store::AttendanceRepository attendance(connection);
        for (std::size_t i = 0; i < held.size(); ++i) {
            auto const& lesson = held[i]->lesson;
            bool const last_three = i + 3 >= held.size();
            std::vector<store::AttendanceRow> rows;
            for (auto const& trainee : trainees) {
                if (trainee.fate != Fate::Completes && lesson.day >= trainee.leaves_on)
                    continue;
                auto entry = mark_of(trainee, lesson.day, lesson.minutes(), m_random);
                if (trainee.absent_lately && last_three)
                    entry = {trainee.enrolment_id, AttendanceMark::Unexcused, 0, std::nullopt};
                rows.push_back(
                    {entry, trainee.participant_id, domain::minutes_attended(entry, lesson.minutes())});
            }
            auto const recorded_by = lesson.trainer_id == m_catalogue.account_trainer_id
                                         ? m_catalogue.account_trainer_account
                                         : m_actor.account.id;
            auto const at = domain::Instant(std::chrono::days(lesson.day.days_since_epoch())) +
                            std::chrono::minutes(lesson.ends_at);
            attendance.replace_sheet(m_actor.organisation_id(), cohort.id, lesson.id, lesson.day, rows,
                                     recorded_by, domain::iso_timestamp(at));
            m_summary.attendance_rows += static_cast<long long>(rows.size());
        }
        transaction.commit();
    }

    // On the last day, every module passed by those who complete, with a score between 60 and 95.
    void record_results(domain::Cohort const& cohort, std::vector<Trainee> const& trainees)
    {
        auto const details = expect(m_training.cohorts.cohort(m_actor, cohort.id), "cohort " + cohort.name);
        for (std::size_t i = 0; i < details.version.modules.size(); ++i) {
            auto const module_id = details.version.modules[i].id;
            std::vector<domain::ModuleResult> results;
            for (auto const& trainee : trainees)
                if (trainee.fate == Fate::Completes)
                    results.push_back({trainee.enrolment_id, module_id, domain::ModuleOutcome::Passed,
                                       60 + static_cast<int>((trainee.enrolment_id * 7 + i * 13) % 36),
                                       cohort.ends_on});
            if (!results.empty())
                expect(m_training.assessments.save_results(m_actor, cohort.id, module_id, results),
                       "results of " + cohort.name);
        }
    }

    // Withdrawals on their day; at the end of a cohort, completion for those who attended enough.
    void close(domain::Cohort const& cohort, std::vector<Trainee> const& trainees)
    {
        for (auto const& trainee : trainees) {
            if (trainee.fate != Fate::Completes && trainee.leaves_on <= m_today) {
                m_clock.set(trainee.leaves_on, 11 * 60, m_now);
                expect(m_training.enrolments.change_stage(
                           m_actor, trainee.enrolment_id,
                           {EnrolmentStage::Withdrawn, trainee.leaves_on, trainee.reason, 0}),
                       "withdrawal from " + cohort.name);
            }
        }
        if (cohort.ends_on >= m_today)
            return;
        m_clock.set(cohort.ends_on, 17 * 60, m_now);
        record_results(cohort, trainees);
        for (auto const& trainee : trainees) {
            if (trainee.fate != Fate::Completes)
                continue;
            auto completed = m_training.enrolments.change_stage(
                m_actor, trainee.enrolment_id, {EnrolmentStage::Completed, cohort.ends_on, {}, 0});
            if (!completed) // attended too little to complete
                expect(m_training.enrolments.change_stage(
                           m_actor, trainee.enrolment_id,
                           {EnrolmentStage::Withdrawn, cohort.ends_on, WithdrawalReason::Other, 0}),
                       "withdrawal from " + cohort.name);
        }
    }

    service::Training& m_training;
    store::Database& m_database;
    DemoClock& m_clock;
    service::Actor const& m_actor;
    DemoCatalogue const& m_catalogue;
    std::vector<DemoPerson> const& m_people;
    std::mt19937_64& m_random;
    Bookings m_bookings;
    domain::Instant const m_now;
    Date const m_today;
    std::map<long long, Date> m_free_from;              // participant -> the day she is free to start again
    std::set<std::pair<long long, std::string>> m_done; // participant, track
    std::map<std::string, int> m_agreements;
    std::map<std::string, long long> m_funders; // partner name -> id
    DemoTrainingSummary m_summary;
};

} // namespace

DemoTrainingSummary create_training(service::Training& training, store::Database& database, DemoClock& clock,
                                    service::Actor const& actor, DemoCatalogue const& catalogue,
                                    std::vector<DemoPerson> const& people, std::mt19937_64& random,
                                    std::function<void()> const& admit)
{
    return TrainingBuilder(training, database, clock, actor, catalogue, people, random).run(admit);
}

} // namespace tremplin::cli

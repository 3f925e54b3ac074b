// What training hours cost on a big history (SQLite, in a temporary file): 10 centres × 10
// years × about 60,000 attendance rows a centre-year (6 million rows), written directly in one
// transaction per centre. Measures saving a 20-trainee sheet through AttendanceService, the
// hours of one cohort, and the hours of a centre's year (in all, by track, by funder), and
// prints the query plans first. Run: build/bench/training_bench [--benchmark_filter=…]
// Smaller: TREMPLIN_BENCH_CENTRES=2 TREMPLIN_BENCH_YEARS=2 build/bench/training_bench

#include "cli/demo/demo_people.hpp"
#include "service/account_service.hpp"
#include "service/participant_matching.hpp"
#include "service/participant_service.hpp"
#include "service/training.hpp"
#include "store/attendance_repository.hpp"
#include "store/enrolment_repository.hpp"
#include "store/lesson_repository.hpp"
#include "store/organisation_repository.hpp"
#include "store/participant_repository.hpp"
#include "temporary_database.hpp"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <random>

#include <benchmark/benchmark.h>
#include <soci/soci.h>

using namespace tremplin;

namespace {

int setting(char const* name, int fallback)
{
    auto const* value = std::getenv(name);
    return value ? std::max(1, std::atoi(value)) : fallback;
}

int const centres = setting("TREMPLIN_BENCH_CENTRES", 10);
int const years = setting("TREMPLIN_BENCH_YEARS", 10);
constexpr int cohorts_per_year = 20;
constexpr int trainees_per_cohort = 15;
constexpr int lessons_per_cohort = 200; // 20 × 15 × 200 = 60,000 rows a centre-year
constexpr int first_year = 2016;
std::array<std::string, 3> const funders{"Actiris", "Bruxelles Formation", "FSE+ / ESF+"};

domain::Date add_days(domain::Date day, long days)
{
    return domain::Date::from_days_since_epoch(day.days_since_epoch() + days);
}

struct History {
    History()
        : path((std::filesystem::temp_directory_path() / "tremplin-training-bench.db").string()),
          database(bench::open_sqlite_file(path)),
          accounts(*database, clock, {"fr", "nl", "en"},
                   {.password_hashing = service::PasswordHashing::Minimal}),
          participants(*database, clock, {"fr", "nl", "en"}), training(*database, clock)
    {
        auto const started = std::chrono::steady_clock::now();
        for (int centre = 0; centre < centres; ++centre)
            fill_centre(centre);
        prepare_sheet();
        std::cerr << "history: " << rows << " attendance rows in "
                  << std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count()
                  << " s\n";
    }

    ~History()
    {
        database.reset();
        bench::remove_sqlite_files(path);
    }

    void fill_centre(int centre)
    {
        std::optional<long long> organisation_id;
        if (centre > 0) {
            auto connection = database->connect();
            organisation_id = store::OrganisationRepository(connection)
                                  .insert({0, "Centre " + std::to_string(centre + 1), "fr"}, clock.now_iso());
        }
        auto account = accounts.add_account({"director" + std::to_string(centre), "Director",
                                             domain::Role::Director, "bench password", organisation_id});
        service::Actor const actor{*account, "127.0.0.1"};
        directors.push_back(actor);

        std::vector<long long> track_ids, module_ids;
        for (std::string code : {"WEB", "SYSADM", "HELPDESK", "ADMIN-ICT"}) {
            domain::Track track;
            track.code = code;
            track.name = {code, code, code};
            auto const id = *training.catalogue.create_track(actor, track);
            domain::Module module;
            module.position = 1;
            module.name = {"Module", "Module", "Module"};
            module.planned_minutes = 600 * 60;
            training.catalogue.save_modules(actor, id, {module});
            track_ids.push_back(id);
            module_ids.push_back(training.catalogue.track(actor, id)->version.modules.front().id);
        }

        auto connection = database->connect();
        store::Transaction transaction(connection, store::Transaction::Mode::Write);
        std::mt19937_64 random(static_cast<unsigned>(centre));
        auto const context = participants.validation_context();
        std::vector<domain::Participant> people;
        store::ParticipantRepository people_repository(connection);
        for (int i = 0; i < cohorts_per_year * trainees_per_cohort; ++i) {
            auto person =
                *domain::validate_participant(cli::invented_participant(random, clock.today()), context);
            person.organisation_id = actor.organisation_id();
            person.created_at = person.updated_at = clock.now_iso();
            person.id = people_repository.insert(person, service::keys_of(person));
            people.push_back(std::move(person));
        }
        store::LessonRepository lessons(connection);
        store::EnrolmentRepository enrolments(connection);
        auto& session = connection.session();
        auto const now = clock.now_iso();
        for (int year = first_year; year < first_year + years; ++year) {
            auto const january = *domain::Date::from_parts(year, 1, 1);
            for (int c = 0; c < cohorts_per_year; ++c) {
                auto const track = static_cast<std::size_t>(c) % track_ids.size();
                domain::Cohort cohort;
                cohort.organisation_id = actor.organisation_id();
                cohort.track_id = track_ids[track];
                cohort.name = "C" + std::to_string(year) + "-" + std::to_string(c);
                cohort.starts_on = january;
                cohort.ends_on = *domain::Date::from_parts(year, 12, 31);
                cohort.capacity = trainees_per_cohort;
                cohort.funding.funder = funders[static_cast<std::size_t>(c) % funders.size()];
                cohort.calendar_token_hash =
                    cohort.name + "-" + std::to_string(centre) + "-0123456789abcdef0123456789";
                auto const starts_on = cohort.starts_on.iso();
                auto const ends_on = cohort.ends_on.iso();
                session
                    << "INSERT INTO cohorts (organisation_id, track_id, track_version_id, name, starts_on, "
                       "ends_on, capacity, funder, calendar_token_hash, created_at, updated_at) SELECT :o, "
                       ":t, "
                       "current_version_id, :n, :s, :e, :c, :f, :k, :now, :now2 FROM tracks WHERE id = :t2",
                    soci::use(cohort.organisation_id), soci::use(cohort.track_id), soci::use(cohort.name),
                    soci::use(starts_on), soci::use(ends_on), soci::use(cohort.capacity),
                    soci::use(cohort.funding.funder), soci::use(cohort.calendar_token_hash), soci::use(now),
                    soci::use(now), soci::use(cohort.track_id);
                long long cohort_id = 0;
                session << "SELECT MAX(id) FROM cohorts", soci::into(cohort_id);
                cohort_ids.push_back(cohort_id);

                std::vector<std::pair<long long, long long>> trainees; // enrolment, participant
                for (int t = 0; t < trainees_per_cohort; ++t) {
                    auto const& person = people[static_cast<std::size_t>(c * trainees_per_cohort + t)];
                    domain::Enrolment enrolment;
                    enrolment.organisation_id = actor.organisation_id();
                    enrolment.participant_id = person.id;
                    enrolment.cohort_id = cohort_id;
                    enrolment.stage = domain::EnrolmentStage::Completed;
                    enrolment.enrolled_on = enrolment.stage_changed_on = january;
                    enrolment.snapshot = domain::snapshot_at_entry(person, january);
                    trainees.emplace_back(enrolments.insert(enrolment, now), person.id);
                }
                std::vector<long long> v_org, v_lesson, v_enrolment, v_cohort, v_participant;
                std::vector<std::string> v_day, v_mark;
                std::vector<int> v_minutes;
                for (int l = 0; l < lessons_per_cohort; ++l) {
                    domain::Lesson lesson;
                    lesson.organisation_id = actor.organisation_id();
                    lesson.cohort_id = cohort_id;
                    lesson.module_id = module_ids[track];
                    lesson.room = "Salle " + std::to_string(c);
                    lesson.day = add_days(january, l * 364L / lessons_per_cohort);
                    lesson.starts_at = l % 2 ? 13 * 60 + 30 : 9 * 60;
                    lesson.ends_at = lesson.starts_at + 180;
                    auto const lesson_id = lessons.insert(lesson, service::room_key(lesson.room), now);
                    for (auto const& [enrolment_id, participant_id] : trainees) {
                        auto const draw = random() % 100;
                        v_org.push_back(actor.organisation_id());
                        v_lesson.push_back(lesson_id);
                        v_enrolment.push_back(enrolment_id);
                        v_cohort.push_back(cohort_id);
                        v_participant.push_back(participant_id);
                        v_day.push_back(lesson.day.iso());
                        v_mark.push_back(draw < 90 ? "present" : draw < 95 ? "late" : "unexcused");
                        v_minutes.push_back(draw < 90 ? 180 : draw < 95 ? 165 : 0);
                    }
                }
                std::vector<std::string> const v_recorded(v_org.size(), now);
                session
                    << "INSERT INTO attendance (organisation_id, lesson_id, enrolment_id, cohort_id, "
                       "participant_id, lesson_day, mark, minutes_attended, recorded_at) VALUES (:o, :l, :e, "
                       ":c, :p, :d, :m, :n, :r)",
                    soci::use(v_org), soci::use(v_lesson), soci::use(v_enrolment), soci::use(v_cohort),
                    soci::use(v_participant), soci::use(v_day), soci::use(v_mark), soci::use(v_minutes),
                    soci::use(v_recorded);
                rows += static_cast<long long>(v_org.size());
            }
        }
        transaction.commit();
    }

    // A cohort of today with 20 trainees and one lesson, for saving its sheet.
    void prepare_sheet()
    {
        auto const& actor = directors.front();
        auto const track_id = training.catalogue.tracks(actor)->front().id;
        domain::Cohort cohort;
        cohort.track_id = track_id;
        cohort.name = "SHEET";
        cohort.starts_on = add_days(clock.today(), -30);
        cohort.ends_on = add_days(clock.today(), 30);
        cohort.capacity = 20;
        cohort.room = "Salle bench";
        auto const cohort_id = *training.cohorts.create(actor, cohort);
        auto const module_id = training.cohorts.cohort(actor, cohort_id)->version.modules.front().id;
        domain::Lesson lesson{0, 0, cohort_id, module_id, 0, "Salle bench", clock.today(), 18 * 60, 21 * 60};
        sheet_lesson = *training.cohorts.save_lesson(actor, lesson);
        auto connection = database->connect();
        std::vector<long long> ids(20);
        connection.session() << "SELECT id FROM participants WHERE organisation_id = " +
                                    std::to_string(actor.organisation_id()) + " LIMIT 20",
            soci::into(ids);
        for (auto const participant_id : ids) {
            auto const enrolment =
                *training.enrolments.enrol(actor, {cohort_id, participant_id, std::nullopt, {}});
            sheet.push_back({enrolment, domain::AttendanceMark::Present, 0, std::nullopt});
        }
        sheet[3] = {sheet[3].enrolment_id, domain::AttendanceMark::Late, 15, std::nullopt};
        sheet[7] = {sheet[7].enrolment_id, domain::AttendanceMark::Excused, 0, std::nullopt};
    }

    void print_plans()
    {
        auto connection = database->connect();
        auto const cohort = std::to_string(cohort_ids[cohort_ids.size() / 2]);
        auto const centre = std::to_string(directors[directors.size() / 2].organisation_id());
        auto const from = "'" + std::to_string(first_year + years / 2) + "-01-01'";
        auto const to = "'" + std::to_string(first_year + years / 2) + "-12-31'";
        std::vector<std::pair<std::string, std::string>> const queries{
            {"minutes_by_enrolment",
             "SELECT enrolment_id, SUM(minutes_attended) FROM attendance WHERE cohort_id = " + cohort +
                 " GROUP BY enrolment_id"},
            {"minutes_of_cohort",
             "SELECT COALESCE(SUM(minutes_attended), 0) FROM attendance WHERE cohort_id = " + cohort},
            {"minutes_of_centre",
             "SELECT COALESCE(SUM(minutes_attended), 0) FROM attendance WHERE organisation_id = " + centre +
                 " AND lesson_day >= " + from + " AND lesson_day <= " + to},
            {"minutes_by_track",
             "SELECT t.code, SUM(s.minutes) FROM (SELECT cohort_id, SUM(minutes_attended) AS minutes FROM "
             "attendance WHERE organisation_id = " +
                 centre + " AND lesson_day >= " + from + " AND lesson_day <= " + to +
                 " GROUP BY cohort_id) s JOIN cohorts c ON c.id = s.cohort_id JOIN tracks t ON t.id = "
                 "c.track_id GROUP BY t.code ORDER BY t.code"},
            {"minutes_by_funder",
             "SELECT c.funder, SUM(s.minutes) FROM (SELECT cohort_id, SUM(minutes_attended) AS minutes FROM "
             "attendance WHERE organisation_id = " +
                 centre + " AND lesson_day >= " + from + " AND lesson_day <= " + to +
                 " GROUP BY cohort_id) s JOIN cohorts c ON c.id = s.cohort_id GROUP BY c.funder ORDER BY "
                 "c.funder"},
        };
        for (auto const& [name, sql] : queries) {
            std::cout << "EXPLAIN QUERY PLAN " << name << ":\n";
            soci::rowset<soci::row> plan = (connection.session().prepare << "EXPLAIN QUERY PLAN " + sql);
            for (auto const& row : plan)
                std::cout << "  " << row.get<std::string>(3) << "\n";
        }
    }

    std::string path;
    service::SystemClock clock;
    std::unique_ptr<store::Database> database;
    service::AccountService accounts;
    service::ParticipantService participants;
    service::Training training;
    std::vector<service::Actor> directors;
    std::vector<long long> cohort_ids;
    long long rows = 0;
    long long sheet_lesson = 0;
    std::vector<domain::AttendanceEntry> sheet;
};

History* history = nullptr;

void save_sheet_of_20_trainees(benchmark::State& state)
{
    for (auto _ : state) {
        auto saved = history->training.attendance.save_sheet(history->directors.front(),
                                                             history->sheet_lesson, history->sheet);
        if (!saved)
            state.SkipWithError("the sheet was refused");
    }
}
BENCHMARK(save_sheet_of_20_trainees)->Unit(benchmark::kMicrosecond);

void hours_of_one_cohort(benchmark::State& state)
{
    auto connection = history->database->connect();
    store::AttendanceRepository attendance(connection);
    auto const cohort = history->cohort_ids[history->cohort_ids.size() / 2];
    for (auto _ : state) {
        auto by_enrolment = attendance.minutes_by_enrolment(cohort);
        auto total = attendance.minutes_of_cohort(cohort);
        benchmark::DoNotOptimize(by_enrolment);
        benchmark::DoNotOptimize(total);
    }
}
BENCHMARK(hours_of_one_cohort)->Unit(benchmark::kMicrosecond);

template <int What> void hours_of_a_centre_year(benchmark::State& state)
{
    auto connection = history->database->connect();
    store::AttendanceRepository attendance(connection);
    auto const centre = history->directors[history->directors.size() / 2].organisation_id();
    auto const year = first_year + years / 2;
    auto const from = *domain::Date::from_parts(year, 1, 1);
    auto const to = *domain::Date::from_parts(year, 12, 31);
    for (auto _ : state) {
        if constexpr (What == 0)
            benchmark::DoNotOptimize(attendance.minutes_of_centre(centre, from, to));
        else if constexpr (What == 1)
            benchmark::DoNotOptimize(attendance.minutes_by_track(centre, from, to));
        else
            benchmark::DoNotOptimize(attendance.minutes_by_funder(centre, from, to));
    }
}
BENCHMARK(hours_of_a_centre_year<0>)->Name("minutes_of_centre_year")->Unit(benchmark::kMillisecond);
BENCHMARK(hours_of_a_centre_year<1>)->Name("minutes_by_track_of_centre_year")->Unit(benchmark::kMillisecond);
BENCHMARK(hours_of_a_centre_year<2>)->Name("minutes_by_funder_of_centre_year")->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    History built;
    history = &built;
    built.print_plans();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    history = nullptr;
    return 0;
}

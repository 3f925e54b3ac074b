// What a placement round costs through its service, on SQLite in a temporary file: one cohort of
// TREMPLIN_BENCH_TRAINEES trainees (20 by default, a real cohort; 300 for a stressed one) and
// one offer of 1 to 3 places for every two trainees, each trainee wishing for three of them and
// each host ranking the candidates of its offer. Measures the round's page, a run (the engine,
// the exclusions and the results written) and the what-if that the page computes per offer;
// then times one confirmation (a planned traineeship per placed trainee, in one unit of work).
// Run: build/bench/placement_bench; TREMPLIN_BENCH_TRAINEES=300 build/bench/placement_bench

#include "cli/demo/demo_people.hpp"
#include "service/account_service.hpp"
#include "service/offer_service.hpp"
#include "service/participant_service.hpp"
#include "service/partner_service.hpp"
#include "service/placement_round_service.hpp"
#include "service/training.hpp"
#include "temporary_database.hpp"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <random>

#include <benchmark/benchmark.h>

using namespace tremplin;

namespace {

int const trainees = [] {
    auto const* value = std::getenv("TREMPLIN_BENCH_TRAINEES");
    return value ? std::max(2, std::atoi(value)) : 20;
}();

class FixedClock final : public service::Clock {
  public:
    domain::Instant now() const override { return m_now; }

  private:
    domain::Instant m_now =
        domain::Instant(std::chrono::days(domain::Date::parse_iso("2026-03-02")->days_since_epoch()));
};

struct Round {
    Round()
        : path((std::filesystem::temp_directory_path() / "tremplin-placement-bench.db").string()),
          database(bench::open_sqlite_file(path)),
          accounts(*database, clock, {"fr", "nl", "en"},
                   {.password_hashing = service::PasswordHashing::Minimal}),
          participants(*database, clock, {"fr", "nl", "en"}), training(*database, clock),
          partners(*database, clock), offers(*database, clock), rounds(*database, clock),
          director({*accounts.add_account({"director", "Director", domain::Role::Director, "bench password"}),
                    "127.0.0.1"})
    {
        auto const started = std::chrono::steady_clock::now();
        domain::Track track;
        track.code = "WEB";
        track.name = {"WEB", "WEB", "WEB"};
        auto const track_id = *training.catalogue.create_track(director, track);
        domain::Module module;
        module.position = 1;
        module.name = {"HTML", "HTML", "HTML"};
        module.planned_minutes = 600 * 60;
        training.catalogue.save_modules(director, track_id, {module});
        domain::Cohort cohort;
        cohort.track_id = track_id;
        cohort.name = "WEB 2026-A";
        cohort.starts_on = *domain::Date::parse_iso("2026-03-02");
        cohort.ends_on = *domain::Date::parse_iso("2026-06-30");
        cohort.capacity = trainees;
        cohort.traineeship = domain::TraineeshipPeriod{*domain::Date::parse_iso("2026-06-01"),
                                                       *domain::Date::parse_iso("2026-06-26")};
        auto const created = training.cohorts.create(director, cohort);
        if (!created)
            throw std::runtime_error("the cohort is refused: " +
                                     (created.error().fields.empty()
                                          ? created.error().message_key
                                          : created.error().fields.front().message_key));
        cohort_id = *created;

        std::mt19937_64 random(2026);
        std::vector<long long> enrolments;
        for (int i = 0; i < trainees; ++i) {
            auto input = cli::invented_participant(random, clock.today());
            input.set(domain::participant_fields::consent_field(domain::ConsentKind::ShareWithEmployers),
                      "yes");
            auto const person =
                participants.create(director, input, service::DuplicateCheck::ConfirmedDifferentPerson);
            enrolments.push_back(*training.enrolments.enrol(director, {cohort_id, *person->id, {}, {}}));
        }
        std::vector<long long> offer_ids;
        for (int i = 0; i < trainees / 2; ++i) {
            auto const partner =
                partners.create(director, {.name = "Host " + std::to_string(i), .kind = "enterprise"},
                                service::DuplicateCheck::ConfirmedDifferentPerson);
            domain::OfferInput typed;
            typed.title = "Junior web developer";
            typed.occupation = "2512";
            typed.places = std::to_string(1 + i % 3);
            typed.starts_on = "2026-06-01";
            typed.ends_on = "2026-06-26";
            typed.hours_per_week = "38";
            typed.tracks = {std::to_string(track_id)};
            auto const offer = *offers.create(director, *partner->id, typed);
            offers.change_status(director, offer, domain::OfferStatus::Open);
            offer_ids.push_back(offer);
        }
        auto const opened = rounds.open(director, cohort_id);
        if (!opened)
            throw std::runtime_error(
                "the round does not open: " + opened.error().message_key +
                (opened.error().fields.empty() ? "" : " " + opened.error().fields.front().message_key));
        round_id = *opened;
        // Three wishes each, the popular offers more often (the first offers are wished most).
        std::map<long long, std::vector<long long>> candidates;
        for (auto const enrolment : enrolments) {
            std::vector<long long> wishes;
            while (wishes.size() < 3) {
                auto const u = std::uniform_real_distribution<double>(0, 1)(random);
                auto const offer =
                    offer_ids[static_cast<std::size_t>(u * u * static_cast<double>(offer_ids.size()))];
                if (std::ranges::find(wishes, offer) == wishes.end())
                    wishes.push_back(offer);
            }
            for (auto const offer : wishes)
                candidates[offer].push_back(enrolment);
            rounds.set_wishes(director, round_id, {enrolment, wishes, {"fr"}});
        }
        for (auto const& [offer, wanted] : candidates) {
            std::vector<domain::HostView> views;
            for (std::size_t rank = 0; rank < wanted.size(); ++rank)
                views.push_back({offer, wanted[rank], static_cast<int>(rank % 3) + 1, false});
            rounds.set_host_views(director, round_id, offer, views);
        }
        auto const check = rounds.run(director, round_id);
        if (!check)
            throw std::runtime_error(
                "the round does not run: " + check.error().message_key +
                (check.error().fields.empty() ? "" : " " + check.error().fields.front().message_key));
        std::cerr << "round: " << trainees << " trainees, " << offer_ids.size() << " offers, made in "
                  << std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count()
                  << " s\n";
    }

    ~Round()
    {
        database.reset();
        bench::remove_sqlite_files(path);
    }

    std::string path;
    FixedClock clock;
    std::unique_ptr<store::Database> database;
    service::AccountService accounts;
    service::ParticipantService participants;
    service::Training training;
    service::PartnerService partners;
    service::OfferService offers;
    service::PlacementRoundService rounds;
    service::Actor director;
    long long cohort_id = 0;
    long long round_id = 0;
};

Round& round()
{
    static Round made;
    return made;
}

void run_the_round(benchmark::State& state)
{
    auto& r = round();
    for (auto _ : state)
        benchmark::DoNotOptimize(r.rounds.run(r.director, r.round_id));
}
BENCHMARK(run_the_round)->Unit(benchmark::kMillisecond);

// The page after a run: every trainee, offer, result and exclusion, and the what-if per offer.
void page_of_the_round(benchmark::State& state)
{
    auto& r = round();
    for (auto _ : state)
        benchmark::DoNotOptimize(r.rounds.page(r.director, r.cohort_id));
}
BENCHMARK(page_of_the_round)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    // Confirming happens once: timed once, after the measured runs.
    auto& r = round();
    auto const started = std::chrono::steady_clock::now();
    auto const confirmed = r.rounds.confirm(r.director, r.round_id);
    std::cerr << "confirm: " << (confirmed ? "made the traineeships" : confirmed.error().message_key)
              << " in "
              << std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count()
              << " ms\n";
    benchmark::Shutdown();
}

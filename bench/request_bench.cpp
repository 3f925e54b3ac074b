// What one request of the participant list costs inside the server, step by step, on a
// centre of 100,000 participants (SQLite, in a temporary file): the session lookup, the
// list query, the page rendering, and the whole request through Application::handle without
// the network. Run: build/bench/request_bench [--benchmark_filter=…]

#include "cli/demo/demo_people.hpp"
#include "locale/catalogues.hpp"
#include "service/account_service.hpp"
#include "service/audit_trail.hpp"
#include "service/evaluation_service.hpp"
#include "service/participant_matching.hpp"
#include "service/participant_service.hpp"
#include "service/recruitment.hpp"
#include "store/migrations.hpp"
#include "store/participant_repository.hpp"
#include "web/application.hpp"

#include <filesystem>
#include <random>

#include <benchmark/benchmark.h>
#include <spdlog/spdlog.h>

using namespace tremplin;

namespace {

constexpr int participant_count = 100'000;

struct Centre {
    Centre()
        : path((std::filesystem::temp_directory_path() / "tremplin-request-bench.db").string()),
          database(open(path)), catalogues(locale::Catalogues::embedded()),
          templates(web::TemplateSet::embedded()),
          accounts(*database, clock, catalogues.languages(),
                   {.password_hashing = service::PasswordHashing::Minimal}),
          participants(*database, clock, catalogues.languages()), audit(*database),
          administration(*database, clock, service::PasswordHashing::Minimal), training(*database, clock),
          recruitment(*database, clock, catalogues.languages()), partners(*database, clock),
          offers(*database, clock), traineeships(*database, clock), evaluations(*database, clock),
          placement(*database, clock),
          application({*database, accounts, participants, audit, administration, training, recruitment,
                       partners, offers, traineeships, evaluations, placement},
                      catalogues, templates, {}),
          uncached_application({*database, accounts, participants, audit, administration, training,
                                recruitment, partners, offers, traineeships, evaluations, placement},
                               catalogues, templates, uncached())
    {
        spdlog::set_level(spdlog::level::warn); // no access log lines among the results
        auto account =
            accounts.add_account({"coordinator", "Nadia", domain::Role::Coordinator, "bench password"});
        actor = {*account, "127.0.0.1"};
        fill();
        session_token = accounts.sign_in("coordinator", "bench password", "127.0.0.1")->session_token;
    }

    ~Centre()
    {
        database.reset();
        for (auto suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(path + suffix);
    }

    static web::WebSettings uncached()
    {
        web::WebSettings settings;
        settings.cached_results = 0;
        return settings;
    }

    static std::unique_ptr<store::Database> open(std::string const& path)
    {
        for (auto suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(path + suffix);
        auto database = store::Database::open("sqlite:" + path, 2);
        store::migrate(*database);
        return database;
    }

    // The same invented people as `tremplin demo`, written in one transaction.
    void fill()
    {
        std::mt19937_64 random(2026);
        auto const context = participants.validation_context();
        auto connection = database->connect();
        store::Transaction transaction(connection, store::Transaction::Mode::Write);
        store::ParticipantRepository repository(connection);
        for (int i = 0; i < participant_count; ++i) {
            auto participant =
                domain::validate_participant(cli::invented_participant(random, clock.today()), context);
            participant->organisation_id = actor.organisation_id();
            participant->created_at = participant->updated_at = clock.now_iso();
            repository.insert(*participant, service::keys_of(*participant));
        }
        transaction.commit();
    }

    std::string path;
    service::SystemClock clock;
    std::unique_ptr<store::Database> database;
    locale::Catalogues catalogues;
    web::TemplateSet templates;
    service::AccountService accounts;
    service::ParticipantService participants;
    service::AuditService audit;
    service::AccountAdministration administration;
    service::Training training;
    service::Recruitment recruitment;
    service::PartnerService partners;
    service::OfferService offers;
    service::TraineeshipService traineeships;
    service::EvaluationService evaluations;
    service::PlacementRoundService placement;
    web::Application application;
    web::Application uncached_application; // renders every page anew
    service::Actor actor;
    std::string session_token;
};

Centre& centre()
{
    static Centre instance;
    return instance;
}

void session_lookup(benchmark::State& state)
{
    auto& c = centre();
    for (auto _ : state)
        benchmark::DoNotOptimize(c.accounts.session(c.session_token));
}
BENCHMARK(session_lookup);

void list_first_page(benchmark::State& state)
{
    auto& c = centre();
    for (auto _ : state)
        benchmark::DoNotOptimize(c.participants.list(c.actor, {}));
}
BENCHMARK(list_first_page);

// The queries of bench/search.lua, one benchmark each: rare, common and multi-word searches.
std::vector<std::string> const search_queries{
    "fat",   "helene",  "diallo", "el am",   "ana popa", "imane",   "0470",     "0491 2", "yilmaz", "nadia b",
    "grace", "kabongo", "sophie", "peeters", "ayse",     "mariama", "salma ou", "julie.", "kow",    "rania"};

void search(benchmark::State& state)
{
    auto& c = centre();
    auto const& query = search_queries[static_cast<std::size_t>(state.range(0))];
    state.SetLabel(query);
    for (auto _ : state)
        benchmark::DoNotOptimize(c.participants.list(c.actor, {query, store::ParticipantOrder::Name, 0, 20}));
}
BENCHMARK(search)->DenseRange(0, 19);

void format_dates(benchmark::State& state)
{
    auto const& catalogue = *centre().catalogues.find("fr");
    auto const first = domain::Date::parse_iso("1970-01-01")->days_since_epoch();
    long day = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(
            catalogue.date(domain::Date::from_days_since_epoch(first + (day++ % 20000))));
}
BENCHMARK(format_dates);

// The list page as a coordinator sees it most of the time: the register has not changed
// since the page was last shown, and its results come from the cache.
void whole_list_request(benchmark::State& state)
{
    auto& c = centre();
    auto& application = state.range(0) ? c.application : c.uncached_application;
    state.SetLabel(state.range(0) ? "results from the cache" : "results rendered anew");
    web::Request request;
    request.method = "GET";
    request.target = "/participants";
    request.headers = {{"cookie", std::string(web::WebSettings{}.cookies().name(web::Cookie::Session)) + "=" +
                                      c.session_token}};
    request.remote_address = "127.0.0.1";
    for (auto _ : state) {
        auto copy = request;
        auto response = application.handle(copy);
        if (response.status != 200)
            state.SkipWithError("the list page did not answer 200");
        benchmark::DoNotOptimize(response);
    }
}
BENCHMARK(whole_list_request)->Arg(0)->Arg(1);

void whole_health_request(benchmark::State& state)
{
    auto& c = centre();
    web::Request request;
    request.method = "GET";
    request.target = "/healthz";
    request.remote_address = "127.0.0.1";
    for (auto _ : state) {
        auto copy = request;
        benchmark::DoNotOptimize(c.application.handle(copy));
    }
}
BENCHMARK(whole_health_request);

} // namespace

BENCHMARK_MAIN();

// The seat allocation of an admission round on generated instances: preparation (ids to
// indices, tie-breaking, ranks) and solve (deferred acceptance, then the waitlists) timed
// apart, and deferred acceptance alone. Run: build/bench/match_bench [--benchmark_filter=…]
// `match_bench --generate NAME FILE` writes an instance as the JSON input of `tremplin match`
// (NAME: 100k_uniform, 100k_zipf, 100k_zipf0.8, 1m_uniform or placement_10k).

#include "match/deferred_acceptance.hpp"
#include "match/matching.hpp"
#include "match_instances.hpp"

#include <cstring>
#include <fstream>
#include <iostream>
#include <map>

#include <benchmark/benchmark.h>

using namespace tremplin;

namespace {

// Each instance is generated once (1,000,000 applicants take a few seconds) and prepared once.
struct Prepared {
    match::Instance instance;
    match::Market market;
};

Prepared& prepared(std::string const& name)
{
    static std::map<std::string, Prepared> cache;
    auto found = cache.find(name);
    if (found == cache.end()) {
        auto instance = bench::generate(*bench::find_shape(name));
        auto market = match::prepare(instance);
        if (!market)
            throw std::logic_error(match::describe(market.error()));
        found = cache.emplace(name, Prepared{std::move(instance), *std::move(market)}).first;
    }
    return found->second;
}

void prepare(benchmark::State& state, std::string const& name)
{
    auto const& instance = prepared(name).instance;
    for (auto _ : state)
        benchmark::DoNotOptimize(match::prepare(instance));
}

void solve(benchmark::State& state, std::string const& name, match::Proposing proposing)
{
    auto market = prepared(name).market;
    market.proposing = proposing;
    match::Matching matching;
    for (auto _ : state) {
        matching = match::solve(market);
        benchmark::DoNotOptimize(matching);
    }
    std::size_t assigned = 0, waiting = 0;
    for (auto p : matching.assignment)
        assigned += p != match::unassigned;
    for (auto const& list : matching.waitlists)
        waiting += list.size();
    state.counters["proposals"] = static_cast<double>(matching.stats.proposals);
    state.counters["assigned"] = static_cast<double>(assigned);
    state.counters["waitlisted"] = static_cast<double>(waiting);
}

void deferred_acceptance(benchmark::State& state, std::string const& name)
{
    auto const& market = prepared(name).market;
    for (auto _ : state)
        benchmark::DoNotOptimize(match::applicants_propose(market));
    state.counters["ns/proposal"] =
        benchmark::Counter(static_cast<double>(match::applicants_propose(market).proposals) *
                               static_cast<double>(state.iterations()),
                           benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void register_all()
{
    for (std::string const name :
         {"100k_uniform", "100k_zipf", "100k_zipf0.8", "1m_uniform", "placement_10k"}) {
        benchmark::RegisterBenchmark(("prepare/" + name).c_str(), prepare, name)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("solve/" + name).c_str(), solve, name, match::Proposing::Applicants)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("deferred_acceptance/" + name).c_str(), deferred_acceptance, name)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("solve_programs_proposing/" + name).c_str(), solve, name,
                                     match::Proposing::Programs)
            ->Unit(benchmark::kMillisecond);
    }
}

int write_instance(std::string const& name, std::string const& path)
{
    auto const* shape = bench::find_shape(name);
    if (!shape) {
        std::cerr << "no instance " << name << " (" << bench::shape_names() << ")\n";
        return 2;
    }
    std::ofstream out(path);
    bench::write_json(bench::generate(*shape), out);
    return out ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc == 4 && std::strcmp(argv[1], "--generate") == 0)
        return write_instance(argv[2], argv[3]);
    register_all();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

#include "match/deferred_acceptance.hpp"
#include "match/matching.hpp"
#include "match/prefetch.hpp"

#include <bit>

namespace tremplin::match {

namespace {

using Clock = std::chrono::steady_clock;

// How many waits ahead the waitlists ask for a candidate's line.
constexpr std::size_t ahead = 16;

// Who waits where, one bit per candidate of each program (bit candidate_begin[p] + rank of
// p's candidate of that rank), and how many wait at each program.
struct Waiting {
    std::vector<std::uint64_t> bits;
    std::vector<std::uint32_t> count;
};

// Reads each applicant's choices once, in the applicants' order: her program, and every
// program she chose before it (all of them when she holds none) that accepts her — where she
// waits. In applicant-proposing these are exactly the offers that were refused. A wait is a
// bit set at her place in the program's order, so the waitlists come out in that order
// without sorting: a bit per candidate is 2 million bits for the 100k round, in the
// processor's second-level cache.
Waiting assign(Market const& market, std::vector<std::uint32_t> const& held,
               std::vector<std::uint32_t>& assignment)
{
    Waiting waiting{std::vector<std::uint64_t>((market.candidates.size() + 63) / 64, 0),
                    std::vector<std::uint32_t>(market.program_count, 0)};
    assignment.assign(market.applicant_count, unassigned);
    auto const* const candidate_begin = market.candidate_begin.data();
    for (std::uint32_t a = 0; a < market.applicant_count; ++a) {
        auto const end = held[a] == unacceptable ? market.choice_begin[a + 1] : held[a];
        for (auto slot = market.choice_begin[a]; slot < end; ++slot)
            if (auto const choice = market.choices[slot]; choice.rank != unacceptable) {
                auto const bit = candidate_begin[choice.program] + choice.rank;
                waiting.bits[bit / 64] |= std::uint64_t{1} << (bit % 64);
                ++waiting.count[choice.program];
            }
        if (held[a] != unacceptable)
            assignment[a] = market.choices[held[a]].program;
    }
    return waiting;
}

// Each program's waitlist: its candidates whose bit is set, in its order. The bits are read
// a word of 64 candidates at a time, into the places of all waits in one array; then the
// candidates at those places are read, asking for each line a few waits ahead: where a few
// wait among many candidates (uniform rounds), each is a line of its own from memory.
std::vector<std::vector<std::uint32_t>> waitlists(Market const& market, Waiting const& waiting)
{
    std::vector<std::uint32_t> places;
    std::size_t total = 0;
    for (auto count : waiting.count)
        total += count;
    places.reserve(total);
    for (std::size_t word = 0; word < waiting.bits.size(); ++word)
        for (auto bits = waiting.bits[word]; bits != 0; bits &= bits - 1)
            places.push_back(
                static_cast<std::uint32_t>(word * 64 + static_cast<unsigned>(std::countr_zero(bits))));

    // The places are in the programs' order, and in each program's order within it.
    std::vector<std::vector<std::uint32_t>> lists(market.program_count);
    Candidate const* const candidates = market.candidates.data();
    std::size_t at = 0;
    for (std::uint32_t p = 0; p < market.program_count; ++p) {
        auto& list = lists[p];
        list.resize(waiting.count[p]);
        for (auto& applicant : list) {
            if (at + ahead < places.size())
                prefetch(candidates + places[at + ahead]);
            applicant = candidates[places[at++]].applicant;
        }
    }
    return lists;
}

} // namespace

Matching solve(Market const& market)
{
    auto const start = Clock::now();
    auto const held =
        market.proposing == Proposing::Applicants ? applicants_propose(market) : programs_propose(market);
    Matching matching;
    auto const waiting = assign(market, held.slot, matching.assignment);
    matching.waitlists = waitlists(market, waiting);
    matching.stats.proposals = held.proposals;
    matching.stats.solve_time = Clock::now() - start;
    return matching;
}

Result<Matching> match(Instance const& instance)
{
    auto market = prepare(instance);
    if (!market)
        return std::unexpected(std::move(market.error()));
    return solve(*market);
}

} // namespace tremplin::match

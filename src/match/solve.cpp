#include "match/deferred_acceptance.hpp"
#include "match/matching.hpp"

#include <algorithm>

namespace tremplin::match {

namespace {

using Clock = std::chrono::steady_clock;

// One applicant waiting at one program: rank << 32 | applicant sorts in the program's order.
struct Wait {
    std::uint32_t program;
    std::uint64_t key;
};

// Reads each applicant's choices once, in the applicants' order: her program, and every
// program she chose before it (all of them when she holds none) that accepts her — where she
// waits. In applicant-proposing these are exactly the offers that were refused.
std::vector<Wait> assign(Market const& market, std::vector<std::uint32_t> const& held,
                         std::vector<std::uint32_t>& assignment)
{
    std::vector<Wait> waits;
    assignment.assign(market.applicant_count, unassigned);
    for (std::uint32_t a = 0; a < market.applicant_count; ++a) {
        auto const end = held[a] == unacceptable ? market.choice_begin[a + 1] : held[a];
        for (auto slot = market.choice_begin[a]; slot < end; ++slot)
            if (auto const choice = market.choices[slot]; choice.rank != unacceptable)
                waits.push_back({choice.program, std::uint64_t{choice.rank} << 32 | a});
        if (held[a] != unacceptable)
            assignment[a] = market.choices[held[a]].program;
    }
    return waits;
}

// Two ways to put a program's waitlist in its order: sort its waits (cost: the waiting,
// times a logarithm), or walk its candidates, who are in that order, keeping those who wait
// (cost: all of its candidates). Each program takes the cheaper.
std::vector<std::vector<std::uint32_t>>
waitlists(Market const& market, std::vector<std::uint32_t> const& held, std::vector<Wait> const& waits)
{
    auto const program_count = market.program_count;
    std::vector<std::uint32_t> waiting(program_count, 0);
    for (auto const& wait : waits)
        ++waiting[wait.program];
    // Programs to sort get a stretch of `keys`, the others none.
    std::vector<std::uint32_t> begin(program_count + 1, 0);
    for (std::uint32_t p = 0; p < program_count; ++p) {
        auto const candidates = market.candidate_begin[p + 1] - market.candidate_begin[p];
        auto const sorted = std::uint64_t{waiting[p]} * 16 < candidates;
        begin[p + 1] = begin[p] + (sorted ? waiting[p] : 0);
    }
    std::vector<std::uint64_t> keys(begin.back());
    auto next = begin;
    for (auto const& wait : waits)
        if (next[wait.program] < begin[wait.program + 1])
            keys[next[wait.program]++] = wait.key;

    std::vector<std::vector<std::uint32_t>> lists(program_count);
    for (std::uint32_t p = 0; p < program_count; ++p) {
        if (waiting[p] == 0)
            continue;
        lists[p].reserve(waiting[p]);
        if (begin[p] < begin[p + 1]) {
            auto const first = keys.begin() + begin[p], last = keys.begin() + begin[p + 1];
            std::sort(first, last);
            for (auto key = first; key != last; ++key)
                lists[p].push_back(static_cast<std::uint32_t>(*key));
        } else {
            for (auto i = market.candidate_begin[p]; i < market.candidate_begin[p + 1]; ++i)
                if (auto const candidate = market.candidates[i]; candidate.slot < held[candidate.applicant])
                    lists[p].push_back(candidate.applicant);
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
    auto const waits = assign(market, held.slot, matching.assignment);
    matching.waitlists = waitlists(market, held.slot, waits);
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

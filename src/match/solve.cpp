#include "match/deferred_acceptance.hpp"
#include "match/matching.hpp"

#include <algorithm>

namespace tremplin::match {

namespace {

using Clock = std::chrono::steady_clock;

// An applicant waits at every program she chose before the one she holds (all of them when
// she holds none) that accepts her. Two ways to list them in each program's order: walk the
// program's candidates, who are in that order, keeping those who wait (cost: all of its
// candidates); or collect the waiting from the applicants' side and sort them (cost: the
// waiting, times a logarithm). Each program takes the cheaper, once they are counted.
class Waitlists {
  public:
    Waitlists(Market const& market, std::vector<std::uint32_t> const& held) : m_market(market), m_held(held)
    {
    }

    std::vector<std::vector<std::uint32_t>> build()
    {
        auto const program_count = m_market.program_count;
        std::vector<std::uint32_t> waiting(program_count, 0);
        for (std::uint32_t a = 0; a < m_market.applicant_count; ++a)
            each_wait(a, [&](Choice choice) { ++waiting[choice.program]; });

        // Programs to sort get a stretch of `keys` (rank << 32 | applicant); the others none.
        std::vector<std::uint32_t> begin(program_count + 1, 0);
        for (std::uint32_t p = 0; p < program_count; ++p) {
            auto const candidates = m_market.candidate_begin[p + 1] - m_market.candidate_begin[p];
            auto const sorted = waiting[p] > 0 && std::uint64_t{waiting[p]} * 16 < candidates;
            begin[p + 1] = begin[p] + (sorted ? waiting[p] : 0);
        }
        std::vector<std::uint64_t> keys(begin.back());
        auto next = begin;
        for (std::uint32_t a = 0; a < m_market.applicant_count; ++a)
            each_wait(a, [&](Choice choice) {
                if (next[choice.program] < begin[choice.program + 1])
                    keys[next[choice.program]++] = std::uint64_t{choice.rank} << 32 | a;
            });

        std::vector<std::vector<std::uint32_t>> lists(program_count);
        for (std::uint32_t p = 0; p < program_count; ++p) {
            lists[p].reserve(waiting[p]);
            if (begin[p] < begin[p + 1]) {
                auto const first = keys.begin() + begin[p], last = keys.begin() + begin[p + 1];
                std::sort(first, last);
                for (auto key = first; key != last; ++key)
                    lists[p].push_back(static_cast<std::uint32_t>(*key));
            } else if (waiting[p] > 0) {
                for (auto i = m_market.candidate_begin[p]; i < m_market.candidate_begin[p + 1]; ++i)
                    if (auto const candidate = m_market.candidates[i];
                        candidate.slot < m_held[candidate.applicant])
                        lists[p].push_back(candidate.applicant);
            }
        }
        return lists;
    }

  private:
    template <class Visit> void each_wait(std::uint32_t a, Visit visit) const
    {
        auto const end = m_held[a] == unacceptable ? m_market.choice_begin[a + 1] : m_held[a];
        for (auto slot = m_market.choice_begin[a]; slot < end; ++slot)
            if (m_market.choices[slot].rank != unacceptable)
                visit(m_market.choices[slot]);
    }

    Market const& m_market;
    std::vector<std::uint32_t> const& m_held;
};

} // namespace

Matching solve(Market const& market)
{
    auto const start = Clock::now();
    auto held =
        market.proposing == Proposing::Applicants ? applicants_propose(market) : programs_propose(market);
    Matching matching;
    matching.assignment.resize(market.applicant_count, unassigned);
    for (std::uint32_t a = 0; a < market.applicant_count; ++a)
        if (held.slot[a] != unacceptable)
            matching.assignment[a] = market.choices[held.slot[a]].program;
    matching.waitlists = Waitlists(market, held.slot).build();
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

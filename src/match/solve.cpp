#include "match/deferred_acceptance.hpp"
#include "match/matching.hpp"

namespace tremplin::match {

namespace {

using Clock = std::chrono::steady_clock;

// A program's candidates are already in its order, so its waitlist is the candidates who
// prefer it (a lower slot) to the choice they hold: no sorting.
std::vector<std::vector<std::uint32_t>> waitlists(Market const& market,
                                                  std::vector<std::uint32_t> const& held)
{
    std::vector<std::vector<std::uint32_t>> lists(market.program_count);
    for (std::uint32_t p = 0; p < market.program_count; ++p) {
        for (auto i = market.candidate_begin[p]; i < market.candidate_begin[p + 1]; ++i) {
            auto const candidate = market.candidates[i];
            if (candidate.slot < held[candidate.applicant])
                lists[p].push_back(candidate.applicant);
        }
    }
    return lists;
}

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
    matching.waitlists = waitlists(market, held.slot);
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

#include "match/deferred_acceptance.hpp"

namespace tremplin::match {

Held programs_propose(Market const& market)
{
    auto const program_count = market.program_count;
    Held held{std::vector<std::uint32_t>(market.applicant_count, unacceptable), 0};
    std::vector<std::uint32_t> filled(program_count, 0);
    std::vector<std::uint32_t> next(market.candidate_begin.begin(), market.candidate_begin.end() - 1);
    std::vector<bool> waiting(program_count, true); // on the stack of programs with offers to make
    std::vector<std::uint32_t> stack(program_count);
    for (std::uint32_t p = 0; p < program_count; ++p)
        stack[p] = program_count - 1 - p;

    Candidate const* const candidates = market.candidates.data();
    Choice const* const choices = market.choices.data();
    while (!stack.empty()) {
        auto const p = stack.back();
        stack.pop_back();
        waiting[p] = false;
        auto const end = market.candidate_begin[p + 1];
        while (filled[p] < market.capacity[p] && next[p] < end) {
            auto const candidate = candidates[next[p]++];
            ++held.proposals;
            auto& holding = held.slot[candidate.applicant];
            // Her slots are in her order of preference: a lower slot is a program she prefers.
            if (candidate.slot >= holding)
                continue;
            if (holding != unacceptable) {
                auto const left = choices[holding].program;
                --filled[left];
                if (!waiting[left]) {
                    waiting[left] = true;
                    stack.push_back(left);
                }
            }
            holding = candidate.slot;
            ++filled[p];
        }
    }
    return held;
}

} // namespace tremplin::match

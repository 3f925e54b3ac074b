#pragma once

// The outcome of a round, and the functions that compute it.

#include "match/market.hpp"

#include <chrono>
#include <cstdint>
#include <vector>

namespace tremplin::match {

inline constexpr std::uint32_t unassigned = std::numeric_limits<std::uint32_t>::max();

struct Stats {
    std::uint64_t proposals = 0;           // offers made to someone who could accept them
    std::chrono::nanoseconds solve_time{}; // deferred acceptance and waitlists, not preparation
};

struct Matching {
    // Per applicant, in the instance's order: the index of her program, or `unassigned`.
    std::vector<std::uint32_t> assignment;
    // Per program: the applicants acceptable to it who prefer it to what they got, in the
    // program's order after tie-breaking — who would take a seat that frees up, first first.
    std::vector<std::vector<std::uint32_t>> waitlists;
    Stats stats;
};

// Deferred acceptance (Gale & Shapley 1962) on a prepared market, proposing side as prepared.
Matching solve(Market const& market);

// prepare, then solve.
Result<Matching> match(Instance const& instance);

} // namespace tremplin::match

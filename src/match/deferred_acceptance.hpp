#pragma once

// The two forms of deferred acceptance on a prepared market. Each returns, per applicant,
// the slot of the choice she holds at the end (`unacceptable` when she holds none).

#include "match/market.hpp"

#include <cstdint>
#include <vector>

namespace tremplin::match {

struct Held {
    std::vector<std::uint32_t> slot;
    std::uint64_t proposals = 0;
};

// Free applicants, taken from a stack, propose from a few interleaved lanes so that their
// waits for memory overlap; each program holds its best offers so far in a bounded max-heap
// keyed by rank, so a rejection costs one comparison.
Held applicants_propose(Market const& market);

// Programs propose down their candidate lists while they have free seats; each applicant
// holds her best offer so far.
Held programs_propose(Market const& market);

} // namespace tremplin::match

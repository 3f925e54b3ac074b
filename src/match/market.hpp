#pragma once

// An instance prepared for solving: ids mapped to dense indices once, ties broken, and every
// rank looked up in advance, so that a proposal during the solve is a single comparison.

#include "match/instance.hpp"

#include <chrono>
#include <cstdint>
#include <limits>
#include <vector>

namespace tremplin::match {

inline constexpr std::uint32_t unacceptable = std::numeric_limits<std::uint32_t>::max();

// One of an applicant's choices. Applicant a's choices are the slots
// choice_begin[a] .. choice_begin[a + 1] - 1, most wanted first, so that comparing two of
// her slots compares her preferences.
struct Choice {
    std::uint32_t program;
    std::uint32_t rank; // her place at the program after tie-breaking (0 first), or `unacceptable`
};

// One applicant acceptable to a program, in the program's order after tie-breaking.
struct Candidate {
    std::uint32_t applicant;
    std::uint32_t slot; // her choice of this program
};

struct Market {
    std::uint32_t applicant_count = 0;
    std::uint32_t program_count = 0;
    Proposing proposing = Proposing::Applicants;

    // Seats per program, at most the number of applicants who can take one.
    std::vector<std::uint32_t> capacity;

    std::vector<std::uint32_t> choice_begin; // applicant_count + 1 entries
    std::vector<Choice> choices;

    std::vector<std::uint32_t> candidate_begin; // program_count + 1 entries
    std::vector<Candidate> candidates;

    std::chrono::nanoseconds preparation_time{};
};

// Checks the instance and prepares it; an error names the first problem found.
Result<Market> prepare(Instance const& instance);

} // namespace tremplin::match

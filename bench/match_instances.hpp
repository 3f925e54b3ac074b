#pragma once

// Generated admission rounds and placements for the matching benchmarks, and their JSON form
// for timing `tremplin match` from the outside.

#include "match/instance.hpp"

#include <cstdint>
#include <ostream>
#include <string>

namespace tremplin::bench {

// How a program orders the applicants who chose it.
enum class Priority {
    Groups, // three groups (a fifth of the applicants, three tenths, half), ties broken by a single lottery
    Scores, // a strict order: each applicant's score at the program, drawn apart for every program
};

struct RoundShape {
    std::string name;
    int applicants;
    int programs;
    int choices;   // per applicant, all distinct
    int min_seats; // per program, drawn uniformly from min_seats to max_seats
    int max_seats;
    // Popularity: the k-th most popular program is chosen in proportion to 1/k^exponent
    // (Zipf); 0 is uniform.
    double zipf_exponent;
    Priority priority;
};

// 100,000 applicants × 5,000 programs × 20 choices with 20 seats: uniform, Zipf 1 and Zipf
// 0.8; 1,000,000 × 50,000 × 20 uniform; placement_10k: 10,000 trainees × 2,000 offers × 5
// choices, Zipf 0.8, 1 to 3 places, offers ranking by scores.
RoundShape const* find_shape(std::string const& name);
std::string shape_names(); // comma-separated, for messages

// Each applicant's choices are drawn by popularity, her priority at each program as the
// shape says; the seed (2026) draws the choices, the seats, the scores and the lottery.
match::Instance generate(RoundShape const& shape, std::uint64_t seed = 2026);

// The input of `tremplin match`.
void write_json(match::Instance const& instance, std::ostream& out);

} // namespace tremplin::bench

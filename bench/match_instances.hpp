#pragma once

// Generated admission rounds for the matching benchmarks, and their JSON form for timing
// `tremplin match` from the outside.

#include "match/instance.hpp"

#include <cstdint>
#include <ostream>
#include <string>

namespace tremplin::bench {

enum class Popularity {
    Uniform, // every program as likely to be chosen
    Zipf,    // the k-th most popular program chosen in proportion to 1/k
};

struct RoundShape {
    std::string name;
    int applicants;
    int programs;
    int choices; // per applicant, all distinct
    int seats;   // per program
    Popularity popularity;
};

// 100,000 × 5,000 × 20 with 20 seats (uniform and Zipf); 1,000,000 × 50,000 × 20.
RoundShape const* find_shape(std::string const& name);

// Each program's priority lists the applicants who chose it in three groups (a fifth of
// the applicants in the first, then three tenths, then half), tied inside a group; ties are
// broken by a single lottery with seed 2026.
match::Instance generate(RoundShape const& shape, std::uint64_t seed = 2026);

// The input of `tremplin match`.
void write_json(match::Instance const& instance, std::ostream& out);

} // namespace tremplin::bench

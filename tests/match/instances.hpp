#pragma once

// Random instances for the property tests, the same on every platform (raw mt19937_64
// output only), and the same instance seen as indices for the checks.

#include "match/matching.hpp"

#include <cstdint>
#include <random>
#include <vector>

namespace tremplin::match::testing {

struct Shape {
    int applicants = 5;
    int programs = 3;
    int max_capacity = 2;
    int groups = 1;          // priority groups per program; 0: every applicant in her own group (strict)
    int listed_percent = 85; // chance that a program lists an applicant in its priority
    int chosen_percent = 70; // chance that an applicant chooses a program
};

class Random {
  public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}
    int below(int bound) { return static_cast<int>(m_engine() % static_cast<std::uint64_t>(bound)); }
    bool chance(int percent) { return below(100) < percent; }
    template <class T> void shuffle(std::vector<T>& items)
    {
        for (auto i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[static_cast<std::size_t>(below(static_cast<int>(i)))]);
    }

  private:
    std::mt19937_64 m_engine;
};

Instance random_instance(std::uint64_t seed, Shape const& shape);

// A strict instance (one applicant per group) of `applicants` × 3 programs with as many seats
// as applicants, where half the time the programs rank first, give or take, the applicants
// who want them least: conflicts that leave several stable matchings to choose from.
Instance contested_instance(std::uint64_t seed, int applicants);

// A strict instance (one applicant per group) where choices crowd onto a few programs: each
// applicant chooses `choices` distinct programs, the k-th program chosen in proportion to
// 1/k^0.8 (Zipf), each program has 1 to 3 seats and orders all who chose it at random. The
// popular programs fill at once and refuse most of their applicants, who go down their lists.
Instance skewed_instance(std::uint64_t seed, int applicants, int programs, int choices);

// The instance as indices. group[p][a]: a's priority group at p (0 highest), -1 when she is
// not acceptable to p.
struct Model {
    std::vector<std::vector<int>> choices;
    std::vector<std::vector<int>> group;
    std::vector<std::int64_t> capacity;

    // Where program p is in applicant a's list; her list's length when absent or p < 0.
    int preference(int a, int p) const;
};

Model model_of(Instance const& instance);

// Per applicant, the program index (or -1): what a Matching says, as plain ints.
std::vector<int> assignment_of(Matching const& matching);

bool feasible(Model const& model, std::vector<int> const& assignment);
// No applicant prefers a program that accepts her and holds someone of a strictly lower group.
bool free_of_justified_envy(Model const& model, std::vector<int> const& assignment);
// No applicant prefers a program that accepts her and has a free seat.
bool non_wasteful(Model const& model, std::vector<int> const& assignment);

// Every stable matching of a strict instance (one applicant per group), by enumeration.
std::vector<std::vector<int>> all_stable_matchings(Model const& model);

// Gale & Shapley's rounds as first written: every free applicant proposes at once to her
// next choice, each program keeps its best offers up to its seats and rejects the rest.
std::vector<int> round_by_round_deferred_acceptance(Model const& model);

// Per program, everyone it accepts who chose it and prefers it to what she got, in its order
// (strict instances: an applicant's group is her rank).
std::vector<std::vector<std::uint32_t>> waitlists_by_definition(Model const& model,
                                                                std::vector<int> const& assignment);

Matching solved(Instance const& instance);

} // namespace tremplin::match::testing

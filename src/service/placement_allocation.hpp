#pragma once

// The traineeships of a placement round, allocated by the match engine: each trainee proposes
// to the offers she wished for, best first; each host keeps the candidates it ranked highest
// (ties, and candidates it said nothing of, broken by a lottery whose seed is recorded), within
// its places. Pairs excluded by the rules are left out before the engine runs, and said.
// docs/domain.md "Placement round"

#include "domain/placement.hpp"
#include "match/instance.hpp"

#include <cstdint>
#include <map>
#include <vector>

namespace tremplin::service {

// Why a trainee of the round has no traineeship.
enum class Unplaced {
    NoWishes,    // she wished for no offer of the round
    AllExcluded, // every offer she wished for was excluded (the exclusions say why)
    PlacesTaken, // the hosts she could go to gave their places to candidates they preferred
};

} // namespace tremplin::service

template <> struct tremplin::domain::Codes<tremplin::service::Unplaced> {
    static constexpr std::array table{
        std::pair{tremplin::service::Unplaced::NoWishes, std::string_view("no_wishes")},
        std::pair{tremplin::service::Unplaced::AllExcluded, std::string_view("all_excluded")},
        std::pair{tremplin::service::Unplaced::PlacesTaken, std::string_view("places_taken")},
    };
};

namespace tremplin::service {

struct ExcludedPair {
    long long enrolment_id = 0;
    long long offer_id = 0;
    domain::PlacementExclusion reason;

    bool operator==(ExcludedPair const&) const = default;
};

struct PlacementOutcome {
    std::map<long long, long long> placed;  // enrolment -> offer
    std::map<long long, Unplaced> unplaced; // enrolment -> why not
    std::vector<ExcludedPair> exclusions;   // every excluded pair of the round, trainee by trainee
    std::map<long long, std::vector<long long>>
        waitlists; // offer -> who would take a freed place, first first
};

// A trainee's lottery number for the round: the lower, the sooner she comes among candidates a
// host ranked alike. It depends only on the seed and her enrolment.
std::uint64_t placement_lottery_number(std::int64_t seed, long long enrolment_id);

// The round as the match engine's instance: programs "o<offer id>" with their places and their
// hosts' priority groups in the lottery's order, applicants "e<enrolment id>" with the offers
// they may be proposed to. `tremplin match` on it gives the round's result.
match::Instance placement_instance(domain::PlacementRound const& round, std::int64_t seed);

PlacementOutcome place_trainees(domain::PlacementRound const& round, std::int64_t seed);

// What if: how many trainees the round would place with one more place on the offer.
int placed_with_one_more_place(domain::PlacementRound const& round, std::int64_t seed, long long offer_id);

} // namespace tremplin::service

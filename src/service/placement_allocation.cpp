#include "service/placement_allocation.hpp"

#include "match/lottery.hpp"
#include "match/matching.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace tremplin::service {

namespace {

std::string program_id(long long offer_id)
{
    return "o" + std::to_string(offer_id);
}

std::string applicant_id(long long enrolment_id)
{
    return "e" + std::to_string(enrolment_id);
}

domain::PlacementOffer const* offer_of(domain::PlacementRound const& round, long long offer_id)
{
    auto const found = std::ranges::find(round.offers, offer_id, &domain::PlacementOffer::offer_id);
    return found == round.offers.end() ? nullptr : &*found;
}

// The offers she may be proposed to, in her order, each once.
std::vector<long long> open_wishes(domain::PlacementRound const& round,
                                   domain::PlacementTrainee const& trainee)
{
    std::vector<long long> open;
    for (auto const offer_id : trainee.wishes)
        if (auto const* offer = offer_of(round, offer_id);
            offer && !domain::placement_exclusion(round, trainee, *offer) &&
            std::ranges::find(open, offer_id) == open.end())
            open.push_back(offer_id);
    return open;
}

} // namespace

std::uint64_t placement_lottery_number(std::int64_t seed, long long enrolment_id)
{
    using match::splitmix64;
    return splitmix64(splitmix64(static_cast<std::uint64_t>(seed)) ^
                      splitmix64(static_cast<std::uint64_t>(enrolment_id)));
}

match::Instance placement_instance(domain::PlacementRound const& round, std::int64_t seed)
{
    // The lottery is drawn here, so the engine is told to keep each group in the order written.
    match::Instance instance;
    instance.tie_break = match::TieBreak::None;
    instance.seed = static_cast<std::uint64_t>(seed);
    auto trainees = round.trainees;
    std::ranges::sort(trainees, {}, &domain::PlacementTrainee::enrolment_id);

    // Per offer: (rank, lottery number, enrolment) of each candidate who may be proposed to it;
    // a candidate the host did not rank comes after every ranked one.
    struct Candidate {
        int rank;
        std::uint64_t number;
        long long enrolment_id;
        auto operator<=>(Candidate const&) const = default;
    };
    std::map<long long, std::vector<Candidate>> candidates;
    for (auto const& trainee : trainees) {
        match::Applicant entry{applicant_id(trainee.enrolment_id), {}};
        for (auto const offer_id : open_wishes(round, trainee)) {
            entry.choices.push_back(program_id(offer_id));
            auto const* view = domain::host_view(round, offer_id, trainee.enrolment_id);
            auto const rank = view && view->rank ? *view->rank : std::numeric_limits<int>::max();
            candidates[offer_id].push_back(
                {rank, placement_lottery_number(seed, trainee.enrolment_id), trainee.enrolment_id});
        }
        instance.applicants.push_back(std::move(entry));
    }
    for (auto const& offer : round.offers) {
        auto& program = instance.programs.emplace_back(
            match::Program{program_id(offer.offer_id), std::max(0, offer.places), {}});
        auto& pool = candidates[offer.offer_id];
        std::ranges::sort(pool);
        for (std::size_t i = 0; i < pool.size(); ++i) {
            if (i == 0 || pool[i].rank != pool[i - 1].rank)
                program.priority.emplace_back();
            program.priority.back().push_back(applicant_id(pool[i].enrolment_id));
        }
    }
    return instance;
}

PlacementOutcome place_trainees(domain::PlacementRound const& round, std::int64_t seed)
{
    auto const instance = placement_instance(round, seed);
    auto const matching = match::match(instance);
    if (!matching) // the instance is built above: a problem here is a programming error
        throw std::logic_error("placement round: " + match::describe(matching.error()));

    PlacementOutcome outcome;
    auto trainees = round.trainees;
    std::ranges::sort(trainees, {}, &domain::PlacementTrainee::enrolment_id);
    for (std::size_t a = 0; a < trainees.size(); ++a) {
        auto const& trainee = trainees[a];
        for (auto const& offer : round.offers)
            if (auto const reason = domain::placement_exclusion(round, trainee, offer))
                outcome.exclusions.push_back({trainee.enrolment_id, offer.offer_id, *reason});
        if (auto const program = matching->assignment[a]; program != match::unassigned)
            outcome.placed[trainee.enrolment_id] = round.offers[program].offer_id;
        else if (trainee.wishes.empty())
            outcome.unplaced[trainee.enrolment_id] = Unplaced::NoWishes;
        else if (instance.applicants[a].choices.empty())
            outcome.unplaced[trainee.enrolment_id] = Unplaced::AllExcluded;
        else
            outcome.unplaced[trainee.enrolment_id] = Unplaced::PlacesTaken;
    }
    for (std::size_t p = 0; p < round.offers.size(); ++p) {
        auto& waitlist = outcome.waitlists[round.offers[p].offer_id];
        for (auto const a : matching->waitlists[p])
            waitlist.push_back(trainees[a].enrolment_id);
    }
    return outcome;
}

int placed_with_one_more_place(domain::PlacementRound const& round, std::int64_t seed, long long offer_id)
{
    auto larger = round;
    for (auto& offer : larger.offers)
        if (offer.offer_id == offer_id)
            ++offer.places;
    // Only the count is asked: the engine alone, without the exclusions and waitlists the page
    // reads once (asked for every offer, they made a round's page quadratic in its pairs).
    auto const matching = match::match(placement_instance(larger, seed));
    if (!matching)
        throw std::logic_error("placement round: " + match::describe(matching.error()));
    return static_cast<int>(std::ranges::count_if(
        matching->assignment, [](auto const program) { return program != match::unassigned; }));
}

} // namespace tremplin::service

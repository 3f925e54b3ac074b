#include "cli/demo/demo_bookings.hpp"

#include <algorithm>

namespace tremplin::cli {

long long Bookings::book(std::string const& track, int slot, domain::Date from, domain::Date to)
{
    std::vector<std::pair<int, long long>> candidates;
    for (auto const& trainer : m_catalogue.trainers) {
        auto const position = std::ranges::find(trainer.tracks, track);
        if (position != trainer.tracks.end())
            candidates.emplace_back(static_cast<int>(position - trainer.tracks.begin()), trainer.id);
        else if (trainer.id != m_catalogue.account_trainer_id)
            candidates.emplace_back(100, trainer.id);
    }
    std::ranges::stable_sort(candidates, {}, &std::pair<int, long long>::first);
    for (auto const& [rank, id] : candidates) {
        auto& booked = m_bookings[id];
        if (std::ranges::none_of(
                booked, [&](Booking const& b) { return b.slot == slot && b.from <= to && from <= b.to; })) {
            booked.push_back({slot, from, to});
            return id;
        }
    }
    return 0;
}

} // namespace tremplin::cli

#pragma once

// The demo's trainers booked slot by slot, so that the timetables it generates never book
// anyone twice (the service would refuse them).

#include "cli/demo/demo_catalogue.hpp"
#include "domain/date.hpp"

#include <map>
#include <string>
#include <vector>

namespace tremplin::cli {

// Who teaches when: each trainer's bookings by slot, so that nobody is booked twice.
class Bookings {
  public:
    explicit Bookings(DemoCatalogue const& catalogue) : m_catalogue(catalogue) {}

    // The trainers of the track first (those for whom it comes first, then the others), then
    // anyone free; the demo account's trainer teaches her own tracks only. 0: nobody is free.
    long long book(std::string const& track, int slot, domain::Date from, domain::Date to);

  private:
    struct Booking {
        int slot;
        domain::Date from;
        domain::Date to;
    };
    DemoCatalogue const& m_catalogue;
    std::map<long long, std::vector<Booking>> m_bookings;
};

} // namespace tremplin::cli

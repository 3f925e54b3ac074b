#pragma once

// The demo centre's traineeship offers: a few at each of its first 40 enterprises, for the tracks
// that prepare for their occupation, in every status; and one offer whose enterprise has a
// fresh link to confirm it, the job coach's waiting work.

#include "service/offer_service.hpp"
#include "service/partner_service.hpp"

#include <random>
#include <string>

namespace tremplin::cli {

struct DemoOffersSummary {
    int offers = 0;
    std::string waiting_link; // the path of the link made, shown once
};

// `actor` (the job coach) records them; `today` places their periods.
DemoOffersSummary create_offers(service::OfferService& offers, service::PartnerService& partners,
                                service::Actor const& actor, domain::Date today, std::mt19937_64& random);

} // namespace tremplin::cli

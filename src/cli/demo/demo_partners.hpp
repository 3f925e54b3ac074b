#pragma once

// The demo centre's partners: about 150 invented enterprises of Brussels (ICT and services,
// with real-looking enterprise numbers whose check digits are computed) and 30 other partners
// (employment and social services, training centres, public bodies, funders), each with one to
// three contacts; a third of them with entries on their timeline over the last year, and some
// with tags.

#include "service/partner_service.hpp"

#include <random>

namespace tremplin::cli {

struct DemoPartnersSummary {
    int partners = 0;
    int contacts = 0;
    int timeline_entries = 0;
};

// `actor` (the job coach) records them; the timeline's entries happened before `today`.
DemoPartnersSummary create_partners(service::PartnerService& partners, service::Actor const& actor,
                                    std::mt19937_64& random, domain::Date today);

} // namespace tremplin::cli

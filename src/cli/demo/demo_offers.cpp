#include "cli/demo/demo_offers.hpp"

#include "cli/demo/demo_catalogue.hpp"

#include <algorithm>
#include <array>

namespace tremplin::cli {

namespace {

struct Post {
    std::string_view title;
    std::string_view occupation; // ISCO-08 unit group
};

constexpr std::array posts{
    Post{"Junior web developer", "2513"},     Post{"Front-end developer", "2513"},
    Post{"Software tester", "2519"},          Post{"Helpdesk technician", "3512"},
    Post{"IT support technician", "3512"},    Post{"Network technician", "3513"},
    Post{"System administrator", "2522"},     Post{"Office and IT assistant", "3343"},
    Post{"Data entry and reporting", "3343"},
};

constexpr std::array<std::string_view, 4> transport_notes{
    "Metro 1 or 5, then 5 minutes on foot", "Tram 7, stop at the door",
    "Bus 71, three stops from the station", "Ten minutes on foot from the North station"};

int between(int lowest, int highest, std::mt19937_64& random)
{
    return std::uniform_int_distribution<int>(lowest, highest)(random);
}

// The tracks that prepare for the occupation: those listing its unit group; else any.
std::vector<std::string> tracks_for(std::vector<domain::Track> const& tracks, std::string_view occupation)
{
    std::vector<std::string> ids;
    for (auto const& track : tracks)
        if (std::ranges::any_of(track.occupations,
                                [&](std::string const& code) { return code.starts_with(occupation); }))
            ids.push_back(std::to_string(track.id));
    if (ids.empty() && !tracks.empty())
        ids.push_back(std::to_string(tracks.front().id));
    return ids;
}

} // namespace

DemoOffersSummary create_offers(service::OfferService& offers, service::PartnerService& partners,
                                service::Actor const& actor, domain::Date today, std::mt19937_64& random)
{
    DemoOffersSummary summary;
    auto const tracks = expect(offers.list(actor, {.limit = 1}), "the tracks").tracks;
    auto const enterprises = expect(
        partners.list(actor, {.kind = domain::PartnerKind::Enterprise, .limit = 40}), "the enterprises");
    long long last_offer = 0;
    long long last_tutor = 0;
    for (auto const& line : enterprises.rows) {
        auto const details = expect(partners.partner(actor, line.partner.id), "a partner");
        int const count = between(1, 3, random);
        for (int i = 0; i < count; ++i) {
            auto const& post = posts[static_cast<std::size_t>(between(0, posts.size() - 1, random))];
            auto const starts_on = today.plus_days(between(-90, 150, random));
            domain::OfferInput input;
            input.title = std::string(post.title);
            input.occupation = std::string(post.occupation);
            input.tracks = tracks_for(tracks, post.occupation);
            input.places = std::to_string(between(1, 3, random));
            input.starts_on = starts_on.iso();
            input.ends_on = starts_on.plus_days(7 * between(4, 12, random) - 3).iso();
            input.hours_per_week = std::to_string(std::array{38, 38, 36, 30, 20}[between(0, 4, random)]);
            input.languages = between(0, 2, random) == 0 ? std::vector<std::string>{"fr", "nl"}
                                                         : std::vector<std::string>{"fr"};
            input.street = details.partner.street;
            input.postcode = details.partner.postcode;
            input.commune = details.partner.commune;
            input.transport_note = std::string(
                transport_notes[static_cast<std::size_t>(between(0, transport_notes.size() - 1, random))]);
            if (!details.contacts.empty())
                input.tutor = std::to_string(details.contacts.front().id);
            auto const id = expect(offers.create(actor, line.partner.id, input), "an offer");
            ++summary.offers;
            // Mixed statuses: most open, some filled, a few drafts and cancelled.
            int const fate = between(0, 9, random);
            if (fate >= 2)
                expect(offers.change_status(actor, id, domain::OfferStatus::Open), "an offer opened");
            if (fate == 8)
                expect(offers.change_status(actor, id, domain::OfferStatus::Filled), "an offer filled");
            if (fate == 9)
                expect(offers.change_status(actor, id, domain::OfferStatus::Cancelled), "an offer cancelled");
            if (fate < 2 && !details.contacts.empty()) {
                last_offer = id;
                last_tutor = details.contacts.front().id;
            }
        }
    }
    if (last_offer != 0)
        summary.waiting_link =
            "/offer-check/" + expect(offers.make_link(actor, last_offer, last_tutor), "a link");
    return summary;
}

} // namespace tremplin::cli

#pragma once

// A traineeship offer: what a partner enterprise proposes to the centre's trainees (a post, its
// period, its hours, the tracks it suits), and the link through which the enterprise confirms
// or corrects it. docs/domain.md "Traineeship offers".

#include "domain/codes.hpp"
#include "domain/date.hpp"
#include "domain/error.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tremplin::domain {

// docs/domain.md "Offer statuses"
enum class OfferStatus { Draft, Open, Filled, Cancelled };

// docs/domain.md "Traineeship offers": the bounds of an offer a placement round can use.
inline constexpr int most_places_per_offer = 20;
inline constexpr int most_hours_per_week = 40;

struct Offer {
    long long id = 0;
    long long organisation_id = 0;
    long long partner_id = 0;
    std::string title;
    std::string description;
    std::string occupation;           // ISCO-08 unit group ("2512") or an ESCO occupation below it
    std::vector<long long> track_ids; // the centre's tracks whose trainees it suits; at least one
    int places = 1;
    Date starts_on;
    Date ends_on;
    int hours_per_week = 38;            // whole hours
    std::vector<std::string> languages; // required: "fr", "nl", "en", in that order
    std::string street;
    std::string postcode; // 4 digits, or ""
    std::string commune;
    std::string transport_note;                // how to get there by public transport
    std::optional<long long> tutor_contact_id; // a contact of the same partner
    OfferStatus status = OfferStatus::Draft;
    std::string confirmed_at; // UTC, ISO 8601; "" until the enterprise answers
    std::optional<long long> confirmed_by_contact_id;
};

// An offer as typed in the staff form (or, for the fields it shows, the enterprise's).
struct OfferInput {
    std::string title;
    std::string description;
    std::string occupation;
    std::string places;
    std::string starts_on; // "2026-03-12"
    std::string ends_on;
    std::string hours_per_week;
    std::string street;
    std::string postcode;
    std::string commune;
    std::string transport_note;
    std::string tutor;                  // a contact's id, or ""
    std::vector<std::string> tracks;    // track ids
    std::vector<std::string> languages; // language codes
};

// The single-valued inputs by their names in the form, in the order of the form (and of the
// error summary); "tracks" and "languages" are groups of checkboxes.
inline constexpr std::array<std::pair<std::string_view, std::string OfferInput::*>, 12> offer_inputs{{
    {"title", &OfferInput::title},
    {"description", &OfferInput::description},
    {"occupation", &OfferInput::occupation},
    {"places", &OfferInput::places},
    {"starts_on", &OfferInput::starts_on},
    {"ends_on", &OfferInput::ends_on},
    {"hours_per_week", &OfferInput::hours_per_week},
    {"street", &OfferInput::street},
    {"postcode", &OfferInput::postcode},
    {"commune", &OfferInput::commune},
    {"transport_note", &OfferInput::transport_note},
    {"tutor", &OfferInput::tutor},
}};

// The order of every field of the form, for the error summary.
inline constexpr std::array<std::string_view, 14> offer_field_order{
    "title",          "description", "occupation", "tracks",   "places",  "starts_on",      "ends_on",
    "hours_per_week", "languages",   "street",     "postcode", "commune", "transport_note", "tutor"};

// What an offer may point to: the centre's tracks and the contacts of its partner.
struct OfferChoices {
    std::vector<long long> track_ids;
    std::vector<long long> contact_ids;
};

// Reads and checks every input: a title, an occupation code, at least one of the centre's
// tracks, 1 to `most_places_per_offer` places, a period that does not end before it starts,
// 1 to `most_hours_per_week` whole hours, languages among fr, nl and en, a postcode of 4 digits,
// a tutor among the partner's contacts or none. Every problem at once, in the order of the form.
// The status, the partner and the confirmation are not typed: the result has none.
Result<Offer> validate_offer(OfferInput const& input, OfferChoices const& choices);

OfferInput input_of(Offer const& offer);

// The parts of an offer the enterprise may correct through its link; the rest stays as staff
// wrote it.
inline constexpr std::array<std::string_view, 7> enterprise_corrects{
    "title", "description", "places", "starts_on", "ends_on", "hours_per_week", "transport_note"};

// `offer`'s input with the enterprise's corrections laid over it: the fields it may correct
// from `corrections`, the others as they are.
OfferInput corrected(Offer const& offer, OfferInput const& corrections);

// docs/domain.md "Offer statuses": the statuses an offer may move to from `from`.
std::vector<OfferStatus> next_statuses(OfferStatus from);
bool may_move(OfferStatus from, OfferStatus to);

// docs/domain.md "The enterprise's link": how long a link to confirm an offer works.
inline constexpr int offer_link_days = 14;

// Why an enterprise's link no longer opens its offer.
enum class OfferLinkState { Usable, Used, Expired };

struct OfferLink {
    long long id = 0;
    long long offer_id = 0;
    long long contact_id = 0;
    std::string created_at;
    std::string expires_at; // UTC, ISO 8601
    std::string used_at;    // "" until answered
};

// Used first: a link answered says so even once it would have expired. `now` is UTC ISO 8601,
// compared as text (every timestamp the app writes has the same form).
OfferLinkState state_of(OfferLink const& link, std::string const& now);

template <> struct Codes<OfferStatus> {
    static constexpr std::array table{
        std::pair{OfferStatus::Draft, std::string_view("draft")},
        std::pair{OfferStatus::Open, std::string_view("open")},
        std::pair{OfferStatus::Filled, std::string_view("filled")},
        std::pair{OfferStatus::Cancelled, std::string_view("cancelled")},
    };
};

} // namespace tremplin::domain

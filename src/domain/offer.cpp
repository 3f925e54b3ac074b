#include "domain/offer.hpp"

#include "domain/text.hpp"
#include "domain/track.hpp"

#include <algorithm>

namespace tremplin::domain {

namespace {

constexpr std::array<std::string_view, 3> centre_languages{"fr", "nl", "en"};

template <class Range, class Value> bool holds(Range const& range, Value const& value)
{
    return std::ranges::find(range, value) != std::ranges::end(range);
}

std::string text_of(std::vector<FieldError>& errors, std::string_view field, std::string_view typed,
                    Lines lines = Lines::One)
{
    auto text = std::string(trimmed(typed));
    refuse_control_characters(errors, field, text, lines);
    return text;
}

// The messages of a number's three mistakes: nothing typed, no whole number, beyond the bounds.
struct NumberMessages {
    std::string_view missing;
    std::string_view not_number;
    std::string_view out_of_range;
};

// A whole number from `lowest` to `highest`, or the field's error.
std::optional<int> bounded_number(std::vector<FieldError>& errors, std::string_view field,
                                  std::string_view typed, long long lowest, long long highest,
                                  NumberMessages const& messages)
{
    auto const text = trimmed(typed);
    if (text.empty()) {
        errors.push_back({std::string(field), std::string(messages.missing)});
        return std::nullopt;
    }
    auto const number = whole_number(text);
    if (!number) {
        errors.push_back({std::string(field), std::string(messages.not_number)});
        return std::nullopt;
    }
    if (*number < lowest || *number > highest) {
        errors.push_back({std::string(field), std::string(messages.out_of_range)});
        return std::nullopt;
    }
    return static_cast<int>(*number);
}

std::optional<Date> date_of(std::vector<FieldError>& errors, std::string_view field, std::string_view typed)
{
    auto const text = trimmed(typed);
    if (text.empty()) {
        errors.push_back({std::string(field), "errors.offer." + std::string(field) + "_missing"});
        return std::nullopt;
    }
    auto const date = Date::parse_iso(text);
    if (!date)
        errors.push_back({std::string(field), "errors.offer." + std::string(field) + "_invalid"});
    return date;
}

} // namespace

Result<Offer> validate_offer(OfferInput const& input, OfferChoices const& choices)
{
    std::vector<FieldError> errors;
    Offer offer;

    offer.title = text_of(errors, "title", input.title);
    if (offer.title.empty())
        errors.push_back({"title", "errors.offer.title_missing"});
    else if (offer.title.size() > 200)
        errors.push_back({"title", "errors.offer.title_too_long"});

    offer.description = text_of(errors, "description", input.description, Lines::Several);
    if (offer.description.size() > 5000)
        errors.push_back({"description", "errors.offer.description_too_long"});

    offer.occupation = text_of(errors, "occupation", input.occupation);
    if (offer.occupation.empty())
        errors.push_back({"occupation", "errors.offer.occupation_missing"});
    else if (!is_occupation_code(offer.occupation))
        errors.push_back({"occupation", "errors.offer.occupation_format"});

    for (auto const& typed : input.tracks) {
        auto const id = whole_number(typed);
        if (!id || !holds(choices.track_ids, *id)) {
            errors.push_back({"tracks", "errors.offer.track_unknown"});
            break;
        }
        if (!holds(offer.track_ids, *id))
            offer.track_ids.push_back(*id);
    }
    if (offer.track_ids.empty() && input.tracks.empty())
        errors.push_back({"tracks", "errors.offer.tracks_missing"});
    std::ranges::sort(offer.track_ids);

    if (auto const places = bounded_number(errors, "places", input.places, 1, most_places_per_offer,
                                           {"errors.offer.places_missing", "errors.offer.places_not_number",
                                            "errors.offer.places_out_of_range"}))
        offer.places = *places;

    auto const starts_on = date_of(errors, "starts_on", input.starts_on);
    auto const ends_on = date_of(errors, "ends_on", input.ends_on);
    if (starts_on)
        offer.starts_on = *starts_on;
    if (ends_on)
        offer.ends_on = *ends_on;
    if (starts_on && ends_on && *ends_on < *starts_on)
        errors.push_back({"ends_on", "errors.offer.ends_before_start"});

    if (auto const hours =
            bounded_number(errors, "hours_per_week", input.hours_per_week, 1, most_hours_per_week,
                           {"errors.offer.hours_missing", "errors.offer.hours_not_number",
                            "errors.offer.hours_out_of_range"}))
        offer.hours_per_week = *hours;

    // Kept in the order of the centre's languages, once each, whatever the order typed.
    for (auto const& typed : input.languages)
        if (!holds(centre_languages, trimmed(typed))) {
            errors.push_back({"languages", "errors.offer.language_unknown"});
            break;
        }
    for (auto const language : centre_languages)
        if (holds(input.languages, language))
            offer.languages.emplace_back(language);

    offer.street = text_of(errors, "street", input.street);
    offer.postcode = text_of(errors, "postcode", input.postcode);
    if (!offer.postcode.empty() &&
        (offer.postcode.size() != 4 ||
         !std::ranges::all_of(offer.postcode, [](char c) { return c >= '0' && c <= '9'; })))
        errors.push_back({"postcode", "errors.offer.postcode_format"});
    offer.commune = text_of(errors, "commune", input.commune);
    offer.transport_note = text_of(errors, "transport_note", input.transport_note, Lines::Several);
    if (offer.transport_note.size() > 1000)
        errors.push_back({"transport_note", "errors.offer.transport_note_too_long"});

    if (auto const tutor = trimmed(input.tutor); !tutor.empty()) {
        auto const id = whole_number(tutor);
        if (id && holds(choices.contact_ids, *id))
            offer.tutor_contact_id = *id;
        else
            errors.push_back({"tutor", "errors.offer.tutor_unknown"});
    }

    if (!errors.empty()) {
        // In the order of the form, so the summary reads like it; one message a field.
        std::vector<FieldError> ordered;
        for (auto const field : offer_field_order) {
            auto const first = std::ranges::find(errors, field, &FieldError::field);
            if (first != errors.end())
                ordered.push_back(*first);
        }
        return fail(Error::invalid(std::move(ordered)));
    }
    return offer;
}

OfferInput input_of(Offer const& offer)
{
    OfferInput input;
    input.title = offer.title;
    input.description = offer.description;
    input.occupation = offer.occupation;
    input.places = std::to_string(offer.places);
    input.starts_on = offer.starts_on.iso();
    input.ends_on = offer.ends_on.iso();
    input.hours_per_week = std::to_string(offer.hours_per_week);
    input.street = offer.street;
    input.postcode = offer.postcode;
    input.commune = offer.commune;
    input.transport_note = offer.transport_note;
    input.tutor = offer.tutor_contact_id ? std::to_string(*offer.tutor_contact_id) : std::string();
    for (auto const id : offer.track_ids)
        input.tracks.push_back(std::to_string(id));
    input.languages = offer.languages;
    return input;
}

OfferInput corrected(Offer const& offer, OfferInput const& corrections)
{
    auto input = input_of(offer);
    for (auto const& [name, member] : offer_inputs)
        if (holds(enterprise_corrects, name))
            input.*member = corrections.*member;
    return input;
}

// docs/domain.md "Offer statuses"
std::vector<OfferStatus> next_statuses(OfferStatus from)
{
    switch (from) {
    case OfferStatus::Draft:
        return {OfferStatus::Open, OfferStatus::Cancelled};
    case OfferStatus::Open:
        return {OfferStatus::Filled, OfferStatus::Cancelled};
    case OfferStatus::Filled:
        return {OfferStatus::Open};
    case OfferStatus::Cancelled:
        return {OfferStatus::Draft};
    }
    return {};
}

bool may_move(OfferStatus from, OfferStatus to)
{
    return holds(next_statuses(from), to);
}

OfferLinkState state_of(OfferLink const& link, std::string const& now)
{
    if (!link.used_at.empty())
        return OfferLinkState::Used;
    if (now >= link.expires_at)
        return OfferLinkState::Expired;
    return OfferLinkState::Usable;
}

} // namespace tremplin::domain

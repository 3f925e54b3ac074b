#include "domain/information_session.hpp"

#include "domain/schedule.hpp"
#include "domain/text.hpp"

#include <algorithm>
#include <charconv>
#include <tuple>

namespace tremplin::domain {

namespace {

bool is_blank(std::string_view text)
{
    return std::ranges::all_of(text, [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

} // namespace

Result<InformationSession>
read_information_session(InformationSessionInput const& input,
                         std::function<bool(std::string_view)> const& is_language_code)
{
    std::vector<FieldError> errors;
    InformationSession session;

    auto const held_on = Date::parse_iso(trimmed(input.held_on));
    if (held_on)
        session.held_on = *held_on;
    else
        errors.push_back({"held_on", is_blank(input.held_on) ? "errors.information_session.date_missing"
                                                             : "errors.information_session.date_not_real"});

    auto const starts_at = parse_time_of_day(trimmed(input.starts_at));
    auto const ends_at = parse_time_of_day(trimmed(input.ends_at));
    if (!starts_at)
        errors.push_back({"starts_at", is_blank(input.starts_at)
                                           ? "errors.information_session.start_missing"
                                           : "errors.information_session.time_not_real"});
    if (!ends_at)
        errors.push_back({"ends_at", is_blank(input.ends_at) ? "errors.information_session.end_missing"
                                                             : "errors.information_session.time_not_real"});
    if (starts_at && ends_at && *ends_at <= *starts_at)
        errors.push_back({"ends_at", "errors.information_session.end_before_start"});
    session.starts_at = starts_at.value_or(0);
    session.ends_at = ends_at.value_or(0);

    session.place = std::string(trimmed(input.place));
    if (session.place.empty())
        errors.push_back({"place", "errors.information_session.place_missing"});
    else
        refuse_control_characters(errors, "place", session.place);

    session.language = std::string(trimmed(input.language));
    if (session.language.empty() || !is_language_code(session.language))
        errors.push_back({"language", "errors.information_session.language_missing"});

    auto const capacity = trimmed(input.capacity);
    auto const [end, problem] =
        std::from_chars(capacity.data(), capacity.data() + capacity.size(), session.capacity);
    if (capacity.empty())
        errors.push_back({"capacity", "errors.information_session.capacity_missing"});
    else if (problem != std::errc() || end != capacity.data() + capacity.size() || session.capacity < 1 ||
             session.capacity > 1000)
        errors.push_back({"capacity", "errors.information_session.capacity_not_a_number"});

    if (!errors.empty())
        return fail(Error::invalid(std::move(errors)));
    return session;
}

InformationSessionInput input_of(InformationSession const& session)
{
    return {
        session.held_on.iso(), time_of_day(session.starts_at),  time_of_day(session.ends_at), session.place,
        session.language,      std::to_string(session.capacity)};
}

RegistrationStatus status_for_a_new_registration(int seats_taken, int capacity)
{
    return seats_taken < capacity ? RegistrationStatus::Registered : RegistrationStatus::Waitlisted;
}

int seats_taken(std::vector<SessionRegistration> const& registrations)
{
    return static_cast<int>(
        std::ranges::count(registrations, RegistrationStatus::Registered, &SessionRegistration::status));
}

int waiting(std::vector<SessionRegistration> const& registrations)
{
    return static_cast<int>(
        std::ranges::count(registrations, RegistrationStatus::Waitlisted, &SessionRegistration::status));
}

std::vector<long long> promoted_into_free_seats(std::vector<SessionRegistration> const& registrations,
                                                int capacity)
{
    std::vector<SessionRegistration const*> line;
    for (auto const& registration : registrations)
        if (registration.status == RegistrationStatus::Waitlisted)
            line.push_back(&registration);
    // First come, first served: the order she joined the line in, then the order of the rows.
    std::ranges::sort(line, [](auto const* a, auto const* b) {
        return std::tie(a->queued_at, a->id) < std::tie(b->queued_at, b->id);
    });
    std::vector<long long> promoted;
    for (int free = capacity - seats_taken(registrations); free > 0 && promoted.size() < line.size(); --free)
        promoted.push_back(line[promoted.size()]->id);
    return promoted;
}

Result<Participant> check_public_registration(ParticipantInput const& typed, ValidationContext const& context)
{
    namespace fields = participant_fields;
    ParticipantInput input;
    for (auto const field : public_registration_fields)
        input.set(field, std::string(typed[field]));
    input.set(fields::gender, "woman");

    std::vector<FieldError> errors;
    auto participant = validate_participant(input, context);
    if (!participant)
        errors = participant.error().fields;
    if (is_blank(typed[fields::phone]) && is_blank(typed[fields::email]))
        errors.push_back({std::string(fields::phone), "errors.info.contact_missing"});
    if (!errors.empty()) {
        // In the order of the form, so the summary reads like it.
        std::vector<FieldError> ordered;
        for (auto const field : public_registration_fields)
            for (auto const& error : errors)
                if (error.field == field)
                    ordered.push_back(error);
        return fail(Error::invalid(std::move(ordered)));
    }
    return std::move(*participant);
}

} // namespace tremplin::domain

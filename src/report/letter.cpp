#include "report/letter.hpp"

#include "locale/catalogue.hpp"

namespace tremplin::report {

namespace {

std::string fact(domain::Letter const& letter, std::string_view name)
{
    auto const found = letter.facts.find(name);
    return found == letter.facts.end() ? std::string() : found->second;
}

} // namespace

LetterText write_letter(locale::Catalogue const& catalogue, domain::Letter const& letter)
{
    // The same facts for every letter; a pattern uses those it needs. Dates are kept as ISO
    // dates and the reason as a catalogue key, so both are written in her language.
    auto const starts_on = domain::Date::parse_iso(fact(letter, "starts_on"));
    auto const with_facts = [&](std::string_view key, std::string const& reason) {
        return catalogue.format(key, {{"first_name", fact(letter, "first_name")},
                                      {"reference", fact(letter, "reference")},
                                      {"course", fact(letter, "course")},
                                      {"starts_on", starts_on ? catalogue.date(*starts_on) : std::string()},
                                      {"position", fact(letter, "position")},
                                      {"time", fact(letter, "time")},
                                      {"place", fact(letter, "place")},
                                      {"reason", reason},
                                      {"centre", fact(letter, "centre")},
                                      {"centre_phone", fact(letter, "centre_phone")}});
    };
    auto const reason_key = fact(letter, "reason_key");
    auto const reason = reason_key.empty() ? std::string() : with_facts(reason_key, {});
    auto const format = [&](std::string_view key) { return with_facts(key, reason); };
    LetterText text;
    std::string body;
    switch (letter.kind) {
    case domain::LetterKind::ApplicationReceived:
        text.subject = format("letters.application_received.subject");
        body = format("letters.application_received.body");
        break;
    case domain::LetterKind::Admitted:
        text.subject = format("letters.admitted.subject");
        body = format("letters.admitted.body");
        break;
    case domain::LetterKind::Waitlisted:
        text.subject = format("letters.waitlisted.subject");
        body = format("letters.waitlisted.body");
        break;
    case domain::LetterKind::NotAdmitted:
        text.subject = format("letters.not_admitted.subject");
        body = format("letters.not_admitted.body");
        break;
    case domain::LetterKind::SessionSeat:
        text.subject = format("letters.session_seat.subject");
        body = format("letters.session_seat.body");
        break;
    }
    text.body = format("letters.greeting") + "\n\n" + body + "\n\n" + format("letters.signature");
    return text;
}

} // namespace tremplin::report

#pragma once

// A partner's history: what the staff noted of their dealings with it (a meeting, a call, an
// e-mail, an event, a note), and the dated facts the records already hold (the partner added,
// a contact added), in one timeline, newest first (docs/domain.md "Partner timeline").

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

// docs/domain.md "Partner timeline"
enum class PartnerEventKind { Meeting, Call, Email, Event, Note };

struct PartnerEvent {
    long long id = 0;
    long long partner_id = 0;
    PartnerEventKind kind = PartnerEventKind::Note;
    Date happened_on;
    std::optional<long long> contact_id; // one of the partner's contacts, when it was with her
    std::string contact_name;            // her name, as the store reads it back
    std::string summary;
    std::string author; // the display name of who noted it
    std::string created_at;
};

// An entry as typed in the form, before it is read.
struct PartnerEventInput {
    std::string kind;
    std::string happened_on_day, happened_on_month, happened_on_year; // empty means today
    std::string contact;                                              // a contact's id, or ""
    std::string summary;
};

// Each input's name in the form, in the order of the form (and of the error summary).
inline constexpr std::array<std::pair<std::string_view, std::string PartnerEventInput::*>, 6>
    partner_event_inputs{{
        {"kind", &PartnerEventInput::kind},
        {"happened_on_day", &PartnerEventInput::happened_on_day},
        {"happened_on_month", &PartnerEventInput::happened_on_month},
        {"happened_on_year", &PartnerEventInput::happened_on_year},
        {"contact", &PartnerEventInput::contact},
        {"summary", &PartnerEventInput::summary},
    }};

// The longest summary: a few lines, not a report.
inline constexpr std::size_t partner_event_summary_limit = 2000;

// Reads and checks every input: a kind, a real date not after `today` (today when left empty),
// a contact id when one is chosen (whether she is the partner's is the service's question), and
// a summary of a few lines without control characters. Every problem at once.
Result<PartnerEvent> validate_partner_event(PartnerEventInput const& input, Date today);

// One line of the partner's timeline: an entry noted, or a fact of the records.
struct PartnerHistoryItem {
    enum class What { Noted, PartnerAdded, ContactAdded };
    What what = What::Noted;
    Date on;
    std::string at;                    // when it was recorded: orders the lines of one day
    std::optional<PartnerEvent> noted; // for `Noted`
    std::string contact_name;          // for `ContactAdded`
};

// A contact as the timeline tells of her: added on that instant.
struct ContactAdded {
    std::string name;
    std::string created_at;
};

// Everything in one list, newest first: by the day it happened on, then by when it was recorded.
// `noted` and `contacts` come newest first; within one instant the partner added comes last.
std::vector<PartnerHistoryItem> partner_history(std::vector<PartnerEvent> const& noted,
                                                std::string const& partner_created_at,
                                                std::vector<ContactAdded> const& contacts);

template <> struct Codes<PartnerEventKind> {
    static constexpr std::array table{
        std::pair{PartnerEventKind::Meeting, std::string_view("meeting")},
        std::pair{PartnerEventKind::Call, std::string_view("call")},
        std::pair{PartnerEventKind::Email, std::string_view("email")},
        std::pair{PartnerEventKind::Event, std::string_view("event")},
        std::pair{PartnerEventKind::Note, std::string_view("note")},
    };
};

} // namespace tremplin::domain

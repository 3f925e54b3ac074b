#pragma once

// The timeline of a participant's record: notes and contacts, newest first.

#include "domain/answers.hpp"
#include "domain/date.hpp"
#include "domain/error.hpp"

#include <string>

namespace tremplin::domain {

struct TimelineEntry {
    long long id = 0;
    long long participant_id = 0;
    NoteKind kind = NoteKind::Note;
    Date happened_on;
    std::string text;
    std::string author; // the display name of who wrote it
    std::string created_at;
};

struct TimelineInput {
    std::string kind;
    std::string day, month, year; // when the contact happened; empty means today
    std::string text;
};

Result<TimelineEntry> validate_timeline_entry(TimelineInput const& input, Date today);

} // namespace tremplin::domain

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

// The day something happened, as typed in three fields: today when they are left empty; a day
// that is not real, or after today, is refused beside "happened_on_day" (and today given back).
Date happened_on_typed(DateFields const& typed, Date today, std::vector<FieldError>& errors);

} // namespace tremplin::domain

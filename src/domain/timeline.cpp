#include "domain/timeline.hpp"

#include "domain/text.hpp"

namespace tremplin::domain {

Result<TimelineEntry> validate_timeline_entry(TimelineInput const& input, Date today)
{
    std::vector<FieldError> errors;
    TimelineEntry entry;

    if (auto kind = from_code<NoteKind>(trimmed(input.kind)))
        entry.kind = *kind;
    else
        errors.push_back({"kind", "errors.note_kind.choose"});

    DateFields const typed{input.day, input.month, input.year};
    entry.happened_on = today;
    if (!typed.empty()) {
        DateProblem problem{};
        if (auto date = read_date_fields(typed, problem); !date)
            errors.push_back({"happened_on_day", "errors.happened_on.not_real"});
        else if (*date > today)
            errors.push_back({"happened_on_day", "errors.happened_on.future"});
        else
            entry.happened_on = *date;
    }

    entry.text = std::string(trimmed(input.text));
    if (entry.text.empty())
        errors.push_back({"text", "errors.note_text.missing"});
    else if (entry.text.size() > 10000)
        errors.push_back({"text", "errors.note_text.too_long"});
    else
        refuse_control_characters(errors, "text", entry.text, Lines::Several);

    if (!errors.empty())
        return fail(Error::invalid(std::move(errors)));
    return entry;
}

} // namespace tremplin::domain

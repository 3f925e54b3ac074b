#include "domain/timeline.hpp"

#include "domain/text.hpp"

namespace tremplin::domain {

Date happened_on_typed(DateFields const& typed, Date today, std::vector<FieldError>& errors)
{
    if (typed.empty())
        return today;
    DateProblem problem{};
    auto const date = read_date_fields(typed, problem);
    if (!date)
        errors.push_back({"happened_on_day", "errors.happened_on.not_real"});
    else if (*date > today)
        errors.push_back({"happened_on_day", "errors.happened_on.future"});
    else
        return *date;
    return today;
}

Result<TimelineEntry> validate_timeline_entry(TimelineInput const& input, Date today)
{
    std::vector<FieldError> errors;
    TimelineEntry entry;

    if (auto kind = from_code<NoteKind>(trimmed(input.kind)))
        entry.kind = *kind;
    else
        errors.push_back({"kind", "errors.note_kind.choose"});

    entry.happened_on = happened_on_typed({input.day, input.month, input.year}, today, errors);

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

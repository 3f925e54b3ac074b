#include "domain/attendance_import.hpp"

#include "domain/text.hpp"

#include <limits>
#include <set>

namespace tremplin::domain {

Result<std::vector<ImportedMark>>
read_attendance_csv(std::string_view text,
                    std::function<std::optional<AttendanceMark>(std::string_view)> const& mark_named)
{
    // One lesson's sheet: a cohort's trainees fit many times over. A larger file is no sheet, and
    // is refused before it is read.
    if (text.size() > attendance_sheet_max_bytes)
        return fail(import_error(0, "errors.import.too_large"));
    auto const records = TRY(read_csv(text));
    if (records.size() > attendance_sheet_max_lines)
        return fail(import_error(records[attendance_sheet_max_lines].line, "errors.import.too_many_lines"));
    std::vector<ImportedMark> marks;
    std::set<long long> seen;
    for (auto const& record : records) {
        auto const& fields = record.fields;
        auto const number = whole_number(fields.front());
        if (!number) {
            if (record.line == records.front().line && marks.empty())
                continue; // the header
            return fail(import_error(record.line, "errors.import.number"));
        }
        if (fields.size() < 3)
            return fail(import_error(record.line, "errors.import.columns"));
        auto const mark = mark_named(trimmed(fields[2]));
        if (!mark)
            return fail(import_error(record.line, "errors.import.mark"));
        if (!seen.insert(*number).second)
            return fail(import_error(record.line, "errors.import.duplicate"));
        AttendanceEntry entry{*number, *mark, 0, std::nullopt};
        if (fields.size() > 3 && !trimmed(fields[3]).empty()) {
            auto const late = whole_number(fields[3]);
            // Minutes no int holds are refused, never read as other minutes ("4294967306" as 10).
            if (!late || *late < std::numeric_limits<int>::min() || *late > std::numeric_limits<int>::max())
                return fail(import_error(record.line, "errors.import.late"));
            entry.late_minutes = static_cast<int>(*late);
        }
        if (fields.size() > 4 && !trimmed(fields[4]).empty()) {
            auto const minutes = parse_hours(trimmed(fields[4]));
            if (!minutes)
                return fail(import_error(record.line, "errors.import.hours"));
            entry.minutes_attended = *minutes;
        }
        marks.push_back({record.line, entry});
    }
    if (marks.empty())
        return fail(import_error(0, "errors.import.empty"));
    return marks;
}

} // namespace tremplin::domain

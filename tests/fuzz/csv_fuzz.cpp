// read_csv, which reads every CSV a colleague imports, and read_attendance_csv, which reads an
// attendance sheet filled in a spreadsheet. Beyond "no crash":
// - read_csv gives no blank record, records on increasing lines within the text, no more bytes
//   than the text holds, and an unclosed quote refused on a line of the text;
// - the records written again by the report's CSV writer (a byte order mark, commas, quotes
//   where needed, as the sheet's export writes them) read back the same;
// - an imported sheet holds 1 to attendance_sheet_max_lines marks, one per trainee, each from a
//   record of the text that says her number, her mark, and the minutes late and hours attended
//   exactly as written: a number the sheet cannot hold is refused, never read as another;
// - a refused sheet names a line of the text (or 0, the whole file) and an import message.

#include "domain/attendance_import.hpp"
#include "domain/csv.hpp"
#include "domain/text.hpp"
#include "fuzz_check.hpp"
#include "report/csv.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>

using namespace tremplin;
using domain::AttendanceMark;
using tremplin::fuzz::require;

namespace {

std::optional<AttendanceMark> mark_named(std::string_view text)
{
    return domain::from_code<AttendanceMark>(text);
}

std::vector<std::vector<std::string>> fields_of(std::vector<domain::CsvRecord> const& records)
{
    std::vector<std::vector<std::string>> fields;
    for (auto const& record : records)
        fields.push_back(record.fields);
    return fields;
}

void check_records(std::string_view text, int lines)
{
    auto const records = domain::read_csv(text);
    if (!records) {
        require(records.error().line >= 1 && records.error().line <= lines &&
                    records.error().message_key == "errors.import.quote",
                "an unclosed quote refused on a line of the text");
        return;
    }
    int previous = 0;
    std::size_t bytes = 0;
    std::string written = "\xEF\xBB\xBF";
    for (auto const& record : *records) {
        require(record.line > previous && record.line <= lines, "records on increasing lines of the text");
        previous = record.line;
        require(!record.fields.empty() && std::ranges::any_of(record.fields,
                                                              [](std::string const& field) {
                                                                  return field.find_first_not_of(" \t\r") !=
                                                                         std::string::npos;
                                                              }),
                "no blank record");
        std::vector<std::string> cells;
        for (auto const& field : record.fields) {
            bytes += field.size();
            cells.push_back(report::csv_field(field));
        }
        report::append_csv_record(written, cells);
    }
    require(bytes <= text.size(), "no more bytes than the text holds");
    auto const again = domain::read_csv(written);
    require(again && fields_of(*again) == fields_of(*records),
            "the records written again read back the same");
}

void check_sheet(std::string_view text, int lines)
{
    auto const sheet = domain::read_attendance_csv(text, mark_named);
    if (!sheet) {
        require(sheet.error().line >= 0 && sheet.error().line <= lines &&
                    sheet.error().message_key.starts_with("errors.import."),
                "a refusal names a line of the text and an import message");
        return;
    }
    require(!sheet->empty() && sheet->size() <= domain::attendance_sheet_max_lines,
            "a sheet holds 1 to attendance_sheet_max_lines marks");
    auto const records = domain::read_csv(text);
    require(records.has_value(), "an imported sheet reads as CSV");
    std::set<long long> trainees;
    for (auto const& imported : *sheet) {
        auto const record =
            std::ranges::find(*records, imported.line, [](domain::CsvRecord const& r) { return r.line; });
        require(record != records->end(), "each mark from a record of the text");
        auto const& fields = record->fields;
        auto const& entry = imported.entry;
        require(trainees.insert(entry.enrolment_id).second, "one mark per trainee");
        require(domain::whole_number(fields[0]) == entry.enrolment_id, "her number as written");
        require(fields.size() >= 3 && mark_named(domain::trimmed(fields[2])) == entry.mark,
                "her mark as written");
        bool const late_written = fields.size() > 3 && !domain::trimmed(fields[3]).empty();
        require(late_written ? domain::whole_number(fields[3]) == entry.late_minutes
                             : entry.late_minutes == 0,
                "the minutes late as written");
        bool const hours_written = fields.size() > 4 && !domain::trimmed(fields[4]).empty();
        require(hours_written ? domain::parse_hours(domain::trimmed(fields[4])) == entry.minutes_attended
                              : !entry.minutes_attended,
                "the hours attended as written");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto const text = tremplin::fuzz::as_text(data, size);
    int const lines = 1 + static_cast<int>(std::ranges::count(text, '\n'));
    check_records(text, lines);
    check_sheet(text, lines);
    return 0;
}

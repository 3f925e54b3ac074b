#pragma once

// Writing CSV (RFC 4180) that a spreadsheet opens safely. Every CSV the program writes is put
// together from these cells: text someone typed goes through `csv_text`, numbers the program
// wrote itself through `csv_number`.

#include <string>
#include <string_view>
#include <vector>

namespace tremplin::report {

// A text that a spreadsheet would read as a formula or a command (it starts with '=', '+', '-',
// '@', a tab or a carriage return) with a single quote in front, which the spreadsheet shows as
// text: "=HYPERLINK(…)" → "'=HYPERLINK(…)" (OWASP, "CSV Injection"). Any other text as it is.
std::string spreadsheet_safe(std::string_view text);

// When a field is enclosed in double quotes: only when it must be, or always (a sheet to fill in,
// whose names stay one cell whatever the spreadsheet's separator).
enum class Quoting { WhenNeeded, Always };

// RFC 4180 section 2: a field holding a comma, a semicolon, a double quote or a line break is
// enclosed in double quotes, and its double quotes are doubled.
std::string csv_field(std::string_view value, Quoting quoting = Quoting::WhenNeeded);

// A cell of text (a name, a cohort, a heading): made safe, then written as a field.
std::string csv_text(std::string_view text, Quoting quoting = Quoting::WhenNeeded);

// A cell of a number the program wrote ("7", "2.25", "-3"): written as a field, never quoted
// into text, so that it stays a number.
std::string csv_number(std::string_view number);

// One record: its cells (already written by the functions above), separated by commas, and the
// CRLF that ends it.
void append_csv_record(std::string& csv, std::vector<std::string> const& cells);

} // namespace tremplin::report

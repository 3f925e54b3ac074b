#pragma once

// An attendance sheet filled in a spreadsheet and imported: one line per trainee with her
// number (as the sheet's CSV gives it), her name (for the reader; not read), her mark, the
// minutes she was late and, when partial, the hours she attended. A header line is allowed.
// The import applies whole or not at all, and a refusal names the line.

#include "domain/attendance.hpp"
#include "domain/csv.hpp"
#include "domain/error.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace tremplin::domain {

struct ImportedMark {
    int line = 0;
    AttendanceEntry entry;
};

// The bounds of one sheet.
inline constexpr std::size_t attendance_sheet_max_bytes = 256 * 1024;
inline constexpr std::size_t attendance_sheet_max_lines = 500;

// `mark_named` reads a mark as written ("present", "Présente", "Te laat"...).
Result<std::vector<ImportedMark>>
read_attendance_csv(std::string_view text,
                    std::function<std::optional<AttendanceMark>(std::string_view)> const& mark_named);

} // namespace tremplin::domain

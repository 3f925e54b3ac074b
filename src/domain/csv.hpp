#pragma once

// Reading CSV as spreadsheets write it (RFC 4180): quoted fields may hold separators, quotes
// ("") and line breaks. Belgian spreadsheets separate with ';', others with ','.

#include "domain/error.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tremplin::domain {

struct CsvRecord {
    int line = 0; // where the record starts, counted from 1
    std::vector<std::string> fields;
};

// The records of `text`, a UTF-8 byte order mark and blank lines left out. The separator is
// ';' when the first record has more semicolons than commas outside quotes, else ','. A quote
// never closed is refused on the line where it opens: read on, it would take every later line
// into one field.
Result<std::vector<CsvRecord>> read_csv(std::string_view text);

// The error of an import, on its line.
inline Error import_error(int line, std::string message_key)
{
    Error error{ErrorCode::InvalidInput, message_key, {{"file", message_key}}};
    error.line = line;
    return error;
}

} // namespace tremplin::domain

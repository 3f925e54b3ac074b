#pragma once

// Reading CSV as spreadsheets write it (RFC 4180): quoted fields may hold separators, quotes
// ("") and line breaks. Belgian spreadsheets separate with ';', others with ','.

#include <string>
#include <string_view>
#include <vector>

namespace tremplin::domain {

struct CsvRecord {
    int line = 0; // where the record starts, counted from 1
    std::vector<std::string> fields;
};

// The records of `text`, a UTF-8 byte order mark and blank lines left out. The separator is
// ';' when the first line has more semicolons than commas, else ','.
std::vector<CsvRecord> read_csv(std::string_view text);

} // namespace tremplin::domain

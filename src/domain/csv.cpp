#include "domain/csv.hpp"

#include <algorithm>

namespace tremplin::domain {

namespace {

// Counted in the first record outside quotes: a quoted cell ("Amrani; Fatima", a heading
// "Present, late, excused") may hold either separator, and a line break.
char separator_of(std::string_view text)
{
    std::size_t semicolons = 0;
    std::size_t commas = 0;
    bool quoted = false;
    for (char const c : text) {
        if (c == '"')
            quoted = !quoted; // a doubled quote inside a quoted cell toggles twice
        else if (quoted)
            continue;
        else if (c == '\n')
            break;
        else if (c == ';')
            ++semicolons;
        else if (c == ',')
            ++commas;
    }
    return semicolons > commas ? ';' : ',';
}

bool blank(CsvRecord const& record)
{
    return std::ranges::all_of(record.fields, [](std::string const& field) {
        return field.find_first_not_of(" \t\r") == std::string::npos;
    });
}

} // namespace

Result<std::vector<CsvRecord>> read_csv(std::string_view text)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    char const separator = separator_of(text);
    std::vector<CsvRecord> records;
    CsvRecord record{1, {std::string()}};
    int line = 1;
    bool quoted = false;
    int quote_line = 0;
    auto finish = [&] {
        if (!blank(record))
            records.push_back(std::move(record));
        record = CsvRecord{line, {std::string()}};
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        char const c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                record.fields.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                if (c == '\n')
                    ++line;
                record.fields.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
            quote_line = line;
        } else if (c == separator) {
            record.fields.emplace_back();
        } else if (c == '\n') {
            ++line;
            finish();
        } else if (c != '\r') {
            record.fields.back() += c;
        }
    }
    if (quoted)
        return fail(import_error(quote_line, "errors.import.quote"));
    finish();
    return records;
}

} // namespace tremplin::domain

#include "report/csv.hpp"

namespace tremplin::report {

std::string spreadsheet_safe(std::string_view text)
{
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos)
        return "'" + std::string(text);
    return std::string(text);
}

std::string csv_field(std::string_view value, Quoting quoting)
{
    if (quoting == Quoting::WhenNeeded && value.find_first_of(",;\"\r\n") == std::string_view::npos)
        return std::string(value);
    std::string quoted = "\"";
    for (auto character : value) {
        if (character == '"')
            quoted += '"';
        quoted += character;
    }
    return quoted + '"';
}

std::string csv_text(std::string_view text, Quoting quoting)
{
    return csv_field(spreadsheet_safe(text), quoting);
}

std::string csv_number(std::string_view number)
{
    return csv_field(number);
}

void append_csv_record(std::string& csv, std::vector<std::string> const& cells)
{
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            csv += ',';
        csv += cells[i];
    }
    csv += "\r\n";
}

} // namespace tremplin::report

// The monthly statement of hours: Bruxelles Formation pays the training allowance per hour
// attended (docs/domain.md "Training allowance and monthly statement"), so the centre sends,
// each month, every trainee's hours day by day. The spreadsheet is for people; the CSV for the
// funder's import.

#include "locale/catalogue.hpp"
#include "report/csv.hpp"
#include "report/documents.hpp"
#include "report/hours.hpp"
#include "report/workbook.hpp"

#include <map>
#include <set>

namespace tremplin::report {

namespace {

std::vector<domain::Date> days_of(domain::YearMonth month)
{
    std::vector<domain::Date> days;
    for (int day = 1; auto date = domain::Date::from_parts(month.year(), month.month(), day); ++day)
        days.push_back(*date);
    return days;
}

// A trainee marked twice on one day (a morning and an afternoon lesson) has one cell.
std::map<domain::Date, long long> minutes_per_day(StatementLine const& line)
{
    std::map<domain::Date, long long> minutes;
    for (auto const& [day, attended] : line.minutes_by_day)
        minutes[day] += attended;
    return minutes;
}

} // namespace

std::string monthly_statement_xlsx(MonthlyStatement const& statement, locale::Catalogue const& catalogue)
{
    std::string const document_title(catalogue.text("documents.statement.title"));
    Workbook workbook(document_title + " – " + statement.month.iso(), statement.centre.name);
    auto const& formats = workbook.formats();
    auto* sheet = workbook.add_sheet(catalogue.text("documents.statement.sheet_name"));
    auto const days = days_of(statement.month);

    worksheet_write_string(sheet, 0, 0, statement.centre.name.c_str(), formats.title);
    worksheet_write_string(sheet, 1, 0, document_title.c_str(), formats.heading);
    worksheet_write_string(sheet, 2, 0, statement.title.c_str(), nullptr);
    worksheet_write_string(sheet, 3, 0, catalogue.month_year(statement.month).c_str(), nullptr);

    constexpr lxw_row_t header_row = 5;
    constexpr lxw_col_t first_day_column = 4;
    auto const total_column = static_cast<lxw_col_t>(first_day_column + days.size());
    std::string const headers[] = {
        std::string(catalogue.text("documents.statement.last_name")),
        std::string(catalogue.text("documents.statement.first_name")),
        std::string(catalogue.text("documents.statement.actiris_number")),
        std::string(catalogue.text("documents.statement.cohort")),
    };
    for (lxw_col_t column = 0; column < first_day_column; ++column)
        worksheet_write_string(sheet, header_row, column, headers[column].c_str(), formats.header_left);
    for (std::size_t i = 0; i < days.size(); ++i)
        worksheet_write_string(sheet, header_row, static_cast<lxw_col_t>(first_day_column + i),
                               std::to_string(days[i].day()).c_str(), formats.header);
    worksheet_write_string(sheet, header_row, total_column,
                           std::string(catalogue.text("documents.statement.total_hours")).c_str(),
                           formats.header);

    std::vector<long long> day_totals(days.size(), 0);
    long long grand_total = 0;
    auto row = header_row + 1;
    for (auto const& line : statement.lines) {
        worksheet_write_string(sheet, row, 0, line.last_name.c_str(), nullptr);
        worksheet_write_string(sheet, row, 1, line.first_name.c_str(), nullptr);
        worksheet_write_string(sheet, row, 2, line.actiris_number.c_str(), nullptr);
        worksheet_write_string(sheet, row, 3, line.cohort_name.c_str(), nullptr);
        for (auto const& [day, minutes] : minutes_per_day(line)) {
            if (day.year() != statement.month.year() || day.month() != statement.month.month())
                continue; // not this month's: the service should not send it
            auto const index = static_cast<std::size_t>(day.day() - 1);
            worksheet_write_number(sheet, row, static_cast<lxw_col_t>(first_day_column + index),
                                   hours_number(minutes), formats.hours);
            day_totals[index] += minutes;
        }
        worksheet_write_number(sheet, row, total_column, hours_number(line.minutes_attended),
                               formats.total_hours);
        grand_total += line.minutes_attended;
        ++row;
    }

    worksheet_write_string(sheet, row, 0, std::string(catalogue.text("documents.statement.totals")).c_str(),
                           formats.total_label);
    for (lxw_col_t column = 1; column < first_day_column; ++column)
        worksheet_write_blank(sheet, row, column, formats.total_blank);
    for (std::size_t i = 0; i < days.size(); ++i)
        worksheet_write_number(sheet, row, static_cast<lxw_col_t>(first_day_column + i),
                               hours_number(day_totals[i]), formats.total_hours);
    worksheet_write_number(sheet, row, total_column, hours_number(grand_total), formats.total_hours);

    worksheet_set_column(sheet, 0, 0, 22, nullptr);
    worksheet_set_column(sheet, 1, 1, 18, nullptr);
    worksheet_set_column(sheet, 2, 2, 15, nullptr);
    worksheet_set_column(sheet, 3, 3, 18, nullptr);
    worksheet_set_column(sheet, first_day_column, total_column - 1, 6, nullptr);
    worksheet_set_column(sheet, total_column, total_column, 12, nullptr);
    worksheet_set_row(sheet, header_row, 30, nullptr);
    // The names stay in view when scrolling to the end of the month.
    worksheet_freeze_panes(sheet, header_row + 1, 2);
    set_up_printing(sheet, header_row);
    return workbook.finish();
}

std::string monthly_statement_csv(MonthlyStatement const& statement, locale::Catalogue const& catalogue)
{
    // Only the days someone was marked on: a funder's import wants no column of empty days.
    std::set<domain::Date> days;
    for (auto const& line : statement.lines)
        for (auto const& [day, minutes] : line.minutes_by_day)
            days.insert(day);

    std::string csv = "\xEF\xBB\xBF";
    std::vector<std::string> header{
        csv_text(catalogue.text("documents.statement.last_name")),
        csv_text(catalogue.text("documents.statement.first_name")),
        csv_text(catalogue.text("documents.statement.actiris_number")),
        csv_text(catalogue.text("documents.statement.cohort")),
    };
    for (auto const& day : days)
        header.push_back(csv_text(day.iso()));
    header.push_back(csv_text(catalogue.text("documents.statement.total_hours")));
    append_csv_record(csv, header);

    for (auto const& line : statement.lines) {
        std::vector<std::string> record{csv_text(line.last_name), csv_text(line.first_name),
                                        csv_text(line.actiris_number), csv_text(line.cohort_name)};
        auto const minutes = minutes_per_day(line);
        for (auto const& day : days) {
            auto const found = minutes.find(day);
            record.push_back(found == minutes.end() ? std::string() : csv_number(hours_text(found->second)));
        }
        record.push_back(csv_number(hours_text(line.minutes_attended)));
        append_csv_record(csv, record);
    }
    return csv;
}

} // namespace tremplin::report

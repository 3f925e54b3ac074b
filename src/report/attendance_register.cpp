// The attendance register of a cohort: what the trainers marked, lesson by lesson, kept for
// the funders' audits. Each lesson has two columns, the mark as a short code in the reader's
// language (explained below the table) and the hours she attended, so hours stay numbers.

#include "locale/catalogue.hpp"
#include "report/documents.hpp"
#include "report/hours.hpp"
#include "report/workbook.hpp"

#include <cstdio>

namespace tremplin::report {

namespace {

using domain::AttendanceMark;

std::string_view mark_code(AttendanceMark mark, locale::Catalogue const& catalogue)
{
    switch (mark) {
    case AttendanceMark::Present:
        return catalogue.text("documents.register.marks.present.code");
    case AttendanceMark::Late:
        return catalogue.text("documents.register.marks.late.code");
    case AttendanceMark::Excused:
        return catalogue.text("documents.register.marks.excused.code");
    case AttendanceMark::Unexcused:
        return catalogue.text("documents.register.marks.unexcused.code");
    }
    return {};
}

std::string_view mark_label(AttendanceMark mark, locale::Catalogue const& catalogue)
{
    switch (mark) {
    case AttendanceMark::Present:
        return catalogue.text("documents.register.marks.present.label");
    case AttendanceMark::Late:
        return catalogue.text("documents.register.marks.late.label");
    case AttendanceMark::Excused:
        return catalogue.text("documents.register.marks.excused.label");
    case AttendanceMark::Unexcused:
        return catalogue.text("documents.register.marks.unexcused.label");
    }
    return {};
}

// "09:00–12:30": the 24-hour clock reads the same in the three languages.
std::string time_range(int starts_at, int ends_at)
{
    char text[32];
    std::snprintf(text, sizeof text, "%02d:%02d\u2013%02d:%02d", starts_at / 60, starts_at % 60, ends_at / 60,
                  ends_at % 60);
    return text;
}

} // namespace

std::string attendance_register_xlsx(AttendanceRegister const& register_, locale::Catalogue const& catalogue)
{
    std::string const document_title(catalogue.text("documents.register.title"));
    Workbook workbook(document_title + " – " + register_.cohort_name, register_.centre.name);
    auto const& formats = workbook.formats();
    auto* sheet = workbook.add_sheet(catalogue.text("documents.register.sheet_name"));

    worksheet_write_string(sheet, 0, 0, register_.centre.name.c_str(), formats.title);
    worksheet_write_string(sheet, 1, 0, document_title.c_str(), formats.heading);
    worksheet_write_string(sheet, 2, 0, (register_.track_name + " – " + register_.cohort_name).c_str(),
                           nullptr);

    // Four header rows: the lesson's date and time, its module, its trainer, then the two
    // columns under it.
    constexpr lxw_row_t first_header_row = 4;
    constexpr lxw_row_t last_header_row = 7;
    auto const lesson_count = register_.lessons.size();
    auto const total_column = static_cast<lxw_col_t>(1 + 2 * lesson_count);
    auto mark_column = [](std::size_t lesson) { return static_cast<lxw_col_t>(1 + 2 * lesson); };

    worksheet_merge_range(sheet, first_header_row, 0, last_header_row, 0,
                          std::string(catalogue.text("documents.register.trainee")).c_str(),
                          formats.header_left);
    std::string const mark_header(catalogue.text("documents.register.mark"));
    std::string const hours_header(catalogue.text("documents.register.hours"));
    for (std::size_t i = 0; i < lesson_count; ++i) {
        auto const& lesson = register_.lessons[i];
        auto const first = mark_column(i);
        auto const when = catalogue.date(lesson.day) + "\n" + time_range(lesson.starts_at, lesson.ends_at);
        worksheet_merge_range(sheet, first_header_row, first, first_header_row, first + 1, when.c_str(),
                              formats.header);
        worksheet_merge_range(sheet, first_header_row + 1, first, first_header_row + 1, first + 1,
                              lesson.module_name.c_str(), formats.header);
        worksheet_merge_range(sheet, first_header_row + 2, first, first_header_row + 2, first + 1,
                              lesson.trainer_name.c_str(), formats.header);
        worksheet_write_string(sheet, last_header_row, first, mark_header.c_str(), formats.header);
        worksheet_write_string(sheet, last_header_row, first + 1, hours_header.c_str(), formats.header);
    }
    worksheet_merge_range(sheet, first_header_row, total_column, last_header_row, total_column,
                          std::string(catalogue.text("documents.register.total_hours")).c_str(),
                          formats.header);

    auto row = last_header_row + 1;
    for (auto const& trainee : register_.rows) {
        worksheet_write_string(sheet, row, 0, trainee.trainee_name.c_str(), nullptr);
        long long attended = 0;
        for (std::size_t i = 0; i < lesson_count && i < trainee.marks.size(); ++i) {
            if (!trainee.marks[i])
                continue;
            auto const& mark = *trainee.marks[i];
            worksheet_write_string(sheet, row, mark_column(i),
                                   std::string(mark_code(mark.mark, catalogue)).c_str(), formats.centred);
            worksheet_write_number(sheet, row, mark_column(i) + 1, hours_number(mark.minutes_attended),
                                   formats.hours);
            attended += mark.minutes_attended;
        }
        worksheet_write_number(sheet, row, total_column, hours_number(attended), formats.total_hours);
        ++row;
    }

    // The key to the codes, under the table.
    row += 1;
    worksheet_write_string(sheet, row++, 0, std::string(catalogue.text("documents.register.legend")).c_str(),
                           formats.heading);
    for (auto mark : domain::all_values<AttendanceMark>()) {
        auto const entry = catalogue.format("documents.register.legend_entry",
                                            {{"code", std::string(mark_code(mark, catalogue))},
                                             {"label", std::string(mark_label(mark, catalogue))}});
        worksheet_write_string(sheet, row++, 0, entry.c_str(), formats.note);
    }

    worksheet_set_column(sheet, 0, 0, 28, nullptr);
    if (lesson_count > 0)
        worksheet_set_column(sheet, 1, total_column - 1, 8, nullptr);
    worksheet_set_column(sheet, total_column, total_column, 12, nullptr);
    worksheet_set_row(sheet, first_header_row, 30, nullptr);
    worksheet_set_row(sheet, first_header_row + 1, 30, nullptr);
    worksheet_freeze_panes(sheet, last_header_row + 1, 1);
    set_up_printing(sheet, static_cast<int>(last_header_row));
    return workbook.finish();
}

} // namespace tremplin::report

// The lessons of a day and the attendance sheet of a lesson: every trainee on one screen, one
// tap per row, "all present" in one action; a plain form that needs no JavaScript.

#include "web/pages/attendance_pages.hpp"

#include "domain/attendance_import.hpp"
#include "web/application.hpp"
#include "web/form_data.hpp"
#include "web/pages/trainee_rows.hpp"
#include "web/pages/training_display.hpp"
#include "web/paths.hpp"

#include <algorithm>
#include <charconv>
#include <functional>

namespace tremplin::web::pages::attendance {

namespace {

using domain::AttendanceMark;

} // namespace

Response lessons_of_day(Context& context, Services& services)
{
    auto const today = services.training.attendance.clock().today();
    auto const day = domain::Date::parse_iso(context.query.get("day")).value_or(today);
    auto lessons = services.training.attendance.lessons_on(context.signed_in(), day);
    if (!lessons)
        return context.failure(lessons.error());
    TemplateValue data = TemplateValue::object();
    auto const day_text = context.catalogue->date(day);
    data["day"] = day_text;
    data["is_today"] = day == today;
    data["previous_href"] =
        "/lessons?day=" + domain::Date::from_days_since_epoch(day.days_since_epoch() - 1).iso();
    data["next_href"] =
        "/lessons?day=" + domain::Date::from_days_since_epoch(day.days_since_epoch() + 1).iso();
    data["today_href"] = "/lessons";
    data["has_lessons"] = !lessons->empty();
    for (auto const& lesson : *lessons)
        data["lessons"].append(lesson_row(lesson, *context.catalogue));
    return context.page("lessons/day", context.catalogue->format("lessons.day_title", {{"day", day_text}}),
                        std::move(data));
}

namespace {

// What the trainer typed on a row, kept to show the sheet again after an error.
struct TypedRow {
    std::string mark;
    std::string late;
    std::string hours;
};

// Minutes late as typed: a whole number, else nothing (then validation asks for it).
std::optional<int> whole_minutes(std::string_view text)
{
    int value = 0;
    auto const [end, problem] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || problem != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

Response sheet_page(Context& context, service::AttendanceSheet const& sheet,
                    std::map<long long, TypedRow> const& typed, std::vector<domain::FieldError> const& errors,
                    int status, std::optional<domain::Error> const& import_error = std::nullopt)
{
    auto const& catalogue = *context.catalogue;
    auto const& lesson = sheet.lesson.lesson;
    TemplateValue data = TemplateValue::object();
    data["action"] = paths::lesson_attendance(lesson.id);
    auto const module = in_reader_language(sheet.lesson.module_name, catalogue);
    auto const day = catalogue.date(lesson.day);
    data["module"] = module;
    data["cohort"] = sheet.lesson.cohort_name;
    data["cohort_href"] = paths::cohort(lesson.cohort_id);
    data["day"] = day;
    data["day_href"] = "/lessons?day=" + lesson.day.iso();
    data["time"] = time_range(lesson.starts_at, lesson.ends_at);
    data["room"] = lesson.room;
    data["trainer"] = sheet.lesson.trainer_name;
    data["hours"] = domain::hours_of(lesson.minutes());
    data["cancelled"] = lesson.status == domain::LessonStatus::Cancelled;
    data["taken"] = sheet.taken;
    data["has_rows"] = !sheet.rows.empty();
    data["count"] =
        catalogue.format("attendance.count", {{"count", static_cast<long long>(sheet.rows.size())}});

    RowErrors row_errors(catalogue, errors, "sheet");
    for (auto const& row : sheet.rows) {
        auto const name = row.first_name + " " + row.last_name;
        auto const found = typed.find(row.enrolment_id);
        TypedRow shown;
        if (found != typed.end()) {
            shown = found->second;
        } else if (row.mark) {
            shown.mark = domain::code_of(*row.mark);
            shown.late = row.mark == AttendanceMark::Late ? std::to_string(row.late_minutes) : "";
            auto const expected = domain::minutes_attended(
                {row.enrolment_id, *row.mark, row.late_minutes, {}}, lesson.minutes());
            shown.hours = row.minutes_attended == expected ? "" : domain::hours_of(row.minutes_attended);
        }
        auto& item = data["rows"].append();
        item["name"] = name;
        item["legend_id"] = row_field("trainee", row.enrolment_id);
        auto const mark_field = row_field("mark", row.enrolment_id);
        auto const late_field = row_field("late", row.enrolment_id);
        auto const minutes_field = row_field("minutes", row.enrolment_id);
        item["mark_name"] = mark_field;
        for (auto mark : domain::all_values<AttendanceMark>()) {
            auto const code = std::string(domain::code_of(mark));
            auto& option = item["marks"].append();
            option["id"] = mark_field + "-" + code;
            option["value"] = code;
            option["label"] = catalogue.text("attendance_marks." + code);
            option["checked"] = shown.mark == code;
            option["class"] = "mark-" + code;
        }
        item["late_id"] = late_field;
        item["late_value"] = shown.late;
        item["minutes_id"] = minutes_field;
        item["minutes_value"] = shown.hours;
        item["mark_error"] = row_errors.show(mark_field, name, mark_field + "-present", item);
        item["late_error"] = row_errors.show(late_field, name, late_field, item);
        item["minutes_error"] = row_errors.show(minutes_field, name, minutes_field, item);
    }
    auto const notice = context.query.get("notice");
    if (notice == "saved")
        data["notice"] = catalogue.text("attendance.saved");
    else if (notice == "imported")
        data["notice"] =
            catalogue.format("attendance.imported", {{"count", context.query_number("count").value_or(0)}});
    data["csv_href"] = paths::lesson_attendance_csv(lesson.id);
    data["import_action"] = paths::lesson_attendance_imports(lesson.id);
    if (import_error) {
        auto const message =
            import_error->line
                ? catalogue.format("errors.import.on_line",
                                   {{"line", static_cast<long long>(import_error->line)},
                                    {"message", std::string(catalogue.text(import_error->message_key))}})
                : std::string(catalogue.text(import_error->message_key));
        data["import_error"] = message;
        row_errors.add(message, "file");
    }
    data["error_summary"] = row_errors.take_summary();
    auto const title = catalogue.format("attendance.title", {{"module", module}, {"day", day}});
    return context.page("lessons/attendance", title, std::move(data), status,
                        errors.empty() && !import_error ? Context::Errors::None : Context::Errors::Shown);
}

} // namespace

Response show_sheet(Context& context, Services& services)
{
    auto sheet = services.training.attendance.sheet(context.signed_in(), context.id_value().value_or(0));
    if (!sheet)
        return context.failure(sheet.error());
    return sheet_page(context, *sheet, {}, {}, 200);
}

Response save_sheet(Context& context, Services& services)
{
    auto sheet = services.training.attendance.sheet(context.signed_in(), context.id_value().value_or(0));
    if (!sheet)
        return context.failure(sheet.error());
    bool const all_present = context.form.has("all_present");

    std::map<long long, TypedRow> typed;
    std::vector<domain::AttendanceEntry> entries;
    std::vector<domain::FieldError> errors;
    for (auto const& row : sheet->rows) {
        auto const id = row.enrolment_id;
        TypedRow const input{all_present ? "present" : std::string(context.form.get(row_field("mark", id))),
                             all_present ? "" : std::string(context.form.get(row_field("late", id))),
                             all_present ? "" : std::string(context.form.get(row_field("minutes", id)))};
        typed[id] = input;
        auto const mark = domain::from_code<AttendanceMark>(input.mark);
        if (!mark) {
            errors.push_back({row_field("mark", id), "errors.attendance.mark_missing"});
            continue;
        }
        domain::AttendanceEntry entry{id, *mark, 0, std::nullopt};
        if (*mark == AttendanceMark::Late) {
            entry.late_minutes = whole_minutes(input.late).value_or(0);
        }
        if (!input.hours.empty()) {
            auto const minutes = domain::parse_hours(input.hours);
            if (!minutes) {
                errors.push_back({row_field("minutes", id), "errors.attendance.hours_unreadable"});
                continue;
            }
            entry.minutes_attended = *minutes;
        }
        entries.push_back(entry);
    }
    // A row sent for someone not on this sheet (another cohort's trainee, say) is refused whole.
    for (auto const& [name, value] : context.form.fields()) {
        if (!name.starts_with("mark-"))
            continue;
        auto const id = std::strtoll(name.c_str() + 5, nullptr, 10);
        if (!typed.contains(id))
            entries.push_back(
                {id, domain::from_code<AttendanceMark>(value).value_or(AttendanceMark::Present), 0, {}});
    }
    if (errors.empty()) {
        auto saved =
            services.training.attendance.save_sheet(context.signed_in(), sheet->lesson.lesson.id, entries);
        if (saved)
            return Response::redirect(paths::lesson_attendance(sheet->lesson.lesson.id) + "?notice=saved");
        if (saved.error().fields.empty())
            return context.failure(saved.error());
        errors = saved.error().fields;
    }
    return sheet_page(context, *sheet, typed, errors, 422);
}

namespace {

// A mark as a spreadsheet may write it: its code, or its label in any of the languages.
std::function<std::optional<AttendanceMark>(std::string_view)>

mark_reader(locale::Catalogues const& catalogues)
{
    std::map<std::string, AttendanceMark, std::less<>> names;
    for (auto mark : domain::all_values<AttendanceMark>()) {
        auto const code = std::string(domain::code_of(mark));
        names[code] = mark;
        for (auto const& language : catalogues.languages())
            names[std::string(catalogues.find(language)->text("attendance_marks." + code))] = mark;
    }
    return [names = std::move(names)](std::string_view text) -> std::optional<AttendanceMark> {
        auto const found = names.find(text);
        return found == names.end() ? std::nullopt : std::optional(found->second);
    };
}

std::string csv_quoted(std::string const& text)
{
    std::string result = "\"";
    for (char c : text)
        result += c == '"' ? std::string("\"\"") : std::string(1, c);
    return result + "\"";
}

} // namespace

// The sheet as CSV, to fill in a spreadsheet and import back: number, name, mark, minutes late,
// hours attended (when partial). UTF-8 with a byte order mark, so spreadsheets read the accents.
Response sheet_csv(Context& context, Services& services)
{
    auto sheet = services.training.attendance.sheet(context.signed_in(), context.id_value().value_or(0));
    if (!sheet)
        return context.failure(sheet.error());
    auto const& catalogue = *context.catalogue;
    std::string csv = "\xEF\xBB\xBF";
    bool first = true;
    for (auto key : {"attendance.csv.number", "attendance.csv.name", "attendance.csv.mark",
                     "attendance.csv.late", "attendance.csv.hours"}) {
        csv += (first ? "" : ",") + csv_quoted(std::string(catalogue.text(key)));
        first = false;
    }
    csv += "\r\n";
    for (auto const& row : sheet->rows) {
        csv +=
            std::to_string(row.enrolment_id) + "," + csv_quoted(row.last_name + " " + row.first_name) + ",";
        if (row.mark)
            csv += std::string(domain::code_of(*row.mark)) + "," +
                   (*row.mark == AttendanceMark::Late ? std::to_string(row.late_minutes) : "") + "," +
                   domain::hours_of(row.minutes_attended);
        else
            csv += ",,";
        csv += "\r\n";
    }
    auto response = Response::text(std::move(csv));
    response.set_header("Content-Type", "text/csv; charset=utf-8");
    response.set_header("Content-Disposition", "attachment; filename=\"attendance-" +
                                                   std::to_string(sheet->lesson.lesson.id) + ".csv\"");
    return response;
}

Response import_sheet(Context& context, Services& services)
{
    auto sheet = services.training.attendance.sheet(context.signed_in(), context.id_value().value_or(0));
    if (!sheet)
        return context.failure(sheet.error());
    auto const file = context.form.get("file");
    domain::Result<int> imported = domain::fail(domain::import_error(0, "errors.import.empty"));
    if (!file.empty() && !is_valid_utf8(file))
        imported = domain::fail(domain::import_error(0, "errors.import.not_utf8"));
    else if (!file.empty())
        imported = services.training.attendance.import_sheet(context.signed_in(), sheet->lesson.lesson.id,
                                                             file, mark_reader(context.site.catalogues));
    if (imported)
        return Response::redirect(paths::lesson_attendance(sheet->lesson.lesson.id) +
                                  "?notice=imported&count=" + std::to_string(*imported));
    if (imported.error().code != domain::ErrorCode::InvalidInput)
        return context.failure(imported.error());
    return sheet_page(context, *sheet, {}, {}, 422, imported.error());
}

} // namespace tremplin::web::pages::attendance

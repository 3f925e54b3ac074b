// The lessons of a day and the attendance sheet of a lesson: every trainee on one screen, one
// tap per row, "all present" in one action; a plain form that needs no JavaScript.

#include "web/pages/attendance_pages.hpp"

#include "domain/attendance_import.hpp"
#include "report/csv.hpp"
#include "web/application.hpp"
#include "web/form_data.hpp"
#include "web/form_outcome.hpp"
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

domain::Result<Response> lessons_of_day(Context& context, Services& services)
{
    auto const today = services.training.attendance.clock().today();
    auto const day = domain::Date::parse_iso(context.query.get("day")).value_or(today);
    auto const lessons = TRY(services.training.attendance.lessons_on(context.signed_in(), day));
    TemplateValue data = TemplateValue::object();
    auto const day_text = context.catalogue->date(day);
    data["day"] = day_text;
    data["is_today"] = day == today;
    data["previous_href"] =
        "/lessons?day=" + domain::Date::from_days_since_epoch(day.days_since_epoch() - 1).iso();
    data["next_href"] =
        "/lessons?day=" + domain::Date::from_days_since_epoch(day.days_since_epoch() + 1).iso();
    data["today_href"] = "/lessons";
    data["has_lessons"] = !lessons.empty();
    for (auto const& lesson : lessons)
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

// The lesson the sheet is about: module, cohort, day, time, room, trainer.
TemplateValue lesson_header(service::AttendanceSheet const& sheet, locale::Catalogue const& catalogue)
{
    auto const& lesson = sheet.lesson.lesson;
    TemplateValue data = TemplateValue::object();
    data["action"] = paths::lesson_attendance(lesson.id);
    data["module"] = in_reader_language(sheet.lesson.module_name, catalogue);
    data["cohort"] = sheet.lesson.cohort_name;
    data["cohort_href"] = paths::cohort(lesson.cohort_id);
    data["day"] = catalogue.date(lesson.day);
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
    data["csv_href"] = paths::lesson_attendance_csv(lesson.id);
    data["import_action"] = paths::lesson_attendance_imports(lesson.id);
    return data;
}

// A trainee's row as shown: what was typed, else what was recorded.
TypedRow shown_row(service::AttendanceSheet const& sheet, std::map<long long, TypedRow> const& typed,
                   service::SheetRow const& row)
{
    if (auto const found = typed.find(row.enrolment_id); found != typed.end())
        return found->second;
    TypedRow shown;
    if (!row.mark)
        return shown;
    shown.mark = domain::code_of(*row.mark);
    shown.late = row.mark == AttendanceMark::Late ? std::to_string(row.late_minutes) : "";
    auto const expected = domain::minutes_attended({row.enrolment_id, *row.mark, row.late_minutes, {}},
                                                   sheet.lesson.lesson.minutes());
    shown.hours = row.minutes_attended == expected ? "" : domain::hours_of(row.minutes_attended);
    return shown;
}

// One row per trainee: a mark, minutes late and hours attended, each with its error.
void add_rows(TemplateValue& data, service::AttendanceSheet const& sheet,
              std::map<long long, TypedRow> const& typed, RowErrors& row_errors,
              locale::Catalogue const& catalogue)
{
    for (auto const& row : sheet.rows) {
        auto const name = row.first_name + " " + row.last_name;
        auto const shown = shown_row(sheet, typed, row);
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
}

std::string sheet_notice(Context const& context)
{
    auto const notice = context.query.get("notice");
    if (notice == "saved")
        return std::string(context.text("attendance.saved"));
    if (notice == "imported")
        return context.catalogue->format("attendance.imported",
                                         {{"count", context.query_number("count").value_or(0)}});
    return {};
}

// An import refused: the message, naming the file's line at fault when there is one.
std::string import_message(domain::Error const& error, locale::Catalogue const& catalogue)
{
    if (!error.line)
        return std::string(catalogue.text(error.message_key));
    return catalogue.format("errors.import.on_line",
                            {{"line", static_cast<long long>(error.line)},
                             {"message", std::string(catalogue.text(error.message_key))}});
}

Response sheet_page(Context& context, service::AttendanceSheet const& sheet,
                    std::map<long long, TypedRow> const& typed, std::vector<domain::FieldError> const& errors,
                    int status, std::optional<domain::Error> const& import_error = std::nullopt)
{
    auto const& catalogue = *context.catalogue;
    auto data = lesson_header(sheet, catalogue);
    RowErrors row_errors(catalogue, errors, "sheet");
    add_rows(data, sheet, typed, row_errors, catalogue);
    if (auto notice = sheet_notice(context); !notice.empty())
        data["notice"] = std::move(notice);
    if (import_error) {
        auto const message = import_message(*import_error, catalogue);
        data["import_error"] = message;
        row_errors.add(message, "file");
    }
    data["error_summary"] = row_errors.take_summary();
    auto const title = catalogue.format("attendance.title",
                                        {{"module", in_reader_language(sheet.lesson.module_name, catalogue)},
                                         {"day", catalogue.date(sheet.lesson.lesson.day)}});
    return context.page("lessons/attendance", title, std::move(data), status,
                        errors.empty() && !import_error ? Context::Errors::None : Context::Errors::Shown);
}

// The sheet as sent: a row per trainee on it, and the marks sent for anyone else.
struct SentSheet {
    std::map<long long, TypedRow> typed;
    std::vector<domain::AttendanceEntry> entries;
    std::vector<domain::FieldError> errors;
};

SentSheet sheet_sent(service::AttendanceSheet const& sheet, FormData const& form)
{
    bool const all_present = form.has("all_present");
    SentSheet sent;
    for (auto const& row : sheet.rows) {
        auto const id = row.enrolment_id;
        TypedRow const input{all_present ? "present" : std::string(form.get(row_field("mark", id))),
                             all_present ? "" : std::string(form.get(row_field("late", id))),
                             all_present ? "" : std::string(form.get(row_field("minutes", id)))};
        sent.typed[id] = input;
        auto const mark = domain::from_code<AttendanceMark>(input.mark);
        if (!mark) {
            sent.errors.push_back({row_field("mark", id), "errors.attendance.mark_missing"});
            continue;
        }
        domain::AttendanceEntry entry{id, *mark, 0, std::nullopt};
        if (*mark == AttendanceMark::Late)
            entry.late_minutes = whole_minutes(input.late).value_or(0);
        if (!input.hours.empty()) {
            auto const minutes = domain::parse_hours(input.hours);
            if (!minutes) {
                sent.errors.push_back({row_field("minutes", id), "errors.attendance.hours_unreadable"});
                continue;
            }
            entry.minutes_attended = *minutes;
        }
        sent.entries.push_back(entry);
    }
    // A row sent for someone not on this sheet (another cohort's trainee, say) is refused whole.
    for (auto const& [name, value] : form.fields()) {
        if (!name.starts_with("mark-"))
            continue;
        auto const id = std::strtoll(name.c_str() + 5, nullptr, 10);
        if (!sent.typed.contains(id))
            sent.entries.push_back(
                {id, domain::from_code<AttendanceMark>(value).value_or(AttendanceMark::Present), 0, {}});
    }
    return sent;
}

} // namespace

domain::Result<Response> show_sheet(Context& context, Services& services)
{
    auto const sheet = TRY(services.training.attendance.sheet(context.signed_in(), TRY(context.record_id())));
    return sheet_page(context, sheet, {}, {}, 200);
}

domain::Result<Response> save_sheet(Context& context, Services& services)
{
    auto const sheet = TRY(services.training.attendance.sheet(context.signed_in(), TRY(context.record_id())));
    auto const sent = sheet_sent(sheet, context.form);
    auto const lesson_id = sheet.lesson.lesson.id;
    auto const redisplay = [&](auto errors) { return sheet_page(context, sheet, sent.typed, errors, 422); };
    if (!sent.errors.empty())
        return redisplay(sent.errors);
    return after_form(
        services.training.attendance.save_sheet(context.signed_in(), lesson_id, sent.entries), redisplay,
        [&] { return Response::redirect(paths::lesson_attendance(lesson_id) + "?notice=saved"); });
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

} // namespace

// The sheet as CSV, to fill in a spreadsheet and import back: number, name, mark, minutes late,
// hours attended (when partial). UTF-8 with a byte order mark, so spreadsheets read the accents.
domain::Result<Response> sheet_csv(Context& context, Services& services)
{
    auto const sheet =
        TRY(services.training.attendance.sheet_for_export(context.signed_in(), TRY(context.record_id())));
    auto const& catalogue = *context.catalogue;
    std::string csv = "\xEF\xBB\xBF";
    std::vector<std::string> header;
    for (auto key : {"attendance.csv.number", "attendance.csv.name", "attendance.csv.mark",
                     "attendance.csv.late", "attendance.csv.hours"})
        header.push_back(report::csv_text(catalogue.text(key), report::Quoting::Always));
    report::append_csv_record(csv, header);
    for (auto const& row : sheet.rows) {
        std::vector<std::string> record{
            report::csv_number(std::to_string(row.enrolment_id)),
            report::csv_text(row.last_name + " " + row.first_name, report::Quoting::Always)};
        if (row.mark) {
            record.push_back(report::csv_text(domain::code_of(*row.mark)));
            record.push_back(*row.mark == AttendanceMark::Late
                                 ? report::csv_number(std::to_string(row.late_minutes))
                                 : std::string());
            record.push_back(report::csv_number(domain::hours_of(row.minutes_attended)));
        } else {
            record.insert(record.end(), {std::string(), std::string(), std::string()});
        }
        report::append_csv_record(csv, record);
    }
    auto response = Response::text(std::move(csv));
    response.set_header("Content-Type", "text/csv; charset=utf-8");
    response.set_header("Content-Disposition",
                        content_disposition("attendance-" + std::to_string(sheet.lesson.lesson.id) + ".csv"));
    return response;
}

domain::Result<Response> import_sheet(Context& context, Services& services)
{
    auto const sheet = TRY(services.training.attendance.sheet(context.signed_in(), TRY(context.record_id())));
    auto const file = context.form.get("file");
    domain::Result<int> imported = domain::fail(domain::import_error(0, "errors.import.empty"));
    if (!file.empty() && !is_valid_utf8(file))
        imported = domain::fail(domain::import_error(0, "errors.import.not_utf8"));
    else if (!file.empty())
        imported = services.training.attendance.import_sheet(context.signed_in(), sheet.lesson.lesson.id,
                                                             file, mark_reader(context.site.catalogues));
    if (imported)
        return Response::redirect(paths::lesson_attendance(sheet.lesson.lesson.id) +
                                  "?notice=imported&count=" + std::to_string(*imported));
    if (imported.error().code != domain::ErrorCode::InvalidInput)
        return domain::fail(std::move(imported.error()));
    return sheet_page(context, sheet, {}, {}, 422, imported.error());
}

} // namespace tremplin::web::pages::attendance

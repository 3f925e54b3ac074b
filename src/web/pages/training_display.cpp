#include "web/pages/training_display.hpp"

#include "web/paths.hpp"

namespace tremplin::web {

std::string time_range(int starts_at, int ends_at)
{
    return domain::time_of_day(starts_at) + "–" + domain::time_of_day(ends_at);
}

TemplateValue lesson_row(service::LessonView const& view, locale::Catalogue const& catalogue)
{
    auto const& lesson = view.lesson;
    auto const id = std::to_string(lesson.id);
    TemplateValue row = TemplateValue::object();
    row["id"] = id;
    row["day"] = catalogue.date(lesson.day);
    row["day_iso"] = lesson.day.iso();
    row["time"] = time_range(lesson.starts_at, lesson.ends_at);
    row["cohort"] = view.cohort_name;
    row["cohort_href"] = paths::cohort(lesson.cohort_id);
    row["module"] = in_reader_language(view.module_name, catalogue);
    row["trainer"] = view.trainer_name;
    row["room"] = lesson.room;
    row["cancelled"] = lesson.status == domain::LessonStatus::Cancelled;
    row["sheet_taken"] = view.sheet_taken;
    row["sheet_href"] = paths::lesson_attendance(lesson.id);
    row["edit_href"] = paths::lesson_edit(lesson.id);
    return row;
}

} // namespace tremplin::web

// The timetable of a cohort: lessons generated from a weekly pattern (holidays and closure days
// skipped), and one lesson moved, given to another trainer or room, or cancelled.

#include "web/pages/schedule_pages.hpp"

#include "web/application.hpp"
#include "web/form_outcome.hpp"
#include "web/form_view.hpp"
#include "web/pages/training_display.hpp"
#include "web/paths.hpp"

#include <map>

namespace tremplin::web::pages::schedule {

namespace {

using Typed = std::map<std::string, std::string, std::less<>>;

// Monday to Saturday: the centre does not teach on Sundays.
constexpr std::string_view weekday_keys[] = {"schedule.weekdays.d1", "schedule.weekdays.d2",
                                             "schedule.weekdays.d3", "schedule.weekdays.d4",
                                             "schedule.weekdays.d5", "schedule.weekdays.d6"};

FormView form_for(Context const& context, std::string_view prefix, Typed const& typed,
                  std::vector<domain::FieldError> errors)
{
    return FormView(
        *context.catalogue, std::string(prefix),
        [&typed](std::string_view field) -> std::string_view {
            auto const found = typed.find(field);
            return found == typed.end() ? std::string_view() : std::string_view(found->second);
        },
        std::move(errors));
}

std::vector<Choice> module_choices(std::vector<domain::Module> const& modules,
                                   locale::Catalogue const& catalogue)
{
    std::vector<Choice> choices;
    for (auto const& module : modules)
        choices.push_back({std::to_string(module.id), in_reader_language(module.name, catalogue), {}});
    return choices;
}

std::vector<Choice> trainer_choices(std::vector<domain::Trainer> const& trainers)
{
    std::vector<Choice> choices;
    for (auto const& trainer : trainers)
        choices.push_back({std::to_string(trainer.id), trainer.name, {}});
    return choices;
}

// "09:00" typed, or an error on `field`.
int time_typed(Typed const& typed, std::string const& field, std::vector<domain::FieldError>& errors)
{
    auto const minutes = domain::parse_time_of_day(typed.at(field));
    if (!minutes)
        errors.push_back({field, "errors.lesson.time_invalid"});
    return minutes.value_or(0);
}

Response schedule_page(Context& context, service::ScheduleForm const& offered, Typed const& typed,
                       std::vector<domain::FieldError> errors, int status)
{
    auto const& catalogue = *context.catalogue;
    auto const& cohort = offered.cohort;
    auto form = form_for(context, "schedule.fields", typed, errors);
    TemplateValue data = TemplateValue::object();
    data["action"] = paths::cohort_schedule(cohort.id);
    data["back_href"] = paths::cohort(cohort.id);
    data["dates"] = catalogue.date(cohort.starts_on) + " – " + catalogue.date(cohort.ends_on);
    data["from"] = form.text("from", {.type = "date", .width = "width-10"});
    data["to"] = form.text("to", {.type = "date", .width = "width-10"});
    data["weekday_error"] = form.error_for("slots");
    for (int weekday = 1; weekday <= 6; ++weekday) {
        auto& item = data["weekdays"].append();
        auto const value = std::to_string(weekday);
        item["id"] = weekday == 1 ? std::string("slots") : "weekday-" + value;
        item["value"] = value;
        item["label"] = catalogue.text(weekday_keys[weekday - 1]);
        item["checked"] = typed.contains("weekday-" + value);
    }
    data["starts_at"] = form.text("starts_at", {.input_mode = "numeric", .width = "width-4"});
    data["ends_at"] = form.text("ends_at", {.input_mode = "numeric", .width = "width-4"});
    data["module"] =
        form.select("module_id", module_choices(offered.modules, catalogue), catalogue.text("forms.choose"));
    data["trainer"] =
        form.select("trainer_id", trainer_choices(offered.trainers), catalogue.text("schedule.no_trainer"));
    data["room"] = form.text("room", {.width = "width-10"});
    data["error_summary"] = form.error_summary();
    auto const title = catalogue.format("schedule.title", {{"cohort", cohort.name}});
    return context.page("cohorts/schedule", title, std::move(data), status,
                        form.has_errors() ? Context::Errors::Shown : Context::Errors::None);
}

// The timetable's request as typed; what cannot be read is said in `errors`.
service::ScheduleRequest schedule_request(Typed const& typed, std::vector<domain::FieldError>& errors)
{
    service::ScheduleRequest request;
    auto const from = domain::Date::parse_iso(typed.at("from"));
    auto const to = domain::Date::parse_iso(typed.at("to"));
    if (!from)
        errors.push_back({"from", "errors.cohort.date_missing"});
    if (!to)
        errors.push_back({"to", "errors.cohort.date_missing"});
    auto const starts_at = time_typed(typed, "starts_at", errors);
    auto const ends_at = time_typed(typed, "ends_at", errors);
    request.module_id = std::atoll(typed.at("module_id").c_str());
    request.trainer_id = std::atoll(typed.at("trainer_id").c_str());
    request.room = typed.at("room");
    if (request.module_id == 0)
        errors.push_back({"module_id", "errors.lesson.module_missing"});
    if (!errors.empty())
        return request;
    request.pattern = {*from, *to, {}};
    for (int weekday = 1; weekday <= 7; ++weekday)
        if (typed.contains("weekday-" + std::to_string(weekday)))
            request.pattern.slots.push_back({weekday, starts_at, ends_at});
    return request;
}

} // namespace

domain::Result<Response> show_schedule(Context& context, Services& services)
{
    auto const offered =
        TRY(services.training.cohorts.schedule_form(context.signed_in(), TRY(context.record_id())));
    Typed typed{{"from", offered.cohort.starts_on.iso()},
                {"to", offered.cohort.ends_on.iso()},
                {"starts_at", "09:00"},
                {"ends_at", "12:30"},
                {"room", offered.cohort.room}};
    for (int weekday = 1; weekday <= 4; ++weekday)
        typed["weekday-" + std::to_string(weekday)] = "on";
    return schedule_page(context, offered, typed, {}, 200);
}

domain::Result<Response> generate_schedule(Context& context, Services& services)
{
    auto const id = TRY(context.record_id());
    Typed typed;
    for (auto field : {"from", "to", "starts_at", "ends_at", "module_id", "trainer_id", "room"})
        typed[field] = std::string(context.form.get(field));
    for (auto const& [name, value] : context.form.fields())
        if (name == "weekday")
            typed["weekday-" + value] = "on";

    std::vector<domain::FieldError> errors;
    auto const request = schedule_request(typed, errors);
    auto const redisplay = [&](auto errors) -> domain::Result<Response> {
        auto const offered = TRY(services.training.cohorts.schedule_form(context.signed_in(), id));
        return schedule_page(context, offered, typed, std::move(errors), 422);
    };
    if (!errors.empty())
        return redisplay(std::move(errors));
    return after_form(services.training.cohorts.generate_schedule(context.signed_in(), id, request),
                      redisplay, [&](service::ScheduleResult const& generated) -> domain::Result<Response> {
                          return Response::redirect(
                              paths::cohort(id) +
                              "?notice=schedule&count=" + std::to_string(generated.lessons_created) +
                              "&skipped=" + std::to_string(generated.skipped.size()) + "#cohort-schedule");
                      });
}

namespace {

Response lesson_page(Context& context, service::LessonForm const& offered, Typed const& typed,
                     std::vector<domain::FieldError> errors, int status)
{
    auto const& catalogue = *context.catalogue;
    auto const& lesson = offered.lesson.lesson;
    auto form = form_for(context, "lesson_form.fields", typed, errors);
    TemplateValue data = TemplateValue::object();
    data["action"] = paths::lesson(lesson.id);
    data["back_href"] = paths::cohort(lesson.cohort_id) + "#cohort-schedule";
    data["day"] = form.text("day", {.type = "date", .width = "width-10"});
    data["starts_at"] = form.text("starts_at", {.input_mode = "numeric", .width = "width-4"});
    data["ends_at"] = form.text("ends_at", {.input_mode = "numeric", .width = "width-4"});
    data["module"] =
        form.select("module_id", module_choices(offered.modules, catalogue), catalogue.text("forms.choose"));
    data["trainer"] =
        form.select("trainer_id", trainer_choices(offered.trainers), catalogue.text("schedule.no_trainer"));
    data["room"] = form.text("room", {.width = "width-10"});
    data["status"] =
        form.radios("status", coded_choices<domain::LessonStatus>(catalogue, "lesson_statuses"), true);
    data["error_summary"] = form.error_summary();
    auto const title = catalogue.format(
        "lesson_form.title", {{"cohort", offered.lesson.cohort_name}, {"day", catalogue.date(lesson.day)}});
    return context.page("lessons/edit", title, std::move(data), status,
                        form.has_errors() ? Context::Errors::Shown : Context::Errors::None);
}

// The lesson as typed; what cannot be read is said in `errors`.
domain::Lesson lesson_typed(long long id, Typed const& typed, std::vector<domain::FieldError>& errors)
{
    domain::Lesson lesson;
    lesson.id = id;
    auto const day = domain::Date::parse_iso(typed.at("day"));
    if (!day)
        errors.push_back({"day", "errors.cohort.date_missing"});
    lesson.day = day.value_or(domain::Date());
    lesson.starts_at = time_typed(typed, "starts_at", errors);
    lesson.ends_at = time_typed(typed, "ends_at", errors);
    lesson.module_id = std::atoll(typed.at("module_id").c_str());
    lesson.trainer_id = std::atoll(typed.at("trainer_id").c_str());
    lesson.room = typed.at("room");
    lesson.status =
        domain::from_code<domain::LessonStatus>(typed.at("status")).value_or(domain::LessonStatus::Planned);
    return lesson;
}

} // namespace

domain::Result<Response> show_lesson_form(Context& context, Services& services)
{
    auto const offered =
        TRY(services.training.cohorts.lesson_form(context.signed_in(), TRY(context.record_id())));
    auto const& l = offered.lesson.lesson;
    Typed const typed{{"day", l.day.iso()},
                      {"starts_at", domain::time_of_day(l.starts_at)},
                      {"ends_at", domain::time_of_day(l.ends_at)},
                      {"module_id", std::to_string(l.module_id)},
                      {"trainer_id", l.trainer_id ? std::to_string(l.trainer_id) : ""},
                      {"room", l.room},
                      {"status", std::string(domain::code_of(l.status))}};
    return lesson_page(context, offered, typed, {}, 200);
}

domain::Result<Response> save_lesson(Context& context, Services& services)
{
    auto const id = TRY(context.record_id());
    Typed typed;
    for (auto field : {"day", "starts_at", "ends_at", "module_id", "trainer_id", "room", "status"})
        typed[field] = std::string(context.form.get(field));
    std::vector<domain::FieldError> errors;
    auto const lesson = lesson_typed(id, typed, errors);
    auto const redisplay = [&](auto errors) -> domain::Result<Response> {
        auto const offered = TRY(services.training.cohorts.lesson_form(context.signed_in(), id));
        return lesson_page(context, offered, typed, std::move(errors), 422);
    };
    if (!errors.empty())
        return redisplay(std::move(errors));
    return after_form(services.training.cohorts.save_lesson(context.signed_in(), lesson), redisplay,
                      [&](long long) -> domain::Result<Response> {
                          auto view = services.training.cohorts.lesson(context.signed_in(), id);
                          return Response::redirect(paths::cohort(view ? view->lesson.cohort_id : 0) +
                                                    "?notice=lesson#cohort-schedule");
                      });
}

} // namespace tremplin::web::pages::schedule

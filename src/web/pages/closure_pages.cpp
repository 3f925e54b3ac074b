// The days the centre closes, a year at a time, beside the Belgian public holidays of that year
// (shown for information: timetables skip them anyway).

#include "domain/calendar.hpp"
#include "web/form_outcome.hpp"
#include "web/form_view.hpp"
#include "web/pages/catalogue_pages.hpp"
#include "web/paths.hpp"

#include <chrono>
#include <map>

namespace tremplin::web::pages::catalogue {

namespace {

using Typed = std::map<std::string, std::string, std::less<>>;

// The year asked for, else the one of today in Brussels (the clock of the server is enough).
int year_asked(Context const& context)
{
    auto const year = context.query_number("year");
    if (year && *year >= 1900 && *year <= 2200)
        return static_cast<int>(*year);
    auto const now = std::chrono::system_clock::now();
    return static_cast<int>(std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(now)).year());
}

domain::Result<Response> closures_page(Context& context, Services& services, int year, Typed const& typed,
                                       std::vector<domain::FieldError> errors, int status)
{
    auto const closures = TRY(services.training.catalogue.closures(context.signed_in(), year));
    auto const& catalogue = *context.catalogue;
    bool const can_manage = closures.may.manage;
    TemplateValue data = TemplateValue::object();
    data["can_manage"] = can_manage;
    data["year"] = year;
    data["previous_href"] = "/closures?year=" + std::to_string(year - 1);
    data["next_href"] = "/closures?year=" + std::to_string(year + 1);
    data["previous_label"] = catalogue.format("closures.previous_year", {{"year", std::to_string(year - 1)}});
    data["next_label"] = catalogue.format("closures.next_year", {{"year", std::to_string(year + 1)}});
    data["has_closures"] = !closures.days.empty();
    for (auto const& closure : closures.days) {
        auto& row = data["closures"].append();
        row["day"] = catalogue.date(closure.day);
        row["label"] = closure.label;
        row["year"] = year;
        row["remove_action"] = paths::closure_removal(closure.id);
        row["remove_label"] =
            catalogue.format("closures.remove_named", {{"day", catalogue.date(closure.day)}});
    }
    for (auto const& holiday : domain::belgian_public_holidays(year)) {
        auto& row = data["holidays"].append();
        row["day"] = catalogue.date(holiday.day);
        row["label"] = catalogue.text("holidays." + std::string(holiday.code));
    }
    if (can_manage) {
        FormView form(
            catalogue, "closures.fields",
            [&](std::string_view field) -> std::string_view {
                auto const found = typed.find(field);
                return found == typed.end() ? std::string_view() : std::string_view(found->second);
            },
            std::move(errors));
        data["day_field"] = form.text("day", {.type = "date", .width = "width-10"});
        data["label_field"] = form.text("label", {.width = "width-20", .spellcheck = true});
        data["error_summary"] = form.error_summary();
    }
    auto const notice = context.query.get("notice");
    if (notice == "added" || notice == "removed")
        data["notice"] = catalogue.text("closures.notices." + std::string(notice));
    auto const title = catalogue.format("closures.title_year", {{"year", std::to_string(year)}});
    return context.page("closures/index", title, std::move(data), status,
                        status == 422 ? Context::Errors::Shown : Context::Errors::None);
}

} // namespace

domain::Result<Response> closure_list(Context& context, Services& services)
{
    return closures_page(context, services, year_asked(context), {}, {}, 200);
}

domain::Result<Response> add_closure(Context& context, Services& services)
{
    TRY(services.training.catalogue.may_manage(context.signed_in()));
    Typed const typed{{"day", std::string(context.form.get("day"))},
                      {"label", std::string(context.form.get("label"))}};
    auto const& day = typed.at("day");
    auto const parsed = domain::Date::parse_iso(day);
    std::vector<domain::FieldError> errors;
    if (day.empty())
        errors.push_back({"day", "errors.closure.day_missing"});
    else if (!parsed)
        errors.push_back({"day", "errors.closure.day_not_real"});
    if (typed.at("label").find_first_not_of(" \t") == std::string::npos)
        errors.push_back({"label", "errors.closure.label_missing"});
    auto const year = parsed ? parsed->year() : year_asked(context);
    auto const redisplay = [&](auto errors) {
        return closures_page(context, services, year, typed, std::move(errors), 422);
    };
    if (!errors.empty())
        return redisplay(std::move(errors));
    return after_form(
        services.training.catalogue.add_closure(context.signed_in(), {0, 0, *parsed, typed.at("label")}),
        redisplay, [&]() -> domain::Result<Response> {
            return Response::redirect("/closures?year=" + std::to_string(year) + "&notice=added");
        });
}

domain::Result<Response> remove_closure(Context& context, Services& services)
{
    TRY(services.training.catalogue.remove_closure(context.signed_in(), TRY(context.record_id())));
    auto const year = context.form.get("year");
    return Response::redirect("/closures?year=" + std::string(year) + "&notice=removed");
}

} // namespace tremplin::web::pages::catalogue

// Cohorts: the list, a new cohort, and a cohort's page with its trainees (hours, attendance
// rate, alerts, stage) and its timetable, which is generated from a weekly pattern.

#include "web/pages/cohort_pages.hpp"

#include "web/application.hpp"
#include "web/form_view.hpp"
#include "web/pages/training_display.hpp"
#include "web/paths.hpp"

#include <map>

namespace tremplin::web::pages::cohorts {

Response cohort_list(Context& context, Services& services)
{
    auto cohorts = services.training.cohorts.cohorts(context.signed_in());
    if (!cohorts)
        return context.failure(cohorts.error());
    auto const& catalogue = *context.catalogue;
    TemplateValue data = TemplateValue::object();
    data["can_manage"] = context.signed_in().can(domain::Permission::ManageCohorts);
    data["has_cohorts"] = !cohorts->empty();
    for (auto const& summary : *cohorts) {
        auto const& cohort = summary.cohort;
        auto& row = data["cohorts"].append();
        row["href"] = paths::cohort(cohort.id);
        row["name"] = cohort.name;
        row["track"] = summary.track_code;
        row["dates"] = catalogue.date(cohort.starts_on) + " – " + catalogue.date(cohort.ends_on);
        row["seats"] = catalogue.format("cohorts.seats_taken",
                                        {{"taken", summary.seats_taken}, {"capacity", cohort.capacity}});
        row["funder"] = cohort.funding.funder;
    }
    // The alert list, for whoever may see the trainees (not funders, not trainers).
    if (auto alerts = services.training.attendance.alerts(context.signed_in())) {
        data["has_alerts"] = !alerts->empty();
        for (auto const& line : *alerts) {
            auto& row = data["alerts"].append();
            row["name"] = line.name;
            row["href"] = paths::participant(line.participant_id);
            row["cohort"] = line.cohort_name;
            row["cohort_href"] = paths::cohort(line.cohort_id);
            for (auto const& alert : line.alerts)
                row["reasons"].append(TemplateValue(
                    catalogue.format("attendance.alerts." + std::string(domain::code_of(alert.kind)),
                                     {{"value", alert.value}})));
        }
    }
    return context.page("cohorts/index", context.text("cohorts.title"), std::move(data));
}

namespace {

// The cohort form's fields, as typed.
using Typed = std::map<std::string, std::string, std::less<>>;

Typed typed_cohort(FormData const& form)
{
    Typed typed;
    for (auto field : {"track_id", "name", "starts_on", "ends_on", "capacity", "place", "room", "funder",
                       "funding_programme", "agreement_number"})
        typed[field] = std::string(form.get(field));
    return typed;
}

// The form of a new cohort (`cohort_id` 0) or of one to change (its course stays).
Response cohort_form_page(Context& context, Services& services, long long cohort_id, Typed const& typed,
                          std::vector<domain::FieldError> errors, int status)
{
    FormView form(
        *context.catalogue, "cohorts.fields",
        [&](std::string_view field) -> std::string_view {
            auto const found = typed.find(field);
            return found == typed.end() ? std::string_view() : std::string_view(found->second);
        },
        std::move(errors));
    TemplateValue data = TemplateValue::object();
    if (cohort_id == 0) {
        auto tracks = services.training.catalogue.tracks(context.signed_in());
        if (!tracks)
            return context.failure(tracks.error());
        std::vector<Choice> track_choices;
        for (auto const& track : *tracks)
            if (track.active)
                track_choices.push_back({std::to_string(track.id),
                                         track.code + " – " + track.name.in(context.catalogue->language()),
                                         {}});
        data["track_field"] = form.select("track_id", track_choices, context.text("forms.choose"));
    }
    data["text_fields"].append(form.text("name", {.width = "width-20"}));
    data["text_fields"].append(form.text("starts_on", {.type = "date", .width = "width-10"}));
    data["text_fields"].append(form.text("ends_on", {.type = "date", .width = "width-10"}));
    data["text_fields"].append(form.text("capacity", {.input_mode = "numeric", .width = "width-4"}));
    data["text_fields"].append(form.text("place", {.width = "width-20"}));
    data["text_fields"].append(form.text("room", {.width = "width-10"}));
    data["text_fields"].append(form.text("funder", {.width = "width-20"}));
    data["text_fields"].append(form.text("funding_programme", {.width = "width-20"}));
    data["text_fields"].append(form.text("agreement_number", {.width = "width-10"}));
    data["error_summary"] = form.error_summary();
    data["action"] = cohort_id ? paths::cohort(cohort_id) : std::string("/cohorts");
    data["back_href"] = cohort_id ? paths::cohort(cohort_id) : std::string("/cohorts");
    data["save"] = context.text(cohort_id ? "cohorts.edit.save" : "cohorts.new.save");
    return context.page("cohorts/new", context.text(cohort_id ? "cohorts.edit.title" : "cohorts.new.title"),
                        std::move(data), status,
                        form.has_errors() ? Context::Errors::Shown : Context::Errors::None);
}

} // namespace

Response show_new_cohort(Context& context, Services& services)
{
    if (!context.signed_in().can(domain::Permission::ManageCohorts))
        return context.error_page(403);
    return cohort_form_page(context, services, 0, {{"capacity", "12"}}, {}, 200);
}

namespace {

// The cohort as typed; what cannot be read is said in `errors`.
domain::Cohort cohort_typed(Typed const& typed, std::vector<domain::FieldError>& errors)
{
    domain::Cohort cohort;
    cohort.name = typed.at("name");
    auto const starts_on = domain::Date::parse_iso(typed.at("starts_on"));
    auto const ends_on = domain::Date::parse_iso(typed.at("ends_on"));
    if (!starts_on)
        errors.push_back({"starts_on", "errors.cohort.date_missing"});
    if (!ends_on)
        errors.push_back({"ends_on", "errors.cohort.date_missing"});
    cohort.starts_on = starts_on.value_or(domain::Date());
    cohort.ends_on = ends_on.value_or(cohort.starts_on);
    cohort.capacity = std::atoi(typed.at("capacity").c_str());
    cohort.place = typed.at("place");
    cohort.room = typed.at("room");
    cohort.funding = {typed.at("funder"), typed.at("funding_programme"), typed.at("agreement_number")};
    if (!errors.empty()) {
        // Report every other problem at once, not one round at a time.
        for (auto& error : domain::validate_cohort(cohort))
            if (error.field != "ends_on" || (starts_on && ends_on))
                errors.push_back(error);
    }
    return cohort;
}

} // namespace

Response create_cohort(Context& context, Services& services)
{
    auto const typed = typed_cohort(context.form);
    std::vector<domain::FieldError> errors;
    auto cohort = cohort_typed(typed, errors);
    cohort.track_id = std::atoll(typed.at("track_id").c_str());
    cohort.coordinator_id = context.signed_in().account.id;
    if (cohort.track_id == 0)
        errors.insert(errors.begin(), {"track_id", "errors.cohort.track_missing"});
    if (errors.empty()) {
        auto created = services.training.cohorts.create(context.signed_in(), cohort);
        if (created)
            return Response::redirect(paths::cohort(*created));
        if (created.error().fields.empty())
            return context.failure(created.error());
        errors = created.error().fields;
    }
    return cohort_form_page(context, services, 0, typed, std::move(errors), 422);
}

Response show_edit_cohort(Context& context, Services& services)
{
    if (!context.signed_in().can(domain::Permission::ManageCohorts))
        return context.error_page(403);
    auto details = services.training.cohorts.cohort(context.signed_in(), context.id_value().value_or(0));
    if (!details)
        return context.failure(details.error());
    auto const& c = details->cohort;
    Typed const typed{{"name", c.name},
                      {"starts_on", c.starts_on.iso()},
                      {"ends_on", c.ends_on.iso()},
                      {"capacity", std::to_string(c.capacity)},
                      {"place", c.place},
                      {"room", c.room},
                      {"funder", c.funding.funder},
                      {"funding_programme", c.funding.programme},
                      {"agreement_number", c.funding.agreement_number}};
    return cohort_form_page(context, services, c.id, typed, {}, 200);
}

Response update_cohort(Context& context, Services& services)
{
    auto const id = context.id_value().value_or(0);
    auto const typed = typed_cohort(context.form);
    std::vector<domain::FieldError> errors;
    auto cohort = cohort_typed(typed, errors);
    cohort.id = id;
    if (errors.empty()) {
        auto updated = services.training.cohorts.update(context.signed_in(), cohort);
        if (updated)
            return Response::redirect(paths::cohort(id) + "?notice=updated");
        if (updated.error().fields.empty())
            return context.failure(updated.error());
        errors = updated.error().fields;
    }
    return cohort_form_page(context, services, id, typed, std::move(errors), 422);
}

Response renew_calendar_link(Context& context, Services& services)
{
    auto const id = context.id_value().value_or(0);
    auto renewed = services.training.cohorts.renew_calendar_link(context.signed_in(), id);
    if (!renewed)
        return context.failure(renewed.error());
    return Response::redirect(paths::cohort(id) + "?notice=calendar");
}

namespace {

std::string stage_label(Context const& context, domain::EnrolmentStage stage)
{
    return std::string(context.text("enrolment_stages." + std::string(domain::code_of(stage))));
}

} // namespace

Response show_cohort(Context& context, Services& services)
{
    auto const& actor = context.signed_in();
    auto details = services.training.cohorts.cohort(actor, context.id_value().value_or(0));
    if (!details)
        return context.failure(details.error());
    auto enrolments = services.training.enrolments.of_cohort(actor, details->cohort.id);
    auto attendance = services.training.attendance.cohort_attendance(actor, details->cohort.id);
    if (!enrolments || !attendance)
        return context.failure(!enrolments ? enrolments.error() : attendance.error());
    auto const& catalogue = *context.catalogue;
    auto const& cohort = details->cohort;
    bool const can_manage = actor.can(domain::Permission::ManageCohorts);

    TemplateValue data = TemplateValue::object();
    data["can_manage"] = can_manage;
    data["track"] = details->track.code + " – " + in_reader_language(details->track.name, catalogue);
    data["version"] = catalogue.format("cohorts.version", {{"number", details->version.number}});
    data["dates"] = catalogue.date(cohort.starts_on) + " – " + catalogue.date(cohort.ends_on);
    data["seats"] = catalogue.format("cohorts.seats_taken",
                                     {{"taken", details->seats_taken}, {"capacity", cohort.capacity}});
    data["place"] = cohort.place;
    data["room"] = cohort.room;
    data["funder"] = cohort.funding.funder;
    data["programme"] = cohort.funding.programme;
    data["agreement"] = cohort.funding.agreement_number;
    data["planned_hours"] = domain::hours_of(details->version.planned_minutes());
    auto const parity = details->parity.percent_by_women();
    data["parity"] = parity ? catalogue.format("cohorts.percent", {{"value", *parity}}) : std::string("–");
    data["calendar_href"] = paths::calendar(cohort.calendar_token);

    long long cohort_minutes = 0;
    data["has_trainees"] = !enrolments->empty();
    for (auto const& view : *enrolments) {
        auto const& enrolment = view.enrolment;
        auto& row = data["trainees"].append();
        row["name"] = view.last_name + ", " + view.first_name;
        row["href"] = paths::participant(enrolment.participant_id);
        row["stage"] = stage_label(context, enrolment.stage);
        row["attestation_href"] = paths::enrolment_attestation(enrolment.id);
        auto const found = attendance->find(enrolment.id);
        auto const minutes = found == attendance->end() ? 0 : found->second.minutes_attended;
        cohort_minutes += minutes;
        row["hours"] = domain::hours_of(minutes);
        auto const rate = found == attendance->end() ? std::nullopt : found->second.rate_percent;
        row["rate"] = rate ? catalogue.format("cohorts.percent", {{"value", *rate}}) : std::string("–");
        if (found != attendance->end())
            for (auto const& alert : found->second.alerts)
                row["alerts"].append(TemplateValue(
                    catalogue.format("attendance.alerts." + std::string(domain::code_of(alert.kind)),
                                     {{"value", alert.value}})));
    }
    data["cohort_hours"] = domain::hours_of(cohort_minutes);

    for (auto const& module : details->version.modules) {
        auto& item = data["result_modules"].append();
        item["name"] = in_reader_language(module.name, catalogue);
        item["href"] = paths::cohort_results(cohort.id, module.id);
    }

    data["has_lessons"] = !details->lessons.empty();
    for (auto const& lesson : details->lessons)
        data["lessons"].append(lesson_row(lesson, catalogue));
    data["lesson_count"] = catalogue.format("cohorts.lesson_count",
                                            {{"count", static_cast<long long>(details->lessons.size())}});
    auto const notice = context.query.get("notice");
    if (notice == "schedule")
        data["notice"] = catalogue.format("cohorts.schedule_generated",
                                          {{"count", context.query_number("count").value_or(0)},
                                           {"skipped", context.query_number("skipped").value_or(0)}});
    else if (notice == "lesson" || notice == "updated" || notice == "calendar")
        data["notice"] = catalogue.text(notice == "lesson"    ? "cohorts.lesson_saved"
                                        : notice == "updated" ? "cohorts.updated"
                                                              : "cohorts.calendar_renewed");
    data["edit_href"] = paths::cohort_edit(cohort.id);
    data["calendar_action"] = paths::cohort_calendar_link(cohort.id);
    data["schedule_href"] = paths::cohort_schedule(cohort.id);

    // The statements of this month and the last (the allowance is paid monthly, after the month).
    auto const today = services.training.attendance.clock().today();
    auto month = *domain::YearMonth::from_parts(today.year(), today.month());
    for (int i = 0; i < 2; ++i) {
        auto& item = data["statements"].append();
        auto const query = "?month=" + month.iso();
        item["xlsx_href"] = paths::cohort_statement_xlsx(cohort.id) + query;
        item["csv_href"] = paths::cohort_statement_csv(cohort.id) + query;
        item["xlsx_label"] =
            catalogue.format("cohorts.statement_xlsx", {{"month", catalogue.month_year(month)}});
        item["csv_label"] =
            catalogue.format("cohorts.statement_csv", {{"month", catalogue.month_year(month)}});
        month = month.month() == 1 ? *domain::YearMonth::from_parts(month.year() - 1, 12)
                                   : *domain::YearMonth::from_parts(month.year(), month.month() - 1);
    }
    data["register_href"] = paths::cohort_register(cohort.id);
    return context.page("cohorts/show", cohort.name, std::move(data));
}

} // namespace tremplin::web::pages::cohorts

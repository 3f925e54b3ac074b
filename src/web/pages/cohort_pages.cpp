// Cohorts: the list, a new cohort, and a cohort's page with its trainees (hours, attendance
// rate, alerts, stage) and its timetable, which is generated from a weekly pattern.

#include "web/pages/cohort_pages.hpp"

#include "domain/text.hpp"
#include "web/application.hpp"
#include "web/form_outcome.hpp"
#include "web/form_view.hpp"
#include "web/pages/participant_display.hpp"
#include "web/pages/training_display.hpp"
#include "web/paths.hpp"

#include <algorithm>
#include <map>

namespace tremplin::web::pages::cohorts {

domain::Result<Response> cohort_list(Context& context, Services& services)
{
    auto const listed = TRY(services.training.cohorts.list(context.signed_in()));
    auto const& catalogue = *context.catalogue;
    TemplateValue data = TemplateValue::object();
    data["can_manage"] = listed.may.manage;
    data["has_cohorts"] = !listed.cohorts.empty();
    for (auto const& summary : listed.cohorts) {
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
                       "funding_partner_id", "funding_programme", "agreement_number", "traineeship_starts_on",
                       "traineeship_ends_on"})
        typed[field] = std::string(form.get(field));
    return typed;
}

// The form of a new cohort (`cohort_id` 0) or of one to change (its course stays).
domain::Result<Response> cohort_form_page(Context& context, Services& services, long long cohort_id,
                                          Typed const& typed, std::vector<domain::FieldError> errors,
                                          int status)
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
        auto const tracks = TRY(services.training.catalogue.tracks(context.signed_in()));
        std::vector<Choice> track_choices;
        for (auto const& track : tracks)
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
    data["funding_fields"].append(form.text("funder", {.width = "width-20"}));
    std::vector<Choice> funder_choices;
    for (auto const& partner : TRY(services.training.cohorts.possible_funders(context.signed_in())))
        funder_choices.push_back({std::to_string(partner.id), partner.name, {}});
    if (!funder_choices.empty())
        data["funding_partner_field"] = form.select("funding_partner_id", funder_choices,
                                                    context.text("cohorts.fields.funding_partner_id.none"));
    data["funding_fields_after"].append(form.text("funding_programme", {.width = "width-20"}));
    data["funding_fields_after"].append(form.text("agreement_number", {.width = "width-10"}));
    data["traineeship_fields"].append(
        form.text("traineeship_starts_on", {.type = "date", .width = "width-10"}));
    data["traineeship_fields"].append(
        form.text("traineeship_ends_on", {.type = "date", .width = "width-10"}));
    data["error_summary"] = form.error_summary();
    data["action"] = cohort_id ? paths::cohort(cohort_id) : std::string("/cohorts");
    data["back_href"] = cohort_id ? paths::cohort(cohort_id) : std::string("/cohorts");
    data["save"] = context.text(cohort_id ? "cohorts.edit.save" : "cohorts.new.save");
    return context.page("cohorts/new", context.text(cohort_id ? "cohorts.edit.title" : "cohorts.new.title"),
                        std::move(data), status,
                        form.has_errors() ? Context::Errors::Shown : Context::Errors::None);
}

} // namespace

domain::Result<Response> show_new_cohort(Context& context, Services& services)
{
    TRY(services.training.cohorts.may_manage(context.signed_in()));
    return cohort_form_page(context, services, 0, {{"capacity", "12"}}, {}, 200);
}

namespace {

// The traineeship period as typed: both days, or neither (no traineeship planned).
std::optional<domain::TraineeshipPeriod> traineeship_typed(Typed const& typed,
                                                           std::vector<domain::FieldError>& errors)
{
    auto const& first = typed.at("traineeship_starts_on");
    auto const& last = typed.at("traineeship_ends_on");
    if (domain::trimmed(first).empty() && domain::trimmed(last).empty())
        return std::nullopt;
    auto const starts_on = domain::Date::parse_iso(first);
    auto const ends_on = domain::Date::parse_iso(last);
    if (!starts_on)
        errors.push_back({"traineeship_starts_on", "errors.cohort.traineeship_date_missing"});
    if (!ends_on)
        errors.push_back({"traineeship_ends_on", "errors.cohort.traineeship_date_missing"});
    if (!starts_on || !ends_on)
        return std::nullopt;
    return domain::TraineeshipPeriod{*starts_on, *ends_on};
}

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
    cohort.funding = {typed.at("funder"), typed.at("funding_programme"), typed.at("agreement_number"),
                      std::atoll(typed.at("funding_partner_id").c_str())};
    cohort.traineeship = traineeship_typed(typed, errors);
    if (!errors.empty()) {
        // Report every other problem at once, not one round at a time.
        for (auto& error : domain::validate_cohort(cohort))
            if (std::ranges::none_of(errors, [&](auto const& known) { return known.field == error.field; }) &&
                (error.field != "ends_on" || (starts_on && ends_on)))
                errors.push_back(error);
    }
    return cohort;
}

} // namespace

domain::Result<Response> create_cohort(Context& context, Services& services)
{
    TRY(services.training.cohorts.may_manage(context.signed_in()));
    auto const typed = typed_cohort(context.form);
    std::vector<domain::FieldError> errors;
    auto cohort = cohort_typed(typed, errors);
    cohort.track_id = std::atoll(typed.at("track_id").c_str());
    cohort.coordinator_id = context.signed_in().account.id;
    if (cohort.track_id == 0)
        errors.insert(errors.begin(), {"track_id", "errors.cohort.track_missing"});
    auto const redisplay = [&](auto errors) {
        return cohort_form_page(context, services, 0, typed, std::move(errors), 422);
    };
    if (!errors.empty())
        return redisplay(std::move(errors));
    return after_form(services.training.cohorts.create(context.signed_in(), cohort), redisplay,
                      [&](long long created) -> domain::Result<Response> {
                          return Response::redirect(paths::cohort(created));
                      });
}

domain::Result<Response> show_edit_cohort(Context& context, Services& services)
{
    auto const c = TRY(services.training.cohorts.for_editing(context.signed_in(), TRY(context.record_id())));
    Typed const typed{
        {"name", c.name},
        {"starts_on", c.starts_on.iso()},
        {"ends_on", c.ends_on.iso()},
        {"capacity", std::to_string(c.capacity)},
        {"place", c.place},
        {"room", c.room},
        {"funder", c.funding.funder},
        {"funding_partner_id", c.funding.partner_id ? std::to_string(c.funding.partner_id) : ""},
        {"funding_programme", c.funding.programme},
        {"agreement_number", c.funding.agreement_number},
        {"traineeship_starts_on", c.traineeship ? c.traineeship->starts_on.iso() : ""},
        {"traineeship_ends_on", c.traineeship ? c.traineeship->ends_on.iso() : ""}};
    return cohort_form_page(context, services, c.id, typed, {}, 200);
}

domain::Result<Response> update_cohort(Context& context, Services& services)
{
    TRY(services.training.cohorts.may_manage(context.signed_in()));
    auto const id = TRY(context.record_id());
    auto const typed = typed_cohort(context.form);
    std::vector<domain::FieldError> errors;
    auto cohort = cohort_typed(typed, errors);
    cohort.id = id;
    auto const redisplay = [&](auto errors) {
        return cohort_form_page(context, services, id, typed, std::move(errors), 422);
    };
    if (!errors.empty())
        return redisplay(std::move(errors));
    return after_form(services.training.cohorts.update(context.signed_in(), cohort), redisplay,
                      [&]() -> domain::Result<Response> {
                          return Response::redirect(paths::cohort(id) + "?notice=updated");
                      });
}

// The cohort's page; `new_calendar_link`, when given, shown this once, just after it was made.
domain::Result<Response> cohort_page(Context& context, Services& services, long long id,
                                     std::string const& new_calendar_link);

domain::Result<Response> renew_calendar_link(Context& context, Services& services)
{
    auto const id = TRY(context.record_id());
    auto const token = TRY(services.training.cohorts.renew_calendar_link(context.signed_in(), id));
    // Shown this once: only its hash is kept.
    return cohort_page(context, services, id, context.absolute_url(paths::calendar(token)));
}

namespace {

std::string stage_label(Context const& context, domain::EnrolmentStage stage)
{
    return std::string(context.text("enrolment_stages." + std::string(domain::code_of(stage))));
}

// The cohort's course, dates, place and funding.
TemplateValue cohort_summary(service::CohortDetails const& details, locale::Catalogue const& catalogue)
{
    auto const& cohort = details.cohort;
    TemplateValue data = TemplateValue::object();
    data["can_manage"] = details.may.manage;
    data["can_open_records"] = details.may.records;
    data["track"] = details.track.code + " – " + in_reader_language(details.track.name, catalogue);
    data["version"] = catalogue.format("cohorts.version", {{"number", details.version.number}});
    data["dates"] = catalogue.date(cohort.starts_on) + " – " + catalogue.date(cohort.ends_on);
    data["seats"] = catalogue.format("cohorts.seats_taken",
                                     {{"taken", details.seats_taken}, {"capacity", cohort.capacity}});
    data["place"] = cohort.place;
    data["room"] = cohort.room;
    data["funder"] = cohort.funding.funder;
    if (details.funding_partner) {
        data["funding_partner"] = details.funding_partner->name;
        if (details.may.partners)
            data["funding_partner_href"] = paths::partner(details.funding_partner->id);
        if (cohort.funding.funder == details.funding_partner->name)
            data["funder"] = "";
    }
    data["programme"] = cohort.funding.programme;
    data["agreement"] = cohort.funding.agreement_number;
    data["traineeship"] = cohort.traineeship ? catalogue.date(cohort.traineeship->starts_on) + " – " +
                                                   catalogue.date(cohort.traineeship->ends_on)
                                             : std::string(catalogue.text("cohorts.traineeship_none"));
    if (details.may.partners)
        data["traineeships_href"] = paths::cohort_traineeships(cohort.id);
    data["planned_hours"] = domain::hours_of(details.version.planned_minutes());
    auto const parity = details.parity.percent_by_women();
    data["parity"] = parity ? catalogue.format("cohorts.percent", {{"value", *parity}}) : std::string("–");
    if (cohort.calendar_link_made_at)
        data["calendar_made"] = catalogue.format(
            "cohorts.calendar_made", {{"date", day_of(catalogue, *cohort.calendar_link_made_at)}});
    return data;
}

// Her row: stage, hours, attendance rate and alerts; and the cohort's hours in all.
void add_trainees(TemplateValue& data, std::vector<service::EnrolmentView> const& enrolments,
                  std::map<long long, service::TraineeAttendance> const& attendance, Context const& context)
{
    auto const& catalogue = *context.catalogue;
    long long cohort_minutes = 0;
    data["has_trainees"] = !enrolments.empty();
    for (auto const& view : enrolments) {
        auto const& enrolment = view.enrolment;
        auto& row = data["trainees"].append();
        row["name"] = view.last_name + ", " + view.first_name;
        row["href"] = paths::participant(enrolment.participant_id);
        row["stage"] = stage_label(context, enrolment.stage);
        row["attestation_href"] = paths::enrolment_attestation(enrolment.id);
        auto const found = attendance.find(enrolment.id);
        auto const minutes = found == attendance.end() ? 0 : found->second.minutes_attended;
        cohort_minutes += minutes;
        row["hours"] = domain::hours_of(minutes);
        auto const rate = found == attendance.end() ? std::nullopt : found->second.rate_percent;
        row["rate"] = rate ? catalogue.format("cohorts.percent", {{"value", *rate}}) : std::string("–");
        if (found != attendance.end())
            for (auto const& alert : found->second.alerts)
                row["alerts"].append(TemplateValue(
                    catalogue.format("attendance.alerts." + std::string(domain::code_of(alert.kind)),
                                     {{"value", alert.value}})));
    }
    data["cohort_hours"] = domain::hours_of(cohort_minutes);
}

// The modules' results grids and the lessons.
void add_timetable(TemplateValue& data, service::CohortDetails const& details,
                   locale::Catalogue const& catalogue)
{
    for (auto const& module : details.version.modules) {
        auto& item = data["result_modules"].append();
        item["name"] = in_reader_language(module.name, catalogue);
        item["href"] = paths::cohort_results(details.cohort.id, module.id);
    }
    data["has_lessons"] = !details.lessons.empty();
    for (auto const& lesson : details.lessons)
        data["lessons"].append(lesson_row(lesson, catalogue));
    data["lesson_count"] =
        catalogue.format("cohorts.lesson_count", {{"count", static_cast<long long>(details.lessons.size())}});
}

std::string cohort_notice(Context const& context)
{
    auto const& catalogue = *context.catalogue;
    auto const notice = context.query.get("notice");
    if (notice == "schedule")
        return catalogue.format("cohorts.schedule_generated",
                                {{"count", context.query_number("count").value_or(0)},
                                 {"skipped", context.query_number("skipped").value_or(0)}});
    if (notice == "lesson" || notice == "updated")
        return std::string(catalogue.text(notice == "lesson" ? "cohorts.lesson_saved" : "cohorts.updated"));
    return {};
}

// The statements of this month and the last (the allowance is paid monthly, after the month).
void add_statements(TemplateValue& data, domain::Cohort const& cohort, domain::Date today,
                    locale::Catalogue const& catalogue)
{
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
}

} // namespace

domain::Result<Response> show_cohort(Context& context, Services& services)
{
    return cohort_page(context, services, TRY(context.record_id()), {});
}

domain::Result<Response> cohort_page(Context& context, Services& services, long long id,
                                     std::string const& new_calendar_link)
{
    auto const& actor = context.signed_in();
    auto const details = TRY(services.training.cohorts.cohort(actor, id));
    auto const enrolments = TRY(services.training.enrolments.of_cohort(actor, details.cohort.id));
    auto const attendance = TRY(services.training.attendance.cohort_attendance(actor, details.cohort.id));
    auto const& catalogue = *context.catalogue;
    auto const& cohort = details.cohort;

    auto data = cohort_summary(details, catalogue);
    add_trainees(data, enrolments, attendance, context);
    add_timetable(data, details, catalogue);
    if (auto notice = cohort_notice(context); !notice.empty())
        data["notice"] = std::move(notice);
    data["edit_href"] = paths::cohort_edit(cohort.id);
    data["calendar_action"] = paths::cohort_calendar_link(cohort.id);
    data["schedule_href"] = paths::cohort_schedule(cohort.id);
    add_statements(data, cohort, services.training.attendance.clock().today(), catalogue);
    data["register_href"] = paths::cohort_register(cohort.id);
    // The placement round is the job coach's, read by the coordinator: not a trainer's.
    if (cohort.traineeship && actor.can(domain::Permission::ViewPartners))
        data["placement_href"] = paths::cohort_placement(cohort.id);
    data["new_calendar_link"] = new_calendar_link;
    return context.page("cohorts/show", cohort.name, std::move(data));
}

} // namespace tremplin::web::pages::cohorts

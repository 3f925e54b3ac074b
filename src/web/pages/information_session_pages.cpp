// Information sessions, for the staff who run them: the list of the year (upcoming and past,
// seats and waitlists, and the women informed), the form of a session, and a session's page
// where the coordinator registers women from the register, cancels, and marks who came — one
// form, without JavaScript.

#include "web/pages/information_session_pages.hpp"

#include "domain/schedule.hpp"
#include "web/application.hpp"
#include "web/form_outcome.hpp"
#include "web/form_view.hpp"
#include "web/pages/language_choices.hpp"
#include "web/paths.hpp"

namespace tremplin::web::pages::information_sessions {

namespace {

using domain::RegistrationStatus;

using domain::SessionAttendance;

std::string hours_of(domain::InformationSession const& session, locale::Catalogue const& catalogue)
{
    return catalogue.format("information_sessions.hours", {{"from", domain::time_of_day(session.starts_at)},
                                                           {"to", domain::time_of_day(session.ends_at)}});
}

TemplateValue session_row(Context const& context, service::SessionCounts const& counts)
{
    auto const& catalogue = *context.catalogue;
    auto const& session = counts.session;
    TemplateValue row = TemplateValue::object();
    row["href"] = paths::information_session(session.id);
    row["day"] = catalogue.date(session.held_on);
    row["hours"] = hours_of(session, catalogue);
    row["place"] = session.place;
    row["language_name"] = language_name(context, session.language);
    row["language_code"] = session.language;
    row["seats"] = catalogue.format("information_sessions.seats",
                                    {{"taken", counts.registered}, {"capacity", session.capacity}});
    row["waitlisted"] = counts.waitlisted;
    row["attended"] = counts.attended;
    return row;
}

std::optional<int> year_asked(Context const& context)
{
    auto const year = context.query_number("year");
    if (!year || *year < 2000 || *year > 2200)
        return std::nullopt;
    return static_cast<int>(*year);
}

} // namespace

domain::Result<Response> session_list(Context& context, Services& services)
{
    auto& sessions = services.recruitment.information_sessions;
    auto const& catalogue = *context.catalogue;
    auto const today = sessions.clock().today();
    int const year = year_asked(context).value_or(today.year());
    auto const listed = TRY(sessions.year(context.signed_in(), year));

    TemplateValue data = TemplateValue::object();
    data["can_manage"] = listed.may.manage;
    data["has_upcoming"] = !listed.upcoming.empty();
    for (auto const& counts : listed.upcoming)
        data["upcoming"].append(session_row(context, counts));
    data["has_past"] = !listed.past.empty();
    for (auto const& counts : listed.past)
        data["past"].append(session_row(context, counts));
    data["informed"] = catalogue.format("information_sessions.informed",
                                        {{"count", listed.informed}, {"year", std::to_string(year)}});
    data["past_heading"] =
        catalogue.format("information_sessions.past_heading", {{"year", std::to_string(year)}});
    data["previous_year_href"] = "/information-sessions?year=" + std::to_string(year - 1);
    data["previous_year"] = std::to_string(year - 1);
    if (year < today.year()) {
        data["next_year_href"] = "/information-sessions?year=" + std::to_string(year + 1);
        data["next_year"] = std::to_string(year + 1);
    }
    if (context.query.get("notice") == "saved")
        data["notice"] = catalogue.text("information_sessions.saved");
    return context.page("information_sessions/index", catalogue.text("information_sessions.title"),
                        std::move(data));
}

namespace {

domain::InformationSessionInput typed_from(FormData const& form)
{
    return {std::string(form.get("held_on")),  std::string(form.get("starts_at")),
            std::string(form.get("ends_at")),  std::string(form.get("place")),
            std::string(form.get("language")), std::string(form.get("capacity"))};
}

Response session_form(Context& context, long long id, domain::InformationSessionInput const& typed,
                      std::vector<domain::FieldError> errors)
{
    auto const& catalogue = *context.catalogue;
    bool const has_errors = !errors.empty();
    FormView form(
        catalogue, "information_sessions.fields",
        [&](std::string_view field) -> std::string_view {
            if (field == "held_on")
                return typed.held_on;
            if (field == "starts_at")
                return typed.starts_at;
            if (field == "ends_at")
                return typed.ends_at;
            if (field == "place")
                return typed.place;
            if (field == "language")
                return typed.language;
            if (field == "capacity")
                return typed.capacity;
            return {};
        },
        std::move(errors));
    TemplateValue data = TemplateValue::object();
    data["text_fields"].append(form.text("held_on", {.type = "date", .width = "width-10"}));
    data["text_fields"].append(form.text("starts_at", {.type = "time", .width = "width-10"}));
    data["text_fields"].append(form.text("ends_at", {.type = "time", .width = "width-10"}));
    data["text_fields"].append(form.text("place", {.width = "width-20", .spellcheck = true}));
    data["language_field"] = form.radios("language", language_choices(context), true);
    data["capacity_field"] = form.text("capacity", {.input_mode = "numeric", .width = "width-4"});
    data["error_summary"] = form.error_summary();
    data["action"] = id ? paths::information_session(id) : std::string("/information-sessions");
    data["back_href"] = id ? paths::information_session(id) : std::string("/information-sessions");
    auto const title =
        catalogue.text(id ? "information_sessions.edit_title" : "information_sessions.new_title");
    return context.page("information_sessions/form", title, std::move(data), has_errors ? 422 : 200,
                        has_errors ? Context::Errors::Shown : Context::Errors::None);
}

domain::Result<Response> save_session(Context& context, Services& services, long long id)
{
    auto const typed = typed_from(context.form);
    return after_form(
        services.recruitment.information_sessions.save(context.signed_in(), id, typed),
        [&](auto errors) { return session_form(context, id, typed, std::move(errors)); },
        [&](long long saved) {
            return Response::redirect(paths::information_session(saved) + "?notice=saved");
        });
}

} // namespace

domain::Result<Response> new_session(Context& context, Services& services)
{
    auto const typed = TRY(services.recruitment.information_sessions.blank_input(
        context.signed_in(), context.catalogue->language()));
    return session_form(context, 0, typed, {});
}

domain::Result<Response> create_session(Context& context, Services& services)
{
    return save_session(context, services, 0);
}

domain::Result<Response> edit_session(Context& context, Services& services)
{
    auto const details =
        TRY(services.recruitment.information_sessions.session(context.signed_in(), TRY(context.record_id())));
    return session_form(context, details.session.id, domain::input_of(details.session), {});
}

domain::Result<Response> update_session(Context& context, Services& services)
{
    return save_session(context, services, TRY(context.record_id()));
}

namespace {

// A registration's row: her name and record, and the form's controls for her place in it.
TemplateValue registration_row(domain::InformationSession const& session,
                               domain::SessionRegistration const& registration,
                               locale::Catalogue const& catalogue)
{
    auto const name = registration.first_name + " " + registration.last_name;
    TemplateValue row = TemplateValue::object();
    row["name"] = name;
    row["record_href"] = paths::participant(registration.participant_id);
    row["cancel_action"] = paths::registration_cancellation(session.id, registration.id);
    if (registration.status != RegistrationStatus::Registered)
        return row;
    auto const id = std::to_string(registration.id);
    row["field_name"] = "attendance-" + id;
    row["legend"] = catalogue.format("information_sessions.attendance_of", {{"name", name}});
    for (auto const mark : {SessionAttendance::Attended, SessionAttendance::Absent}) {
        auto& option = row["marks"].append();
        option["mark_id"] = "attendance-" + id + "-" + std::string(domain::code_of(mark));
        option["mark_value"] = domain::code_of(mark);
        option["mark_label"] =
            catalogue.text(mark == SessionAttendance::Attended ? "information_sessions.attendance.attended"
                                                               : "information_sessions.attendance.absent");
        option["mark_checked"] = registration.attendance == mark;
    }
    row["attendance_text"] = catalogue.text(
        registration.attendance == SessionAttendance::Attended ? "information_sessions.attendance.attended"
        : registration.attendance == SessionAttendance::Absent ? "information_sessions.attendance.absent"
                                                               : "information_sessions.attendance.unmarked");
    return row;
}

// Those with a seat, those waiting in line, and those who cancelled.
void add_registrations(TemplateValue& data, service::SessionDetails const& details,
                       locale::Catalogue const& catalogue)
{
    int position = 0;
    for (auto const& registration : details.registrations) {
        auto row = registration_row(details.session, registration, catalogue);
        switch (registration.status) {
        case RegistrationStatus::Registered:
            data["registered"].append(std::move(row));
            break;
        case RegistrationStatus::Waitlisted:
            row["position"] = ++position;
            data["waitlist"].append(std::move(row));
            break;
        case RegistrationStatus::Cancelled:
            data["cancelled"].append(std::move(row));
            break;
        }
    }
    data["has_registered"] = data.field("registered") != nullptr;
    data["has_waitlist"] = data.field("waitlist") != nullptr;
    data["has_cancelled"] = data.field("cancelled") != nullptr;
    data["waitlist_heading"] =
        catalogue.format("information_sessions.waitlist_heading", {{"count", position}});
}

// Finding someone in the register to register her.
void add_search(TemplateValue& data, Context const& context, Services& services,
                domain::InformationSession const& session)
{
    auto const search = std::string(context.query.get("q"));
    data["search"] = search;
    data["search_action"] = paths::information_session(session.id);
    data["register_action"] = paths::information_session_registrations(session.id);
    if (search.empty())
        return;
    auto found = services.participants.list(context.signed_in(), {.search = search, .limit = 10});
    if (!found)
        return;
    data["searched"] = true;
    data["has_found"] = !found->rows.empty();
    for (auto const& person : found->rows) {
        auto& row = data["found"].append();
        row["person_id"] = person.id;
        row["person_name"] = person.first_name + " " + person.last_name;
        row["person_detail"] = person.birth_date ? context.catalogue->date(*person.birth_date) : person.phone;
    }
}

std::string session_notice(Context const& context)
{
    auto const& catalogue = *context.catalogue;
    auto const notice = context.query.get("notice");
    if (notice == "saved")
        return std::string(catalogue.text("information_sessions.saved"));
    if (notice == "registered" || notice == "waitlisted" || notice == "cancelled")
        return std::string(catalogue.text("information_sessions.notices." + std::string(notice)));
    if (notice == "marked")
        return catalogue.format("information_sessions.notices.marked",
                                {{"count", context.query_number("count").value_or(0)}});
    return {};
}

} // namespace

domain::Result<Response> show_session(Context& context, Services& services)
{
    auto& sessions = services.recruitment.information_sessions;
    auto const details = TRY(sessions.session(context.signed_in(), TRY(context.record_id())));
    auto const& catalogue = *context.catalogue;
    auto const& session = details.session;

    TemplateValue data = TemplateValue::object();
    data["hours"] = hours_of(session, catalogue);
    data["place"] = session.place;
    data["language_name"] = language_name(context, session.language);
    data["language_code"] = session.language;
    data["seats"] =
        catalogue.format("information_sessions.seats", {{"taken", domain::seats_taken(details.registrations)},
                                                        {"capacity", session.capacity}});
    data["edit_href"] = paths::information_session_edit(session.id);
    data["attendance_action"] = paths::information_session_attendance(session.id);
    data["held"] = session.held_by(sessions.clock().today());
    add_registrations(data, details, catalogue);
    add_search(data, context, services, session);
    if (auto notice = session_notice(context); !notice.empty())
        data["notice"] = std::move(notice);
    auto const title =
        catalogue.format("information_sessions.show_title", {{"date", catalogue.date(session.held_on)}});
    return context.page("information_sessions/show", title, std::move(data));
}

domain::Result<Response> register_participant(Context& context, Services& services)
{
    TRY(services.recruitment.information_sessions.may_manage(context.signed_in()));
    auto const session_id = TRY(context.record_id());
    auto const participant_id = whole_number(context.form.get("participant_id"));
    if (!participant_id)
        return context.error_page(400);
    auto const status = TRY(services.recruitment.information_sessions.register_participant(
        context.signed_in(), session_id, *participant_id));
    return Response::redirect(paths::information_session(session_id) + "?notice=" +
                              (status == RegistrationStatus::Waitlisted ? "waitlisted" : "registered"));
}

domain::Result<Response> cancel_registration(Context& context, Services& services)
{
    auto const session_id = TRY(context.record_id());
    TRY(services.recruitment.information_sessions.cancel(context.signed_in(), TRY(context.record_id(1))));
    return Response::redirect(paths::information_session(session_id) + "?notice=cancelled");
}

domain::Result<Response> mark_attendance(Context& context, Services& services)
{
    auto const session_id = TRY(context.record_id());
    std::vector<service::AttendanceMark> marks;
    for (auto const& [name, value] : context.form.fields()) {
        if (!name.starts_with("attendance-"))
            continue;
        auto const id = whole_number(std::string_view(name).substr(std::string_view("attendance-").size()));
        auto const mark = domain::from_code<SessionAttendance>(value);
        if (id && mark)
            marks.push_back({*id, *mark});
    }
    auto const changed = TRY(
        services.recruitment.information_sessions.mark_attendance(context.signed_in(), session_id, marks));
    return Response::redirect(paths::information_session(session_id) +
                              "?notice=marked&count=" + std::to_string(changed));
}

} // namespace tremplin::web::pages::information_sessions

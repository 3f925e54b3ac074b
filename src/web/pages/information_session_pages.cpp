// Information sessions, for the staff who run them: the list of the year (upcoming and past,
// seats and waitlists, and the women informed), the form of a session, and a session's page
// where the coordinator registers women from the register, cancels, and marks who came — one
// form, without JavaScript.

#include "web/pages/information_session_pages.hpp"

#include "domain/schedule.hpp"
#include "web/application.hpp"
#include "web/form_view.hpp"
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

std::string language_name(Context const& context, std::string const& code)
{
    auto const* catalogue = context.site.catalogues.find(code);
    return catalogue ? std::string(catalogue->text("language.name")) : code;
}

std::vector<Choice> language_choices(Context const& context)
{
    std::vector<Choice> choices;
    for (auto const& language : context.site.catalogues.languages())
        choices.push_back({language,
                           language_name(context, language),
                           {},
                           language == context.catalogue->language() ? std::string() : language});
    return choices;
}

TemplateValue session_row(Context const& context, store::SessionCounts const& counts)
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

Response session_list(Context& context, Services& services)
{
    auto& sessions = services.recruitment.information_sessions;
    auto const& catalogue = *context.catalogue;
    auto const today = sessions.clock().today();
    int const year = year_asked(context).value_or(today.year());
    auto const first_day = *domain::Date::from_parts(year, 1, 1);
    auto const last_day = *domain::Date::from_parts(year, 12, 31);
    auto upcoming = sessions.sessions(context.signed_in(), {.from = today});
    if (!upcoming)
        return context.failure(upcoming.error());
    auto past = sessions.sessions(context.signed_in(), {.from = first_day, .to = std::min(last_day, today)});
    auto informed = sessions.women_informed(context.signed_in(), year);
    if (!past || !informed)
        return context.failure(!past ? past.error() : informed.error());

    TemplateValue data = TemplateValue::object();
    data["can_manage"] = context.signed_in().can(domain::Permission::ManageCohorts);
    data["has_upcoming"] = !upcoming->empty();
    for (auto const& counts : *upcoming)
        data["upcoming"].append(session_row(context, counts));
    std::ranges::reverse(*past);
    std::erase_if(*past, [&](store::SessionCounts const& counts) { return counts.session.held_on == today; });
    data["has_past"] = !past->empty();
    for (auto const& counts : *past)
        data["past"].append(session_row(context, counts));
    data["informed"] = catalogue.format("information_sessions.informed",
                                        {{"count", *informed}, {"year", std::to_string(year)}});
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

Response save_session(Context& context, Services& services, long long id)
{
    auto const typed = typed_from(context.form);
    auto saved = services.recruitment.information_sessions.save(context.signed_in(), id, typed);
    if (!saved) {
        if (saved.error().fields.empty())
            return context.failure(saved.error());
        return session_form(context, id, typed, saved.error().fields);
    }
    return Response::redirect(paths::information_session(*saved) + "?notice=saved");
}

} // namespace

Response new_session(Context& context, Services&)
{
    if (!context.signed_in().can(domain::Permission::ManageCohorts))
        return context.error_page(403);
    domain::InformationSessionInput typed;
    typed.starts_at = "09:30";
    typed.ends_at = "11:30";
    typed.language = context.catalogue->language();
    return session_form(context, 0, typed, {});
}

Response create_session(Context& context, Services& services)
{
    return save_session(context, services, 0);
}

Response edit_session(Context& context, Services& services)
{
    auto details = services.recruitment.information_sessions.session(context.signed_in(),
                                                                     context.id_value().value_or(0));
    if (!details)
        return context.failure(details.error());
    return session_form(context, details->session.id, domain::input_of(details->session), {});
}

Response update_session(Context& context, Services& services)
{
    return save_session(context, services, context.id_value().value_or(0));
}

Response show_session(Context& context, Services& services)
{
    auto& sessions = services.recruitment.information_sessions;
    auto details = sessions.session(context.signed_in(), context.id_value().value_or(0));
    if (!details)
        return context.failure(details.error());
    auto const& catalogue = *context.catalogue;
    auto const& session = details->session;
    auto const path = paths::information_session(session.id);
    bool const held = session.held_by(sessions.clock().today());

    TemplateValue data = TemplateValue::object();
    data["hours"] = hours_of(session, catalogue);
    data["place"] = session.place;
    data["language_name"] = language_name(context, session.language);
    data["language_code"] = session.language;
    data["seats"] = catalogue.format(
        "information_sessions.seats",
        {{"taken", domain::seats_taken(details->registrations)}, {"capacity", session.capacity}});
    data["edit_href"] = paths::information_session_edit(session.id);
    data["attendance_action"] = paths::information_session_attendance(session.id);
    data["held"] = held;

    int position = 0;
    for (auto const& registration : details->registrations) {
        auto const name = registration.first_name + " " + registration.last_name;
        auto const id = std::to_string(registration.id);
        TemplateValue row = TemplateValue::object();
        row["name"] = name;
        row["record_href"] = paths::participant(registration.participant_id);
        row["cancel_action"] = paths::registration_cancellation(session.id, registration.id);
        switch (registration.status) {
        case RegistrationStatus::Registered: {
            row["field_name"] = "attendance-" + id;
            row["legend"] = catalogue.format("information_sessions.attendance_of", {{"name", name}});
            for (auto const mark : {SessionAttendance::Attended, SessionAttendance::Absent}) {
                auto& option = row["marks"].append();
                option["mark_id"] = "attendance-" + id + "-" + std::string(domain::code_of(mark));
                option["mark_value"] = domain::code_of(mark);
                option["mark_label"] = catalogue.text(mark == SessionAttendance::Attended
                                                          ? "information_sessions.attendance.attended"
                                                          : "information_sessions.attendance.absent");
                option["mark_checked"] = registration.attendance == mark;
            }
            row["attendance_text"] = catalogue.text(registration.attendance == SessionAttendance::Attended
                                                        ? "information_sessions.attendance.attended"
                                                    : registration.attendance == SessionAttendance::Absent
                                                        ? "information_sessions.attendance.absent"
                                                        : "information_sessions.attendance.unmarked");
            data["registered"].append(std::move(row));
            break;
        }
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

    // Finding someone in the register to register her.
    auto const search = std::string(context.query.get("q"));
    data["search"] = search;
    data["search_action"] = path;
    data["register_action"] = paths::information_session_registrations(session.id);
    if (!search.empty()) {
        auto found = services.participants.list(context.signed_in(), {.search = search, .limit = 10});
        if (found) {
            data["searched"] = true;
            data["has_found"] = !found->rows.empty();
            for (auto const& person : found->rows) {
                auto& row = data["found"].append();
                row["person_id"] = person.id;
                row["person_name"] = person.first_name + " " + person.last_name;
                row["person_detail"] = person.birth_date ? catalogue.date(*person.birth_date) : person.phone;
            }
        }
    }

    auto const notice = context.query.get("notice");
    if (notice == "saved")
        data["notice"] = catalogue.text("information_sessions.saved");
    else if (notice == "registered")
        data["notice"] = catalogue.text("information_sessions.notices.registered");
    else if (notice == "waitlisted")
        data["notice"] = catalogue.text("information_sessions.notices.waitlisted");
    else if (notice == "cancelled")
        data["notice"] = catalogue.text("information_sessions.notices.cancelled");
    else if (notice == "marked")
        data["notice"] = catalogue.format("information_sessions.notices.marked",
                                          {{"count", context.query_number("count").value_or(0)}});
    auto const title =
        catalogue.format("information_sessions.show_title", {{"date", catalogue.date(session.held_on)}});
    return context.page("information_sessions/show", title, std::move(data));
}

Response register_participant(Context& context, Services& services)
{
    auto const session_id = context.id_value().value_or(0);
    auto const participant_id = whole_number(context.form.get("participant_id"));
    if (!participant_id)
        return context.error_page(400);
    auto status = services.recruitment.information_sessions.register_participant(context.signed_in(),
                                                                                 session_id, *participant_id);
    if (!status)
        return context.failure(status.error());
    return Response::redirect(paths::information_session(session_id) + "?notice=" +
                              (*status == RegistrationStatus::Waitlisted ? "waitlisted" : "registered"));
}

Response cancel_registration(Context& context, Services& services)
{
    auto const session_id = context.id_value().value_or(0);
    auto cancelled = services.recruitment.information_sessions.cancel(context.signed_in(),
                                                                      context.id_value(1).value_or(0));
    if (!cancelled)
        return context.failure(cancelled.error());
    return Response::redirect(paths::information_session(session_id) + "?notice=cancelled");
}

Response mark_attendance(Context& context, Services& services)
{
    auto const session_id = context.id_value().value_or(0);
    std::vector<service::AttendanceMark> marks;
    for (auto const& [name, value] : context.form.fields()) {
        if (!name.starts_with("attendance-"))
            continue;
        auto const id = whole_number(std::string_view(name).substr(std::string_view("attendance-").size()));
        auto const mark = domain::from_code<SessionAttendance>(value);
        if (id && mark)
            marks.push_back({*id, *mark});
    }
    auto changed =
        services.recruitment.information_sessions.mark_attendance(context.signed_in(), session_id, marks);
    if (!changed)
        return context.failure(changed.error());
    return Response::redirect(paths::information_session(session_id) +
                              "?notice=marked&count=" + std::to_string(*changed));
}

} // namespace tremplin::web::pages::information_sessions

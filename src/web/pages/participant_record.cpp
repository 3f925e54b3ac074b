// A participant's record: her details in sections, and the timeline of notes and contacts.

#include "domain/participant_fields.hpp"
#include "domain/schedule.hpp"
#include "locale/countries.hpp"
#include "web/form_outcome.hpp"
#include "web/pages/participant_display.hpp"
#include "web/pages/participant_form.hpp"
#include "web/pages/participant_pages.hpp"
#include "web/paths.hpp"

#include <algorithm>

namespace tremplin::web::pages::participants {

namespace {

// One section per part of the record, one row per field (the table in
// domain/participant_fields.cpp).
TemplateValue record_sections(domain::Participant const& p, locale::Catalogue const& catalogue,
                              locale::Catalogues const& catalogues)
{
    TemplateValue sections = TemplateValue::list();
    TemplateValue* current = nullptr;
    std::optional<domain::RecordSection> section;
    for (auto& shown : shown_fields(p, catalogue, catalogues)) {
        // A month asked only of some (since when she is unemployed): no row for the others.
        if (shown.field->kind == domain::FieldKind::MonthYear && shown.value.empty())
            continue;
        if (shown.field->section != section) {
            section = shown.field->section;
            auto const code = std::string(domain::code_of(*section));
            current = &sections.append();
            (*current)["title"] = catalogue.text("participant.sections." + code);
            (*current)["section_id"] = "section-" + code;
        }
        auto& row = (*current)["rows"].append();
        row["label"] = catalogue.text("participant.fields." + shown.name + ".label");
        row["missing"] = shown.value.empty() ? catalogue.text("forms.not_given") : "";
        row["value"] = std::move(shown.value);
        row["value_lang"] = std::move(shown.lang);
    }
    return sections;
}

// Her training: each enrolment, its stage, and her attestation; after an orientation course,
// the tracks recommended to her.
void add_training(TemplateValue& data, service::ParticipantRecord const& record,
                  locale::Catalogue const& catalogue)
{
    data["has_enrolments"] = !record.enrolments.empty();
    for (auto const& view : record.enrolments) {
        auto& item = data["enrolments"].append();
        item["cohort"] = view.cohort_name;
        item["cohort_href"] = paths::cohort(view.enrolment.cohort_id);
        item["track"] = view.track_name.in(catalogue.language());
        item["stage"] =
            catalogue.text("enrolment_stages." + std::string(domain::code_of(view.enrolment.stage)));
        item["since"] = catalogue.date(view.enrolment.stage_changed_on);
        item["attestation_href"] = paths::enrolment_attestation(view.enrolment.id);
        item["stage_href"] = paths::enrolment_stage(view.enrolment.id);
        if (record.may.recommend && std::ranges::find(record.orientation_enrolments, view.enrolment.id) !=
                                        record.orientation_enrolments.end())
            item["recommend_href"] = paths::enrolment_recommendations(view.enrolment.id);
        auto const found = std::ranges::find(record.recommendations, view.enrolment.id,
                                             &service::Recommendation::enrolment_id);
        if (found != record.recommendations.end()) {
            std::string codes;
            for (auto const& code : found->track_codes)
                codes += (codes.empty() ? "" : ", ") + code;
            item["recommended"] = catalogue.format("orientation.recommended", {{"tracks", codes}});
            item["recommendation_note"] = found->note;
        }
    }
}

// Her certification exams, newest first.
void add_exams(TemplateValue& data, service::ParticipantRecord const& record,
               locale::Catalogue const& catalogue)
{
    data["has_exams"] = !record.exams.empty();
    for (auto const& exam : record.exams) {
        auto& item = data["exams"].append();
        item["provider"] = exam.provider;
        item["exam_code"] = exam.exam_code;
        item["date"] = catalogue.date(exam.taken_on);
        item["attempt"] = catalogue.format("exams.attempt_number", {{"number", exam.attempt}});
        item["result"] =
            catalogue.text("exams.results." +
                           std::string(domain::code_of(exam.result.value_or(domain::ExamResult::Pending))));
        item["score"] = exam.score ? std::to_string(*exam.score) : std::string();
    }
}

// The applications she sent from the public form, linked to her record.
void add_applications(TemplateValue& data, service::ParticipantRecord const& record,
                      locale::Catalogue const& catalogue)
{
    data["has_applications"] = !record.applications.empty();
    for (auto const& application : record.applications) {
        auto& item = data["applications"].append();
        item["href"] = paths::application(application.id);
        item["reference"] = application.reference;
        item["stage"] =
            catalogue.text("applications.stages." + std::string(domain::code_of(application.stage)));
        if (auto const sent = domain::Date::parse_iso(application.submitted_at.substr(0, 10)))
            item["sent"] = catalogue.date(*sent);
    }
}

// The information sessions she registered for: a coordinator on the phone sees at once
// whether she came, or waits for a seat.
void add_sessions(TemplateValue& data, service::ParticipantRecord const& record,
                  locale::Catalogue const& catalogue)
{
    data["has_sessions"] = !record.sessions.empty();
    for (auto const& [session, registration] : record.sessions) {
        auto& item = data["sessions"].append();
        item["href"] = paths::information_session(session.id);
        item["when"] = catalogue.date(session.held_on) + ", " + domain::time_of_day(session.starts_at);
        item["place"] = session.place;
        item["status"] = catalogue.text("participant.sessions.status." +
                                        std::string(domain::code_of(registration.status)));
        if (registration.status == domain::RegistrationStatus::Registered &&
            registration.attendance != domain::SessionAttendance::Unmarked)
            item["attendance"] = catalogue.text("information_sessions.attendance." +
                                                std::string(domain::code_of(registration.attendance)));
    }
}

// Another record that may be hers: staff compare them before anything is merged.
void add_possible_matches(TemplateValue& data, service::ParticipantRecord const& record,
                          locale::Catalogue const& catalogue)
{
    for (auto const& view : record.possible_matches) {
        bool const this_is_new = view.match.participant_id == record.participant.id;
        auto& item = data["possible_matches"].append();
        item["text"] =
            catalogue.format(this_is_new ? "possible_matches.banner.new" : "possible_matches.banner.known",
                             {{"name", this_is_new ? view.known_name : view.participant_name}});
        item["href"] = paths::possible_match(view.match.id);
    }
}

domain::Result<Response> record_page(Context& context, Services& services, long long id,
                                     std::vector<domain::FieldError> note_errors,
                                     domain::TimelineInput const& note_input)
{
    auto const record = TRY(services.participants.record(context.signed_in(), id));
    auto const& participant = record.participant;
    auto const& catalogue = *context.catalogue;
    TemplateValue data = TemplateValue::object();
    data["id"] = participant.id;
    data["edit_href"] = paths::participant_edit(id);
    data["timeline_action"] = paths::participant_timeline(id);
    data["can_edit"] = record.may.edit;
    auto const notice = context.query.get("notice");
    if (notice == "created" || notice == "updated" || notice == "noted" || notice == "enrolled" ||
        notice == "stage_changed" || notice == "exam_added" || notice == "recommended" || notice == "merged")
        data["notice"] = catalogue.text("participant.notices." + std::string(notice));
    data["sections"] = record_sections(participant, catalogue, context.site.catalogues);

    for (auto const& entry : record.timeline) {
        auto& item = data["timeline"].append();
        item["date"] = catalogue.date(entry.happened_on);
        item["kind"] = catalogue.text("note_kinds." + std::string(domain::code_of(entry.kind)));
        item["text"] = entry.text;
        item["author"] = entry.author;
    }
    data["has_timeline"] = !record.timeline.empty();
    add_training(data, record, catalogue);
    add_exams(data, record, catalogue);
    add_applications(data, record, catalogue);
    add_sessions(data, record, catalogue);
    add_possible_matches(data, record, catalogue);
    data["exam_href"] = paths::participant_new_exam(id);
    data["enrol_href"] = paths::participant_enrol(id);
    data["can_enrol"] = record.may.enrol;

    FormView note_form(
        catalogue, "timeline.fields",
        [&](std::string_view field) -> std::string_view {
            if (field == "kind")
                return note_input.kind;
            if (field == "happened_on_day")
                return note_input.day;
            if (field == "happened_on_month")
                return note_input.month;
            if (field == "happened_on_year")
                return note_input.year;
            if (field == "text")
                return note_input.text;
            return {};
        },
        std::move(note_errors));
    data["note_kind"] = note_form.select("kind", coded_choices<domain::NoteKind>(catalogue, "note_kinds"),
                                         catalogue.text("forms.choose"));
    data["note_date"] = note_form.date("happened_on");
    data["note_text"] = note_form.textarea("text", 4);
    data["error_summary"] = note_form.error_summary();

    auto const title = participant.first_name + " " + participant.last_name;
    return context.page("participants/show", title, std::move(data), note_form.has_errors() ? 422 : 200,
                        note_form.has_errors() ? Context::Errors::Shown : Context::Errors::None);
}

} // namespace

domain::Result<Response> show_participant(Context& context, Services& services)
{
    return record_page(context, services, TRY(context.record_id()), {}, {"note", "", "", "", ""});
}

domain::Result<Response> add_to_timeline(Context& context, Services& services)
{
    auto const id = TRY(context.record_id());
    domain::TimelineInput input{
        std::string(context.form.get("kind")), std::string(context.form.get("happened_on_day")),
        std::string(context.form.get("happened_on_month")), std::string(context.form.get("happened_on_year")),
        std::string(context.form.get("text"))};
    return after_form(
        services.participants.add_to_timeline(context.signed_in(), id, input),
        [&](auto errors) { return record_page(context, services, id, std::move(errors), input); },
        [&](long long) { return Response::redirect(paths::participant(id) + "?notice=noted#timeline"); });
}

} // namespace tremplin::web::pages::participants

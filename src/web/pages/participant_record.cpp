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

class Sections {
  public:
    explicit Sections(locale::Catalogue const& catalogue) : m_catalogue(catalogue) {}

    // Starts the section titled by catalogue key "participant.sections.<name>".
    void begin(std::string_view title_key)
    {
        m_current = &m_data.append();
        (*m_current)["title"] = m_catalogue.text(title_key);
        (*m_current)["section_id"] = "section-" + std::string(title_key.substr(title_key.rfind('.') + 1));
    }

    // `lang`: the value's language, when it is not the page's.
    void row(std::string_view field, std::string value, std::string lang = {})
    {
        auto& row = (*m_current)["rows"].append();
        row["label"] = m_catalogue.text("participant.fields." + std::string(field) + ".label");
        row["missing"] = value.empty() ? m_catalogue.text("forms.not_given") : "";
        row["value"] = std::move(value);
        row["value_lang"] = std::move(lang);
    }

    TemplateValue take() { return std::move(m_data); }

  private:
    locale::Catalogue const& m_catalogue;
    TemplateValue m_data = TemplateValue::list();
    TemplateValue* m_current = nullptr;
};

// One row per field, in its section (the table in domain/participant_fields.cpp).
TemplateValue record_sections(domain::Participant const& p, locale::Catalogue const& catalogue,
                              locale::Catalogues const& catalogues)
{
    Sections sections(catalogue);
    auto const locale_id = catalogue.locale_id();
    std::optional<domain::RecordSection> section;
    for (auto const& field : domain::participant_fields::table()) {
        if (field.section != section) {
            section = field.section;
            sections.begin("participant.sections." + std::string(domain::code_of(field.section)));
        }
        // Left out for a reader who may not see them: no row, not even "not given".
        if (field.special_category && p.special_categories_withheld)
            continue;
        auto const stored = field.stored ? field.stored(p).value_or("") : std::string();
        switch (field.kind) {
        case domain::FieldKind::Text:
            if (field.name == domain::participant_fields::municipality)
                sections.row(field.name, municipality_of(catalogue, p.municipality, p.postcode));
            else
                sections.row(field.name, stored);
            break;
        case domain::FieldKind::Date:
            sections.row(field.name, optional_date(catalogue, domain::Date::parse_iso(stored)));
            break;
        case domain::FieldKind::MonthYear:
            // Asked only of some (since when she is unemployed): no row for the others.
            if (auto const month = domain::YearMonth::parse_iso(stored))
                sections.row(field.name, catalogue.month_year(*month));
            break;
        case domain::FieldKind::Choice:
        case domain::FieldKind::Answer:
        case domain::FieldKind::SensitiveAnswer:
            sections.row(field.name,
                         stored.empty()
                             ? std::string()
                             : std::string(catalogue.text(std::string(field.code_list) + "." + stored)));
            break;
        case domain::FieldKind::Language: {
            auto const* language = catalogues.find(stored);
            // Each language is named in its own words, as in the language switch.
            sections.row(field.name, language ? std::string(language->text("language.name")) : stored,
                         language && stored != catalogue.language() ? stored : std::string());
            break;
        }
        case domain::FieldKind::Country:
            if (stored == "stateless")
                sections.row(field.name, std::string(catalogue.text("participant.stateless")));
            else
                sections.row(field.name,
                             stored.empty() ? std::string() : locale::country_name(stored, locale_id));
            break;
        case domain::FieldKind::Consents:
            for (auto kind : domain::all_values<domain::ConsentKind>()) {
                auto const consent = p.consent(kind);
                std::string value;
                if (consent)
                    value = catalogue.format(consent->given ? "participant.consent_given"
                                                            : "participant.consent_refused",
                                             {{"date", catalogue.date(consent->recorded_on)}});
                sections.row(domain::participant_fields::consent_field(kind), std::move(value));
            }
            break;
        }
    }
    return sections.take();
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
        notice == "stage_changed" || notice == "exam_added" || notice == "recommended")
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

// The participant register: list and search, a record, create and edit, the timeline of notes.

#include "domain/brussels.hpp"
#include "locale/countries.hpp"
#include "web/application.hpp"
#include "web/pages/participant_form.hpp"
#include "web/routes.hpp"

namespace tremplin::web {

namespace {

namespace fields = domain::participant_fields;

template <class E>
std::string label_of(locale::Catalogue const& catalogue, std::string_view key_prefix, std::optional<E> value)
{
    if (!value)
        return {};
    return std::string(catalogue.text(std::string(key_prefix) + "." + std::string(domain::code_of(*value))));
}

std::string municipality_of(locale::Catalogue const& catalogue, std::string const& municipality,
                            std::string const& postcode)
{
    if (!municipality.empty())
        return municipality;
    if (auto commune = domain::brussels_commune_of(postcode))
        return std::string(catalogue.text("communes." + std::string(*commune)));
    return {};
}

std::string optional_date(locale::Catalogue const& catalogue, std::optional<domain::Date> date)
{
    return date ? catalogue.date(*date) : std::string();
}

// ---- List ---------------------------------------------------------------------------------

// The table of a page of results, and the sentence saying what it shows.
domain::Result<std::shared_ptr<RenderedResults const>>
render_results(Context& context, Services& services, service::ParticipantListQuery const& query, int page,
               std::string const& sort)
{
    auto list = services.participants.list(context.signed_in(), query);
    if (!list)
        return domain::fail(std::move(list.error()));
    auto const& catalogue = *context.catalogue;
    TemplateValue data = TemplateValue::object();
    for (auto const& row : list->rows) {
        auto& item = data["rows"].append();
        item["href"] = "/participants/" + std::to_string(row.id);
        item["name"] = row.last_name + ", " + row.first_name;
        item["birth_date"] = optional_date(catalogue, row.birth_date);
        item["phone"] = row.phone;
        item["email"] = row.email;
        item["municipality"] = municipality_of(catalogue, row.municipality, row.postcode);
    }
    data["has_rows"] = !list->rows.empty();
    auto page_href = [&](int number) {
        return "/participants?q=" + url_encode(query.search) + "&sort=" + sort +
               "&page=" + std::to_string(number);
    };
    if (page > 1)
        data["previous_href"] = page_href(page - 1);
    if (list->has_more)
        data["next_href"] = page_href(page + 1);
    data["page_label"] = catalogue.format("pagination.page", {{"page", page}});

    auto const count = static_cast<long long>(list->rows.size());
    auto results = std::make_shared<RenderedResults>();
    results->status = query.search.empty()
                          ? catalogue.format("participants.list.status", {{"count", count}, {"page", page}})
                          : catalogue.format("participants.list.search_status",
                                             {{"count", count}, {"query", query.search}});
    results->table_html = context.site.templates.render("participants/_table", data, catalogue);
    return std::shared_ptr<RenderedResults const>(std::move(results));
}

Response list_page(Context& context, Services& services)
{
    constexpr int page_size = 50;
    service::ParticipantListQuery query;
    query.search = std::string(context.query.get("q"));
    query.order = context.query.get("sort") == "recent" ? store::ParticipantOrder::RecentlyUpdated
                                                        : store::ParticipantOrder::Name;
    std::string const sort = query.order == store::ParticipantOrder::Name ? "name" : "recent";
    int const page = static_cast<int>(std::clamp(context.query_number("page").value_or(1), 1LL, 1'000'000LL));
    query.offset = (page - 1) * page_size;
    query.limit = page_size;

    // The results are rendered again only when the register changed since they were last shown.
    auto const version = services.participants.register_version(context.signed_in());
    if (!version)
        return context.failure(version.error());
    auto const key = std::to_string(context.signed_in().organisation_id()) + "|" + std::to_string(*version) +
                     "|" + context.catalogue->language() + "|" + sort + "|" + std::to_string(page) + "|" +
                     query.search;
    auto& cache = context.site.caches.participant_results;
    auto results = cache.find(key);
    if (!results) {
        auto rendered = render_results(context, services, query, page, sort);
        if (!rendered)
            return context.failure(rendered.error());
        results = *rendered;
        cache.keep(key, results);
    }

    TemplateValue data = TemplateValue::object();
    data["q"] = query.search;
    data["sorted_by_name"] = query.order == store::ParticipantOrder::Name;
    data["can_create"] = context.signed_in().can(domain::Permission::EditParticipants);
    data["status"] = results->status;
    data["table_html"] = results->table_html;
    if (context.is_htmx() && context.request.header("hx-target") == "participant-results")
        return context.fragment("participants/_results", data);
    return context.page("participants/index", context.text("participants.list.title"), std::move(data));
}

// ---- Form ---------------------------------------------------------------------------------

struct FormPage {
    std::string_view title_key;
    std::string action;
    std::string cancel_href;
};

Response form_page(Context& context, FormPage const& page, domain::ParticipantInput const& input,
                   std::vector<domain::FieldError> errors,
                   std::vector<domain::ParticipantSummary> duplicates = {})
{
    bool has_errors = false;
    auto data = participant_form_fields(input, std::move(errors), *context.catalogue, context.site.catalogues,
                                        has_errors);
    data["action"] = page.action;
    data["cancel_href"] = page.cancel_href;
    for (auto const& duplicate : duplicates) {
        auto& item = data["duplicates"].append();
        item["href"] = "/participants/" + std::to_string(duplicate.id);
        item["name"] = duplicate.first_name + " " + duplicate.last_name;
        item["birth_date"] = optional_date(*context.catalogue, duplicate.birth_date);
        item["contact"] = duplicate.email.empty() ? duplicate.phone : duplicate.email;
    }
    data["has_duplicates"] = !duplicates.empty();
    int const status = has_errors ? 422 : duplicates.empty() ? 200 : 409;
    return context.page("participants/form", context.text(page.title_key), std::move(data), status,
                        has_errors ? Context::Errors::Shown : Context::Errors::None);
}

FormPage new_form_page()
{
    return {"participants.new.title", "/participants", "/participants"};
}

Response new_participant(Context& context)
{
    if (!context.signed_in().can(domain::Permission::EditParticipants))
        return context.error_page(403);
    domain::ParticipantInput input;
    input.set(fields::gender, "woman");
    input.set(fields::preferred_language, context.catalogue->language());
    return form_page(context, new_form_page(), input, {});
}

Response create(Context& context, Services& services)
{
    auto const input = participant_input_from(context.form);
    auto const check = context.form.get("confirm_different_person") == "yes"
                           ? service::DuplicateCheck::ConfirmedDifferentPerson
                           : service::DuplicateCheck::Warn;
    auto created = services.participants.create(context.signed_in(), input, check);
    if (!created) {
        if (created.error().code == domain::ErrorCode::InvalidInput)
            return form_page(context, new_form_page(), input, created.error().fields);
        return context.failure(created.error());
    }
    if (!created->id)
        return form_page(context, new_form_page(), input, {}, created->possible_duplicates);
    return Response::redirect("/participants/" + std::to_string(*created->id) + "?notice=created");
}

FormPage edit_form_page(long long id)
{
    auto const href = "/participants/" + std::to_string(id);
    return {"participants.edit.title", href, href};
}

Response edit(Context& context, Services& services)
{
    auto const id = context.id_value();
    if (!id)
        return context.error_page(404);
    if (!context.signed_in().can(domain::Permission::EditParticipants))
        return context.error_page(403);
    auto participant = services.participants.view(context.signed_in(), *id);
    if (!participant)
        return context.failure(participant.error());
    return form_page(context, edit_form_page(*id), domain::input_of(*participant), {});
}

Response update(Context& context, Services& services)
{
    auto const id = context.id_value();
    if (!id)
        return context.error_page(404);
    auto const input = participant_input_from(context.form);
    auto updated = services.participants.update(context.signed_in(), *id, input);
    if (!updated) {
        if (updated.error().code == domain::ErrorCode::InvalidInput)
            return form_page(context, edit_form_page(*id), input, updated.error().fields);
        return context.failure(updated.error());
    }
    return Response::redirect("/participants/" + std::to_string(*id) + "?notice=updated");
}

// ---- Record -------------------------------------------------------------------------------

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

TemplateValue record_sections(domain::Participant const& p, locale::Catalogue const& catalogue,
                              locale::Catalogues const& catalogues)
{
    Sections sections(catalogue);
    auto const locale_id = catalogue.locale_id();
    auto country = [&](std::string const& code) {
        if (code == "stateless")
            return std::string(catalogue.text("participant.stateless"));
        return code.empty() ? std::string() : locale::country_name(code, locale_id);
    };

    sections.begin("participant.sections.identity");
    sections.row("first_name", p.first_name);
    sections.row("last_name", p.last_name);
    sections.row("birth_date", optional_date(catalogue, p.birth_date));
    sections.row("gender", label_of(catalogue, "genders", std::optional(p.gender)));
    auto const* language = catalogues.find(p.preferred_language);
    // Each language is named in its own words, as in the language switch.
    sections.row(
        "preferred_language", language ? std::string(language->text("language.name")) : p.preferred_language,
        language && p.preferred_language != catalogue.language() ? p.preferred_language : std::string());

    sections.begin("participant.sections.contact");
    sections.row("phone", p.phone);
    sections.row("email", p.email);
    sections.row("street", p.street);
    sections.row("postcode", p.postcode);
    sections.row("municipality", municipality_of(catalogue, p.municipality, p.postcode));
    sections.row("nationality", country(p.nationality));
    sections.row("country_of_birth", country(p.country_of_birth));

    sections.begin("participant.sections.education");
    sections.row("education_level", label_of(catalogue, "education", p.education_level));
    sections.row("diploma_obtained_abroad", label_of(catalogue, "answers", p.diploma_obtained_abroad));
    sections.row("diploma_recognised", label_of(catalogue, "answers", p.diploma_recognised));
    sections.row("qualification_obsolete", label_of(catalogue, "answers", p.qualification_obsolete));

    sections.begin("participant.sections.work");
    sections.row("labour_market_status", label_of(catalogue, "labour_market", p.labour_market_status));
    if (p.unemployed_since)
        sections.row("unemployed_since", catalogue.month_year(*p.unemployed_since));
    sections.row("actiris_number", p.actiris_number);

    sections.begin("participant.sections.situation");
    sections.row("single_parent", label_of(catalogue, "answers", p.single_parent));
    sections.row("housing_exclusion", label_of(catalogue, "answers", p.housing_exclusion));
    sections.row("disability", label_of(catalogue, "answers", p.disability));
    sections.row("minority", label_of(catalogue, "answers", p.minority));

    sections.begin("participant.sections.referral");
    sections.row("referral_source", label_of(catalogue, "referral", p.referral_source));
    sections.row("referral_detail", p.referral_detail);

    sections.begin("participant.sections.consents");
    for (auto kind : domain::all_values<domain::ConsentKind>()) {
        auto const consent = p.consent(kind);
        std::string value;
        if (consent)
            value =
                catalogue.format(consent->given ? "participant.consent_given" : "participant.consent_refused",
                                 {{"date", catalogue.date(consent->recorded_on)}});
        sections.row(domain::participant_fields::consent_field(kind), std::move(value));
    }
    return sections.take();
}

Response record_page(Context& context, Services& services, long long id,
                     std::vector<domain::FieldError> note_errors, domain::TimelineInput const& note_input)
{
    auto participant = services.participants.view(context.signed_in(), id);
    if (!participant)
        return context.failure(participant.error());
    auto timeline = services.participants.timeline(context.signed_in(), id);
    if (!timeline)
        return context.failure(timeline.error());

    auto const& catalogue = *context.catalogue;
    TemplateValue data = TemplateValue::object();
    data["id"] = participant->id;
    data["edit_href"] = "/participants/" + std::to_string(id) + "/edit";
    data["timeline_action"] = "/participants/" + std::to_string(id) + "/timeline";
    data["can_edit"] = context.signed_in().can(domain::Permission::EditParticipants);
    auto const notice = context.query.get("notice");
    if (notice == "created" || notice == "updated" || notice == "noted")
        data["notice"] = catalogue.text("participant.notices." + std::string(notice));
    data["sections"] = record_sections(*participant, catalogue, context.site.catalogues);

    for (auto const& entry : *timeline) {
        auto& item = data["timeline"].append();
        item["date"] = catalogue.date(entry.happened_on);
        item["kind"] = catalogue.text("note_kinds." + std::string(domain::code_of(entry.kind)));
        item["text"] = entry.text;
        item["author"] = entry.author;
    }
    data["has_timeline"] = !timeline->empty();

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

    auto const title = participant->first_name + " " + participant->last_name;
    return context.page("participants/show", title, std::move(data), note_form.has_errors() ? 422 : 200,
                        note_form.has_errors() ? Context::Errors::Shown : Context::Errors::None);
}

Response show(Context& context, Services& services)
{
    auto const id = context.id_value();
    if (!id)
        return context.error_page(404);
    return record_page(context, services, *id, {}, {"note", "", "", "", ""});
}

Response add_note(Context& context, Services& services)
{
    auto const id = context.id_value();
    if (!id)
        return context.error_page(404);
    domain::TimelineInput input{
        std::string(context.form.get("kind")), std::string(context.form.get("happened_on_day")),
        std::string(context.form.get("happened_on_month")), std::string(context.form.get("happened_on_year")),
        std::string(context.form.get("text"))};
    auto added = services.participants.add_to_timeline(context.signed_in(), *id, input);
    if (!added) {
        if (added.error().code == domain::ErrorCode::InvalidInput)
            return record_page(context, services, *id, added.error().fields, input);
        return context.failure(added.error());
    }
    return Response::redirect("/participants/" + std::to_string(*id) + "?notice=noted#timeline");
}

} // namespace

void add_participant_pages(Router& router, Services& services)
{
    auto with = [&services](Response (*handler)(Context&, Services&)) {
        return [&services, handler](Context& context) { return handler(context, services); };
    };
    router.add("GET", "/participants", Access::SignedIn, with(list_page));
    router.add("GET", "/participants/new", Access::SignedIn, new_participant);
    router.add("POST", "/participants", Access::SignedIn, with(create));
    router.add("GET", "/participants/{id}", Access::SignedIn, with(show));
    router.add("GET", "/participants/{id}/edit", Access::SignedIn, with(edit));
    router.add("POST", "/participants/{id}", Access::SignedIn, with(update));
    router.add("POST", "/participants/{id}/timeline", Access::SignedIn, with(add_note));
}

} // namespace tremplin::web

// The information sessions on the public site (no account): the sessions to come, a short
// form to register for one (her name, a phone or an e-mail, her language), and a confirmation
// in her language that says when and where, and whether she has a seat or waits in line.

#include "web/pages/info_pages.hpp"

#include "domain/schedule.hpp"
#include "web/application.hpp"
#include "web/form_outcome.hpp"
#include "web/form_view.hpp"
#include "web/paths.hpp"
#include "web/public_form.hpp"

namespace tremplin::web::pages::info {

namespace {

namespace fields = domain::participant_fields;

std::string language_name(locale::Catalogues const& catalogues, std::string const& code)
{
    auto const* catalogue = catalogues.find(code);
    return catalogue ? std::string(catalogue->text("language.name")) : code;
}

// When, where and in which language, as the public pages say it.
TemplateValue session_facts(Context const& context, locale::Catalogue const& catalogue,
                            domain::InformationSession const& session)
{
    TemplateValue facts = TemplateValue::object();
    facts["day"] = catalogue.date(session.held_on);
    facts["hours"] = catalogue.format("info.hours", {{"from", domain::time_of_day(session.starts_at)},
                                                     {"to", domain::time_of_day(session.ends_at)}});
    facts["place"] = session.place;
    facts["language_name"] = language_name(context.site.catalogues, session.language);
    facts["language_code"] = session.language;
    return facts;
}

std::optional<service::SessionCounts> upcoming_session(Services& services, long long id)
{
    for (auto& counts : services.recruitment.information_sessions.upcoming())
        if (counts.session.id == id)
            return counts;
    return std::nullopt;
}

} // namespace

Response session_list(Context& context, Services& services)
{
    auto const& catalogue = *context.catalogue;
    auto const sessions = services.recruitment.information_sessions.upcoming();
    TemplateValue data = TemplateValue::object();
    data["has_sessions"] = !sessions.empty();
    for (auto const& counts : sessions) {
        auto& item = data["sessions"].append();
        item["session_id"] = counts.session.id;
        item["facts"] = session_facts(context, catalogue, counts.session);
        item["href"] = paths::info_session(counts.session.id);
        item["full"] = counts.registered >= counts.session.capacity;
        item["link_text"] =
            catalogue.format("info.register_link", {{"date", catalogue.date(counts.session.held_on)}});
    }
    return context.page("info/index", catalogue.text("info.title"), std::move(data));
}

namespace {

Response registration_form(Context& context, service::SessionCounts const& counts,
                           domain::ParticipantInput const& typed, std::vector<domain::FieldError> errors)
{
    auto const& catalogue = *context.catalogue;
    bool const has_errors = !errors.empty();
    FormView form(
        catalogue, "info.fields", [&](std::string_view field) { return typed[field]; }, std::move(errors));
    TemplateValue data = TemplateValue::object();
    data["facts"] = session_facts(context, catalogue, counts.session);
    data["full"] = counts.registered >= counts.session.capacity;
    data["text_fields"].append(
        form.text(fields::first_name, {.autocomplete = "given-name", .width = "width-20"}));
    data["text_fields"].append(
        form.text(fields::last_name, {.autocomplete = "family-name", .width = "width-20"}));
    data["text_fields"].append(
        form.text(fields::phone, {.type = "tel", .autocomplete = "tel", .width = "width-20"}));
    data["text_fields"].append(
        form.text(fields::email, {.type = "email", .autocomplete = "email", .width = "width-20"}));
    std::vector<Choice> languages;
    for (auto const& language : context.site.catalogues.languages())
        languages.push_back({language,
                             language_name(context.site.catalogues, language),
                             {},
                             language == catalogue.language() ? std::string() : language});
    data["language_field"] = form.radios(fields::preferred_language, languages, true);
    data["error_summary"] = form.error_summary();
    data["action"] = paths::info_session(counts.session.id);
    return context.page("info/register", catalogue.text("info.register_title"), std::move(data),
                        has_errors ? 422 : 200, has_errors ? Context::Errors::Shown : Context::Errors::None);
}

} // namespace

Response show_form(Context& context, Services& services)
{
    auto const counts = upcoming_session(services, context.id_value().value_or(0));
    if (!counts)
        return context.error_page(404, "errors.info.session_unknown");
    domain::ParticipantInput typed;
    typed.set(fields::preferred_language, context.catalogue->language());
    return registration_form(context, *counts, typed, {});
}

domain::Result<Response> register_for_session(Context& context, Services& services)
{
    auto const counts = upcoming_session(services, context.id_value().value_or(0));
    if (!counts)
        return context.error_page(404, "errors.info.session_unknown");
    // A robot is thanked and ignored: the list of sessions, as after any visit.
    if (filled_by_a_robot(context.form))
        return Response::redirect("/info");
    domain::ParticipantInput typed;
    for (auto const field : domain::public_registration_fields)
        typed.set(field, std::string(context.form.get(field)));
    return after_form(
        services.recruitment.information_sessions.register_publicly(counts->session.id, typed,
                                                                    context.request.remote_address),
        [&](auto errors) { return registration_form(context, *counts, typed, std::move(errors)); },
        [&](std::string const& token) { return Response::redirect(paths::info_registration(token)); });
}

Response show_confirmation(Context& context, Services& services)
{
    auto confirmation = services.recruitment.information_sessions.confirmation(context.route_values.at(0));
    if (!confirmation)
        return context.error_page(404, "errors.info.link_unknown");
    // In the language she chose, whatever the browser she opens the link in.
    if (auto const* hers = context.site.catalogues.find(confirmation->registration.language))
        context.catalogue = hers;
    auto const& catalogue = *context.catalogue;
    bool const waitlisted = confirmation->registration.status == domain::RegistrationStatus::Waitlisted;
    bool const cancelled = confirmation->registration.status == domain::RegistrationStatus::Cancelled;
    TemplateValue data = TemplateValue::object();
    data["facts"] = session_facts(context, catalogue, confirmation->session);
    data["waitlisted"] = waitlisted;
    data["cancelled"] = cancelled;
    data["registered"] = !waitlisted && !cancelled;
    auto const title = catalogue.text(waitlisted  ? "info.confirmation.waitlisted_title"
                                      : cancelled ? "info.confirmation.cancelled_title"
                                                  : "info.confirmation.registered_title");
    return context.page("info/registered", title, std::move(data));
}

} // namespace tremplin::web::pages::info

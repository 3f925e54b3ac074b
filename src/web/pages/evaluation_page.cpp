// A traineeship's evaluations page: for each kind its due day, whether it is late, the answers
// once the tutor sent them, and for the job coach the form that makes the tutor's link, shown
// once when made (docs/design.md "Tutor evaluations").

#include "web/pages/evaluation_display.hpp"
#include "web/pages/evaluation_pages.hpp"
#include "web/pages/language_choices.hpp"
#include "web/paths.hpp"

#include <algorithm>

namespace tremplin::web::pages::evaluations {

namespace {

using domain::EvaluationKind;

std::string contact_name(std::vector<domain::PartnerContact> const& contacts, long long id)
{
    auto const contact = std::ranges::find(contacts, id, &domain::PartnerContact::id);
    return contact == contacts.end() ? std::string() : contact->name;
}

TemplateValue answers_of(Context const& context, service::TraineeshipEvaluations const& page,
                         domain::Evaluation const& evaluation)
{
    TemplateValue answers = TemplateValue::list();
    auto const add = [&](std::string question, std::string answer) {
        auto& row = answers.append();
        row["question"] = std::move(question);
        row["answer"] = std::move(answer);
    };
    for (auto const& competence : page.competences) {
        auto const given = evaluation.competences.find(competence.code);
        add(competence_label(context, competence),
            rating_label(context, given == evaluation.competences.end() ? std::nullopt : given->second));
    }
    add(std::string(context.text("evaluation_form.fields.punctuality.label")),
        rating_label(context, evaluation.punctuality));
    add(std::string(context.text("evaluation_form.fields.teamwork.label")),
        rating_label(context, evaluation.teamwork));
    add(std::string(context.text("evaluation_form.fields.would_hire.label")),
        would_hire_label(context, evaluation.would_hire));
    add(std::string(context.text("evaluation_form.fields.comment.label")),
        evaluation.comment.empty() ? std::string(context.text("partners.not_given")) : evaluation.comment);
    return answers;
}

std::string link_state_of(Context const& context, service::TraineeshipEvaluations const& page,
                          service::EvaluationStep const& step)
{
    if (!step.link)
        return {};
    auto const& link = *step.link;
    auto const name = contact_name(page.contacts, link.contact_id);
    using enum domain::EvaluationLinkState;
    auto const key = step.link_state == Used      ? "evaluations.link.answered"
                     : step.link_state == Expired ? "evaluations.link.expired"
                                                  : "evaluations.link.waiting";
    auto const& when = step.link_state == Used ? link.used_at : link.expires_at;
    return context.catalogue->format(key, {{"name", name}, {"when", moment_label(context, when)}});
}

// The page; `new_link` (shown once) and `link_error` belong to the kind `for_kind`.
domain::Result<Response> evaluations_page(Context& context, Services& services, long long id,
                                          EvaluationKind for_kind, std::string const& new_link,
                                          std::string const& link_error)
{
    auto const page = TRY(services.evaluations.of_traineeship(context.signed_in(), id));
    auto const& catalogue = *context.catalogue;
    auto const& traineeship = page.traineeship.traineeship;
    TemplateValue data = TemplateValue::object();
    data["traineeship_href"] = paths::traineeship(traineeship.id);
    data["partner"] = page.traineeship.partner_name;
    data["tutor"] = page.traineeship.tutor_name;
    data["not_given"] = catalogue.text("partners.not_given");
    data["period"] = period_label(context, traineeship.starts_on, traineeship.ends_on);
    for (auto const& step : page.steps) {
        auto const code = std::string(domain::code_of(step.kind));
        auto& shown = data["steps"].append();
        shown["kind"] = code;
        shown["title"] = kind_label(context, step.kind);
        shown["due"] = catalogue.format("evaluations.page.due", {{"day", catalogue.date(step.due_on)}});
        shown["late"] = step.late;
        if (step.sent) {
            shown["sent"] = catalogue.format("evaluations.page.sent",
                                             {{"when", moment_label(context, step.sent->submitted_at)},
                                              {"name", step.sent->contact_name}});
            shown["answers"] = answers_of(context, page, step.sent->evaluation);
            continue;
        }
        shown["waiting"] = true;
        if (step.kind == for_kind && !new_link.empty())
            shown["new_link"] = new_link;
        else
            shown["link_state"] = link_state_of(context, page, step);
        if (!page.may_make_links)
            continue;
        shown["can_manage"] = true;
        shown["link_action"] = paths::traineeship_evaluation_link(id);
        shown["has_contacts"] = !page.contacts.empty();
        if (step.kind == for_kind && !link_error.empty())
            shown["link_error"] = link_error;
        for (auto const& contact : page.contacts) {
            auto& option = shown["contacts"].append();
            option["value"] = contact.id;
            option["label"] = contact.name + " (" + language_name(context, contact.language) + ")";
            option["selected"] = traineeship.tutor_contact_id == contact.id;
        }
    }
    auto const title = catalogue.format(
        "evaluations.page.title", {{"name", page.traineeship.first_name + " " + page.traineeship.last_name}});
    return context.page("evaluations/show", title, std::move(data), link_error.empty() ? 200 : 422,
                        link_error.empty() ? Context::Errors::None : Context::Errors::Shown);
}

} // namespace

domain::Result<Response> show_evaluations(Context& context, Services& services)
{
    return evaluations_page(context, services, TRY(context.record_id()), EvaluationKind::MidTerm, {}, {});
}

domain::Result<Response> make_link(Context& context, Services& services)
{
    auto const id = TRY(context.record_id());
    auto const kind = domain::from_code<EvaluationKind>(context.form.get("kind"));
    if (!kind)
        return context.error_page(400);
    std::optional<long long> contact;
    if (auto const typed = context.form.get("contact"); !typed.empty()) {
        contact = whole_number(typed);
        if (!contact)
            return context.error_page(400);
    }
    auto const token = services.evaluations.make_link(context.signed_in(), id, *kind, contact);
    if (!token) {
        if (token.error().fields.empty())
            return domain::fail(token.error());
        return evaluations_page(context, services, id, *kind, {},
                                std::string(context.text(token.error().fields.front().message_key)));
    }
    // Shown this once: only its hash is kept.
    return evaluations_page(context, services, id, *kind,
                            context.absolute_url(paths::evaluation_form(*token)), {});
}

} // namespace tremplin::web::pages::evaluations

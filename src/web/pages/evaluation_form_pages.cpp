// The tutor's form (no account): opened by the secret link, in the language of the contact it
// was made for unless the visitor chose another; one fieldset a question, radios that work
// without JavaScript, the errors beside their questions with the choices kept. It names the
// trainee by her first name and the traineeship's dates, nothing more. A link answered, expired
// or never made gives one plain page and changes nothing (docs/design.md "Tutor evaluations").

#include "web/form_outcome.hpp"
#include "web/form_view.hpp"
#include "web/pages/evaluation_display.hpp"
#include "web/pages/evaluation_pages.hpp"
#include "web/paths.hpp"
#include "web/public_form.hpp"

namespace tremplin::web::pages::evaluations {

namespace {

std::string competence_field(std::string const& code)
{
    return "competence_" + code;
}

// The contact's language, unless the visitor chose one with the language switch.
void speak_to(Context& context, std::string const& language)
{
    if (!context.site.settings.cookies().read(context.request, Cookie::Language).empty())
        return;
    if (auto const* theirs = context.site.catalogues.find(language))
        context.catalogue = theirs;
}

Response closed_page(Context& context, std::string_view title_key, std::string_view text_key, int status)
{
    TemplateValue data = TemplateValue::object();
    data["message"] = context.text(text_key);
    return context.page("evaluation_form/closed", context.text(title_key), std::move(data), status);
}

// Why the link opens nothing: answered (410, with thanks), or not found (404, whether it
// expired or never was: a guess learns nothing).
Response closed_page(Context& context, domain::Error const& error)
{
    if (error.code == domain::ErrorCode::Conflict)
        return closed_page(context, "evaluation_form.used_title", "evaluation_form.used_text", 410);
    if (error.code != domain::ErrorCode::NotFound)
        return context.failure(error);
    return closed_page(context, "evaluation_form.unknown_title", "evaluation_form.unknown_text", 404);
}

domain::Evaluation evaluation_from(FormData const& form, service::EvaluationQuestions const& questions)
{
    domain::Evaluation evaluation;
    for (auto const& competence : questions.competences)
        evaluation.competences[competence.code] =
            domain::from_code<domain::Rating>(form.get(competence_field(competence.code)));
    evaluation.punctuality = domain::from_code<domain::Rating>(form.get("punctuality"));
    evaluation.teamwork = domain::from_code<domain::Rating>(form.get("teamwork"));
    evaluation.would_hire = domain::from_code<domain::WouldHire>(form.get("would_hire"));
    evaluation.comment = std::string(form.get("comment"));
    return evaluation;
}

// The question an error is about, for the summary: every rating has the same message.
std::string question_of(Context const& context, service::EvaluationQuestions const& questions,
                        std::string const& field)
{
    for (auto const& competence : questions.competences)
        if (field == competence_field(competence.code))
            return competence_label(context, competence);
    return std::string(context.text("evaluation_form.fields." + field + ".label"));
}

Response form_page(Context& context, service::EvaluationQuestions const& questions, FormData const& typed,
                   std::vector<domain::FieldError> errors)
{
    auto const& catalogue = *context.catalogue;
    bool const has_errors = !errors.empty();
    // "Punctuality: Choose an answer", linking to the question's first choice.
    TemplateValue summary = TemplateValue::object();
    summary["has_errors"] = has_errors;
    for (auto const& error : errors) {
        auto& item = summary["errors"].append();
        auto const first_choice = error.field == "comment"      ? ""
                                  : error.field == "would_hire" ? "-yes"
                                                                : "-not_yet";
        item["href"] = "#" + error.field + first_choice;
        item["message"] = question_of(context, questions, error.field) + ": " +
                          std::string(catalogue.text(error.message_key));
    }
    FormView form(
        catalogue, "evaluation_form.fields", [&](std::string_view field) { return typed.get(field); },
        std::move(errors));
    auto const ratings = coded_choices<domain::Rating>(catalogue, "evaluations.ratings");
    TemplateValue data = TemplateValue::object();
    data["greeting"] = catalogue.format("evaluation_form.greeting", {{"name", questions.contact.name}});
    data["lead"] = catalogue.format(
        "evaluation_form.lead", {{"first_name", questions.first_name},
                                 {"partner", questions.partner_name},
                                 {"period", period_label(context, questions.starts_on, questions.ends_on)}});
    for (auto const& competence : questions.competences) {
        auto question = form.radios(competence_field(competence.code), ratings, true);
        question["label"] = competence_label(context, competence);
        data["competences"].append(std::move(question));
    }
    data["punctuality"] = form.radios("punctuality", ratings, true);
    data["teamwork"] = form.radios("teamwork", ratings, true);
    data["would_hire"] = form.radios(
        "would_hire", coded_choices<domain::WouldHire>(catalogue, "evaluations.would_hire_answers"), true);
    data["comment"] = form.textarea("comment", 5);
    data["error_summary"] = std::move(summary);
    data["action"] = paths::evaluation_form(context.route_values.at(0));
    auto const title =
        catalogue.format("evaluation_form.title", {{"kind", kind_label(context, questions.kind)},
                                                   {"first_name", questions.first_name}});
    return context.page("evaluation_form/show", title, std::move(data), has_errors ? 422 : 200,
                        has_errors ? Context::Errors::Shown : Context::Errors::None);
}

} // namespace

domain::Result<Response> show_form(Context& context, Services& services)
{
    auto const questions = services.evaluations.questions(context.route_values.at(0));
    if (!questions)
        return closed_page(context, questions.error());
    speak_to(context, questions->contact.language);
    return form_page(context, *questions, FormData(), {});
}

domain::Result<Response> answer_form(Context& context, Services& services)
{
    auto const& token = context.route_values.at(0);
    auto const questions = services.evaluations.questions(token);
    if (!questions)
        return closed_page(context, questions.error());
    speak_to(context, questions->contact.language);
    // A robot is thanked and ignored: the link stays for its tutor.
    if (filled_by_a_robot(context.form))
        return Response::redirect(paths::evaluation_form(token));
    auto const outcome = services.evaluations.answer(token, evaluation_from(context.form, *questions),
                                                     context.request.remote_address);
    if (!outcome && outcome.error().fields.empty() &&
        outcome.error().code != domain::ErrorCode::TooManyAttempts)
        return closed_page(context, outcome.error());
    return after_form(
        outcome, [&](auto errors) { return form_page(context, *questions, context.form, std::move(errors)); },
        [&] {
            // Thanked at once, in the tutor's language: the link opens nothing any more.
            return closed_page(context, "evaluation_form.answered_title", "evaluation_form.answered_text",
                               200);
        });
}

} // namespace tremplin::web::pages::evaluations

// The public application form (no account): a start page listing the courses open for
// applications, one question a page, "Check your answers", and a confirmation with a
// reference (GOV.UK "Question pages", "Check answers", "Confirmation"). The draft lives behind
// its resume link, /apply/{token}/…, so she can stop on an old phone and go on later.

#include "web/pages/apply_pages.hpp"

#include "web/application.hpp"
#include "web/form_outcome.hpp"
#include "web/pages/application_questions.hpp"
#include "web/paths.hpp"
#include "web/public_form.hpp"

namespace tremplin::web::pages::apply {

namespace {

using domain::ApplicationQuestion;

constexpr auto questions = domain::all_values<ApplicationQuestion>();

std::string const& token_of(Context const& context)
{
    return context.route_values.at(0);
}

std::string question_path(std::string const& token, ApplicationQuestion question)
{
    return paths::application_form(token, domain::code_of(question));
}

Response start_page(Context& context, Services& services, std::string_view message_key = {}, int status = 200)
{
    TemplateValue data = TemplateValue::object();
    auto const& catalogue = *context.catalogue;
    auto const offers = services.recruitment.intakes.open_today();
    data["has_intakes"] = !offers.empty();
    for (auto const& offer : offers) {
        auto& item = data["intakes"].append();
        item["id"] = offer.intake.id;
        item["name"] = offer.intake.name;
        item["closes_on"] =
            catalogue.format("apply.closes_on", {{"date", catalogue.date(offer.intake.closes_on)}});
        for (auto const& offered : offer.cohorts)
            item["cohorts"].append()["label"] = offered_cohort_label(offered, catalogue);
    }
    if (!message_key.empty())
        data["message"] = catalogue.text(message_key);
    return context.page("apply/index", catalogue.text("apply.start.title"), std::move(data), status);
}

} // namespace

Response show_start(Context& context, Services& services)
{
    return start_page(context, services);
}

domain::Result<Response> start(Context& context, Services& services)
{
    if (filled_by_a_robot(context.form))
        return Response::redirect("/apply");
    auto const intake_id = whole_number(context.form.get("intake_id")).value_or(0);
    auto token = services.recruitment.applications.start(intake_id, context.catalogue->language(),
                                                         context.request.remote_address);
    if (token)
        return Response::redirect(question_path(*token, questions.front()));
    if (token.error().code == domain::ErrorCode::TooManyAttempts)
        return domain::fail(std::move(token.error()));
    // Any other refusal means the intake closed while she read the list: the list again.
    return start_page(context, services, "errors.apply.intake_closed", 409);
}

namespace {

// The resume link, in full, for her to keep.
TemplateValue resume_link(Context const& context, std::string const& token)
{
    TemplateValue link = TemplateValue::object();
    auto const path = question_path(token, questions.front());
    link["href"] = path;
    link["text"] = context.absolute_url(path);
    return link;
}

Response question_page(Context& context, service::ApplicationForm const& form, ApplicationQuestion question,
                       domain::ApplicationAnswers const& answers, std::vector<domain::FieldError> errors)
{
    auto const& catalogue = *context.catalogue;
    auto const& token = token_of(context);
    bool const has_errors = !errors.empty();
    auto data =
        question_fields(question, answers, std::move(errors), catalogue, context.site.catalogues, form.offer);
    auto const position = std::ranges::find(questions, question) - questions.begin();
    data["back_href"] = position == 0 ? std::string("/apply") : question_path(token, questions[position - 1]);
    data["action"] = question_path(token, question);
    data["from_check"] = context.query.get("from") == "check" || context.form.get("from") == "check";
    auto const lead_key = question_key(question, "lead");
    if (catalogue.has(lead_key))
        data["lead"] = catalogue.text(lead_key);
    data["optional"] = domain::is_optional(question);
    data["step"] = catalogue.format("apply.step", {{"number", std::to_string(position + 1)},
                                                   {"count", std::to_string(questions.size())}});
    data["resume"] = resume_link(context, token);
    return context.page("apply/question", catalogue.text(question_key(question, "title")), std::move(data),
                        has_errors ? 422 : 200, has_errors ? Context::Errors::Shown : Context::Errors::None);
}

std::optional<ApplicationQuestion> question_asked(Context const& context)
{
    return domain::from_code<ApplicationQuestion>(context.route_values.at(1));
}

} // namespace

Response show_question(Context& context, Services& services)
{
    auto form = services.recruitment.applications.form(token_of(context));
    auto const question = question_asked(context);
    if (!form || !question)
        return context.error_page(404, "errors.apply.link_unknown");
    if (!form->reference.empty())
        return Response::redirect(paths::application_form_sent(token_of(context)));
    return question_page(context, *form, *question, form->answers, {});
}

domain::Result<Response> answer(Context& context, Services& services)
{
    auto form = services.recruitment.applications.form(token_of(context));
    auto const question = question_asked(context);
    if (!form || !question)
        return context.error_page(404, "errors.apply.link_unknown");
    domain::ApplicationAnswers typed;
    for (auto const field : domain::fields_of(*question))
        typed.set(field, std::string(context.form.get(field)));
    return after_form(
        services.recruitment.applications.answer(token_of(context), *question, typed),
        [&](auto errors) {
            auto answers = form->answers;
            for (auto const field : domain::fields_of(*question))
                answers.set(field, std::string(typed[field]));
            return question_page(context, *form, *question, answers, std::move(errors));
        },
        [&] {
            auto const next = std::ranges::find(questions, *question) + 1;
            if (context.form.get("from") == "check" || next == questions.end())
                return Response::redirect(paths::application_form_check(token_of(context)));
            return Response::redirect(question_path(token_of(context), *next));
        });
}

namespace {

// The question a field is asked on, for the error summary of "Check your answers".
ApplicationQuestion question_of(std::string_view field)
{
    for (auto const question : questions)
        if (std::ranges::find(domain::fields_of(question), field) != domain::fields_of(question).end())
            return question;
    return questions.front();
}

Response check_page(Context& context, service::ApplicationForm const& form,
                    std::vector<domain::FieldError> const& errors)
{
    auto const& catalogue = *context.catalogue;
    auto const& token = token_of(context);
    TemplateValue data = TemplateValue::object();
    for (auto const question : questions) {
        auto& row = data["rows"].append();
        row["question"] = catalogue.text(question_key(question, "summary"));
        for (auto const& line :
             answer_lines(question, form.answers, catalogue, context.site.catalogues, form.offer))
            row["lines"].append()["line"] = line;
        row["change_href"] = question_path(token, question) + "?from=check";
    }
    auto& summary = data["error_summary"];
    summary["has_errors"] = !errors.empty();
    for (auto const& error : errors) {
        auto& item = summary["errors"].append();
        item["href"] = question_path(token, question_of(error.field)) + "?from=check";
        item["message"] = catalogue.text(error.message_key);
    }
    data["action"] = paths::application_form_check(token);
    data["resume"] = resume_link(context, token);
    return context.page("apply/check", catalogue.text("apply.check.title"), std::move(data),
                        errors.empty() ? 200 : 422,
                        errors.empty() ? Context::Errors::None : Context::Errors::Shown);
}

} // namespace

Response show_check(Context& context, Services& services)
{
    auto form = services.recruitment.applications.form(token_of(context));
    if (!form)
        return context.error_page(404, "errors.apply.link_unknown");
    if (!form->reference.empty())
        return Response::redirect(paths::application_form_sent(token_of(context)));
    return check_page(context, *form, {});
}

domain::Result<Response> send(Context& context, Services& services)
{
    auto const sent_path = paths::application_form_sent(token_of(context));
    if (filled_by_a_robot(context.form))
        return Response::redirect(sent_path);
    return after_form(
        services.recruitment.applications.submit(token_of(context), context.request.remote_address),
        [&](auto errors) -> domain::Result<Response> {
            auto const form = TRY(services.recruitment.applications.form(token_of(context)));
            return check_page(context, form, errors);
        },
        [&](auto const&) { return Response::redirect(sent_path); });
}

Response show_sent(Context& context, Services& services)
{
    auto form = services.recruitment.applications.form(token_of(context));
    if (!form)
        return context.error_page(404, "errors.apply.link_unknown");
    // A robot's "sent" page, or a draft not sent yet: back to her answers.
    if (form->reference.empty())
        return Response::redirect(paths::application_form_check(token_of(context)));
    TemplateValue data = TemplateValue::object();
    data["reference"] = form->reference;
    return context.page("apply/sent", context.catalogue->text("apply.sent.title"), std::move(data));
}

} // namespace tremplin::web::pages::apply

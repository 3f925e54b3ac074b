// Certification exams, from her record: a form per attempt (provider, exam code, day, attempt,
// result, score and voucher), back to her record with a notice once saved.

#include "web/pages/exam_pages.hpp"

#include "web/application.hpp"
#include "web/form_outcome.hpp"
#include "web/form_view.hpp"
#include "web/paths.hpp"

#include <charconv>

namespace tremplin::web::pages::exams {

namespace {

using Typed = std::map<std::string, std::string, std::less<>>;

constexpr std::array exam_fields{"provider", "exam_code", "taken_on",      "attempt",
                                 "result",   "score",     "voucher_number"};

// A whole number as typed, else nothing.
std::optional<int> whole_number(std::string_view text)
{
    int value = 0;
    auto const [end, problem] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || problem != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

domain::Result<Response> exam_page(Context& context, Services& services, long long participant_id,
                                   Typed const& typed, std::vector<domain::FieldError> errors, int status)
{
    auto const participant = TRY(services.participants.view(context.signed_in(), participant_id));
    auto const& catalogue = *context.catalogue;
    FormView form(
        catalogue, "exams.fields",
        [&](std::string_view field) -> std::string_view {
            auto const found = typed.find(field);
            return found == typed.end() ? std::string_view() : std::string_view(found->second);
        },
        std::move(errors));
    TemplateValue data = TemplateValue::object();
    data["action"] = paths::participant_exams(participant_id);
    data["back_href"] = paths::participant(participant_id);
    data["text_fields"].append(form.text("provider", {.width = "width-20"}));
    data["text_fields"].append(form.text("exam_code", {.width = "width-10"}));
    data["text_fields"].append(form.text("taken_on", {.type = "date", .width = "width-10"}));
    data["text_fields"].append(form.text("attempt", {.input_mode = "numeric", .width = "width-4"}));
    data["result"] =
        form.radios("result", coded_choices<domain::ExamResult>(catalogue, "exams.results"), true);
    data["more_fields"].append(form.text("score", {.input_mode = "numeric", .width = "width-4"}));
    data["more_fields"].append(form.text("voucher_number", {.width = "width-20"}));
    data["error_summary"] = form.error_summary();
    auto const title =
        catalogue.format("exams.title", {{"name", participant.first_name + " " + participant.last_name}});
    return context.page("exams/new", title, std::move(data), status,
                        form.has_errors() ? Context::Errors::Shown : Context::Errors::None);
}

} // namespace

domain::Result<Response> show_new_exam(Context& context, Services& services)
{
    TRY(services.training.assessments.may_add_exam(context.signed_in()));
    return exam_page(context, services, TRY(context.record_id()), {{"attempt", "1"}}, {}, 200);
}

domain::Result<Response> add_exam(Context& context, Services& services)
{
    auto const participant_id = TRY(context.record_id());
    Typed typed;
    for (auto field : exam_fields)
        typed[field] = std::string(context.form.get(field));
    std::vector<domain::FieldError> errors;
    domain::CertificationExam exam;
    exam.participant_id = participant_id;
    exam.provider = typed.at("provider");
    exam.exam_code = typed.at("exam_code");
    auto const taken_on = domain::Date::parse_iso(typed.at("taken_on"));
    exam.taken_on = taken_on.value_or(domain::Date());
    auto const attempt = whole_number(typed.at("attempt"));
    exam.attempt = attempt.value_or(0);
    exam.result = domain::from_code<domain::ExamResult>(typed.at("result"));
    if (!typed.at("score").empty()) {
        exam.score = whole_number(typed.at("score"));
        if (!exam.score)
            errors.push_back({"score", "errors.exams.score_unreadable"});
    }
    exam.voucher_number = typed.at("voucher_number");
    // Every problem at once: the ones read here, then the domain's, once each.
    for (auto& error : domain::validate_exam(exam))
        if (std::ranges::find(errors, error.field, &domain::FieldError::field) == errors.end())
            errors.push_back(error);
    auto const redisplay = [&](auto errors) {
        return exam_page(context, services, participant_id, typed, std::move(errors), 422);
    };
    if (!errors.empty())
        return redisplay(std::move(errors));
    return after_form(services.training.assessments.add_exam(context.signed_in(), exam), redisplay,
                      [&](long long) -> domain::Result<Response> {
                          return Response::redirect(paths::participant(participant_id) +
                                                    "?notice=exam_added#training-title");
                      });
}

} // namespace tremplin::web::pages::exams

// The outbox: letters to applicants waiting to leave (e-mails the mail server has not taken
// yet, letters to post or read out on the phone) and those sent, each readable in full as she
// receives it.

#include "report/letter.hpp"
#include "web/application.hpp"
#include "web/pages/application_pages.hpp"
#include "web/pages/participant_display.hpp"
#include "web/paths.hpp"

#include <ranges>

namespace tremplin::web::pages::recruitment {

namespace {

// The letter in its own language, whoever reads the outbox; once sent, as it was sent.
report::LetterText text_of(Context const& context, domain::Letter const& letter)
{
    if (letter.sent_at)
        return {letter.subject, letter.body};
    auto const* catalogue = context.site.catalogues.find(letter.language);
    return report::write_letter(catalogue ? *catalogue : *context.catalogue, letter);
}

std::string status_of(locale::Catalogue const& catalogue, domain::Letter const& letter)
{
    if (letter.sent_at)
        return std::string(catalogue.text(letter.sent_how == domain::LetterDelivery::Email
                                              ? "outbox.status.emailed"
                                              : "outbox.status.by_hand"));
    if (letter.email.empty())
        return std::string(catalogue.text("outbox.status.to_give"));
    if (!letter.failure.empty())
        return std::string(catalogue.text("outbox.status.refused"));
    return std::string(catalogue.text("outbox.status.to_email"));
}

// The letter's language, in its own words ("Nederlands").
std::string language_of(Context const& context, domain::Letter const& letter)
{
    auto const* catalogue = context.site.catalogues.find(letter.language);
    return catalogue ? std::string(catalogue->text("language.name")) : letter.language;
}

} // namespace

domain::Result<Response> outbox(Context& context, Services& services)
{
    auto const& catalogue = *context.catalogue;
    bool const sent = context.query.get("sent") == "1";
    auto const letters = TRY(services.recruitment.outbox.letters(context.signed_in(), sent));
    TemplateValue data = TemplateValue::object();
    data["showing_sent"] = sent;
    data["has_letters"] = !letters.empty();
    for (auto const& letter : letters) {
        auto& row = data["letters"].append();
        row["href"] = paths::outbox_letter(letter.id);
        row["recipient"] = letter.recipient_name;
        row["address"] = letter.email.empty() ? letter.phone : letter.email;
        row["subject"] = text_of(context, letter).subject;
        row["language"] = language_of(context, letter);
        row["queued"] = day_of(catalogue, letter.queued_at);
        row["status"] = status_of(catalogue, letter);
    }
    return context.page("outbox/index", catalogue.text("outbox.title"), std::move(data));
}

domain::Result<Response> outbox_letter(Context& context, Services& services)
{
    auto const& catalogue = *context.catalogue;
    auto const id = TRY(context.record_id());
    auto const letter = TRY(services.recruitment.outbox.letter(context.signed_in(), id));
    auto const text = text_of(context, letter);
    TemplateValue data = TemplateValue::object();
    data["recipient"] = letter.recipient_name;
    data["record_href"] = paths::participant(letter.participant_id);
    data["email"] = letter.email;
    data["phone"] = letter.phone;
    data["language"] = language_of(context, letter);
    data["letter_language"] = letter.language;
    data["status"] = status_of(catalogue, letter);
    data["failure"] = letter.failure;
    data["subject"] = text.subject;
    for (auto const& paragraph : std::views::split(std::string_view(text.body), std::string_view("\n\n")))
        data["paragraphs"].append()["text"] = std::string(paragraph.begin(), paragraph.end());
    data["can_mark_sent"] = !letter.sent_at;
    data["action"] = paths::outbox_letter_sent(letter.id);
    if (letter.sent_at)
        data["sent_on"] = day_of(catalogue, *letter.sent_at);
    if (context.query.get("notice") == "sent")
        data["notice"] = catalogue.text("outbox.marked_sent");
    return context.page("outbox/show", text.subject, std::move(data));
}

domain::Result<Response> letter_sent_by_hand(Context& context, Services& services)
{
    auto const id = TRY(context.record_id());
    auto const letter = TRY(services.recruitment.outbox.letter(context.signed_in(), id));
    TRY(services.recruitment.outbox.sent_by_hand(context.signed_in(), id, text_of(context, letter)));
    return Response::redirect(paths::outbox_letter(id) + "?notice=sent");
}

} // namespace tremplin::web::pages::recruitment

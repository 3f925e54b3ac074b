#include "web/form_view.hpp"

#include <algorithm>

namespace tremplin::web {

FormView::FormView(locale::Catalogue const& catalogue, std::string key_prefix, ValueOf value_of,
                   std::vector<domain::FieldError> errors)
    : m_catalogue(catalogue), m_key_prefix(std::move(key_prefix)), m_value_of(std::move(value_of)),
      m_errors(std::move(errors))
{
}

std::string FormView::label_of(std::string_view field) const
{
    return std::string(m_catalogue.text(m_key_prefix + "." + std::string(field) + ".label"));
}

std::string FormView::error_for(std::string_view field) const
{
    for (auto const& error : m_errors)
        if (error.field == field || (error.field.starts_with(field) && error.field[field.size()] == '_'))
            return std::string(m_catalogue.text(error.message_key));
    return {};
}

TemplateValue FormView::field_base(std::string_view field, std::string_view unprefixed_id)
{
    auto const id = m_id_prefix + std::string(unprefixed_id);
    // Every key a component reads is set, so that none is found in an enclosing context instead.
    TemplateValue data = TemplateValue::object();
    data["name"] = field;
    data["id"] = id;
    data["label"] = label_of(field);
    data["width"] = "";
    data["lang"] = ""; // the language of what is typed, when it is not the page's
    std::string described_by;
    auto const hint_key = m_key_prefix + "." + std::string(field) + ".hint";
    bool const has_hint = m_catalogue.has(hint_key);
    data["hint"] = has_hint ? m_catalogue.text(hint_key) : "";
    data["hint_id"] = has_hint ? id + "-hint" : "";
    if (has_hint)
        described_by = id + "-hint";
    auto message = error_for(field);
    data["error_id"] = message.empty() ? "" : id + "-error";
    if (!message.empty())
        described_by += (described_by.empty() ? "" : " ") + id + "-error";
    data["error"] = std::move(message);
    data["described_by"] = std::move(described_by);
    for (auto const& error : m_errors)
        if (error.field == field || error.field.starts_with(std::string(field) + "_"))
            m_first_input_of.emplace_back(error.field, error.field == field ? id : m_id_prefix + error.field);
    return data;
}

TemplateValue FormView::text(std::string_view field, TextFieldOptions const& options)
{
    auto data = field_base(field, field);
    data["value"] = m_value_of(field);
    data["type"] = options.type;
    data["autocomplete"] = options.autocomplete;
    if (!options.input_mode.empty())
        data["inputmode"] = options.input_mode;
    if (!options.width.empty())
        data["width"] = options.width;
    data["spellcheck"] = options.spellcheck ? "true" : "false";
    return data;
}

TemplateValue FormView::textarea(std::string_view field, int rows)
{
    auto data = field_base(field, field);
    data["value"] = m_value_of(field);
    data["rows"] = rows;
    return data;
}

TemplateValue FormView::radios(std::string_view field, std::vector<Choice> const& choices, bool inline_layout)
{
    auto const first_id =
        std::string(field) + "-" + (choices.empty() ? std::string() : choices.front().value);
    auto data = field_base(field, first_id);
    data["inline"] = inline_layout;
    auto const current = m_value_of(field);
    for (auto const& choice : choices) {
        auto& option = data["options"].append();
        option["id"] = m_id_prefix + std::string(field) + "-" + choice.value;
        option["value"] = choice.value;
        option["option_label"] = choice.label;
        option["option_hint"] = choice.hint;
        option["option_hint_id"] =
            choice.hint.empty() ? "" : m_id_prefix + std::string(field) + "-" + choice.value + "-hint";
        option["option_lang"] = choice.lang;
        option["checked"] = choice.value == current;
    }
    return data;
}

TemplateValue FormView::select(std::string_view field, std::vector<Choice> const& choices,
                               std::string_view blank_label)
{
    auto data = field_base(field, field);
    auto const current = m_value_of(field);
    auto& blank = data["options"].append();
    blank["value"] = "";
    blank["label"] = blank_label;
    blank["selected"] = current.empty();
    for (auto const& choice : choices) {
        auto& option = data["options"].append();
        option["value"] = choice.value;
        option["label"] = choice.label;
        option["selected"] = choice.value == current;
    }
    return data;
}

TemplateValue FormView::date(std::string_view field, Parts parts)
{
    auto const prefix = std::string(field);
    auto const first_part = prefix + (parts == Parts::DayMonthYear ? "_day" : "_month");
    auto data = field_base(field, first_part);
    auto add_part = [&](std::string_view part, std::string_view label_key, std::string_view width) {
        auto const name = prefix + "_" + std::string(part);
        auto& item = data["parts"].append();
        item["part_name"] = name;
        item["part_id"] = m_id_prefix + name;
        item["part_label"] = m_catalogue.text(label_key);
        item["part_value"] = m_value_of(name);
        item["part_width"] = width;
        // GOV.UK "Dates": a missing part is highlighted alone, a date that is wrong as a whole in every part.
        item["part_error"] = std::ranges::any_of(m_errors, [&](domain::FieldError const& error) {
            return error.field == name ||
                   (error.field.starts_with(prefix + "_") && !error.message_key.ends_with(".missing"));
        });
    };
    if (parts == Parts::DayMonthYear)
        add_part("day", "forms.date.day", "width-2");
    add_part("month", "forms.date.month", "width-2");
    add_part("year", "forms.date.year", "width-4");
    return data;
}

TemplateValue FormView::error_summary() const
{
    TemplateValue summary = TemplateValue::object();
    summary["has_errors"] = !m_errors.empty();
    for (auto const& error : m_errors) {
        auto& item = summary["errors"].append();
        std::string target = m_id_prefix + error.field;
        for (auto const& [field, input] : m_first_input_of)
            if (field == error.field) {
                target = input;
                break;
            }
        item["href"] = "#" + target;
        item["message"] = m_catalogue.text(error.message_key);
    }
    return summary;
}

} // namespace tremplin::web

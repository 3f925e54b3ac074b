#pragma once

// Builds the data of form fields for the components in templates/components/: label, hint,
// the value typed, and the error message beside the field in the same words as the error
// summary at the top (GOV.UK "Validation" pattern).

#include "domain/codes.hpp"
#include "domain/error.hpp"
#include "locale/catalogue.hpp"
#include "web/template_value.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tremplin::web {

struct Choice {
    std::string value;
    std::string label;
    std::string hint;
    std::string lang = {}; // the label's language, when it is not the page's ("nl" for "Nederlands")
};

struct TextFieldOptions {
    std::string_view type = "text";
    std::string_view autocomplete = "off";
    std::string_view input_mode = "";
    std::string_view width = ""; // a CSS class: "width-4", "width-10", "width-20"
    bool spellcheck = false;
};

class FormView {
  public:
    using ValueOf = std::function<std::string_view(std::string_view field)>;

    // Labels and hints are read from the catalogue under `<key_prefix>.<field>.label` and
    // `<key_prefix>.<field>.hint` (the hint only when the catalogue has it).
    FormView(locale::Catalogue const& catalogue, std::string key_prefix, ValueOf value_of,
             std::vector<domain::FieldError> errors);

    // For a page that holds the same form several times: the ids of its inputs (and the links of
    // the error summary) start with `prefix`, so that each is unique; the names stay the same.
    void set_id_prefix(std::string prefix) { m_id_prefix = std::move(prefix); }

    TemplateValue text(std::string_view field, TextFieldOptions const& options = {});
    TemplateValue textarea(std::string_view field, int rows = 5);
    TemplateValue radios(std::string_view field, std::vector<Choice> const& choices,
                         bool inline_layout = false);
    TemplateValue select(std::string_view field, std::vector<Choice> const& choices,
                         std::string_view blank_label);

    // A date as three fields (GOV.UK "Dates"): `<field>_day`, `<field>_month`, `<field>_year`;
    // without `with_day`, month and year only.
    enum class Parts { DayMonthYear, MonthYear };
    TemplateValue date(std::string_view field, Parts parts = Parts::DayMonthYear);

    // The error summary: every error, in the order of the fields, linking to its field.
    TemplateValue error_summary() const;
    bool has_errors() const { return !m_errors.empty(); }

    // The message for `field` (or for any input whose name starts with it), or "".
    std::string error_for(std::string_view field) const;

  private:
    TemplateValue field_base(std::string_view field, std::string_view unprefixed_id);
    std::string label_of(std::string_view field) const;

    locale::Catalogue const& m_catalogue;
    std::string m_key_prefix;
    std::string m_id_prefix;
    ValueOf m_value_of;
    std::vector<domain::FieldError> m_errors;
    std::vector<std::pair<std::string, std::string>> m_first_input_of; // error field → input id
};

// Choices of a coded answer, labelled from the catalogue as `<key_prefix>.<code>` (with an
// optional hint at `<key_prefix>.<code>_hint`).
template <class E>
std::vector<Choice> coded_choices(locale::Catalogue const& catalogue, std::string_view key_prefix)
{
    std::vector<Choice> choices;
    for (auto value : domain::all_values<E>()) {
        auto const code = std::string(domain::code_of(value));
        auto const key = std::string(key_prefix) + "." + code;
        auto const hint_key = key + "_hint";
        choices.push_back({code, std::string(catalogue.text(key)),
                           catalogue.has(hint_key) ? std::string(catalogue.text(hint_key)) : std::string()});
    }
    return choices;
}

} // namespace tremplin::web

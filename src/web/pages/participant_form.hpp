#pragma once

// The participant form's fields, built from what was typed (or stored) and its errors.

#include "domain/participant.hpp"
#include "locale/catalogues.hpp"
#include "web/form_data.hpp"
#include "web/form_view.hpp"

namespace tremplin::web {

// The participant inputs a submitted form carries.
domain::ParticipantInput participant_input_from(FormData const& form);

// Every field of the form, under its input name, plus "error_summary".
TemplateValue participant_form_fields(domain::ParticipantInput const& input,
                                      std::vector<domain::FieldError> errors,
                                      locale::Catalogue const& catalogue,
                                      locale::Catalogues const& catalogues, bool& has_errors);

// Choices whose labels are read from the catalogue as `<key_prefix>.<code>`.
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

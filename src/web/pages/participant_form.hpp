#pragma once

// The participant form's fields, built from what was typed (or stored) and its errors.

#include "domain/participant.hpp"
#include "domain/partner.hpp"
#include "locale/catalogues.hpp"
#include "web/form_data.hpp"
#include "web/form_view.hpp"

namespace tremplin::web {

// The participant inputs a submitted form carries.
domain::ParticipantInput participant_input_from(FormData const& form);

// Whether the form asks the special-category questions: the service says so for each reader.
enum class SpecialQuestions { Asked, LeftOut };

// Every field of the form, under its input name, plus "error_summary". `referrers` are the
// partners offered as the one that sent her.
TemplateValue participant_form_fields(domain::ParticipantInput const& input,
                                      std::vector<domain::FieldError> errors,
                                      locale::Catalogue const& catalogue,
                                      locale::Catalogues const& catalogues,
                                      SpecialQuestions special_questions,
                                      std::span<domain::Partner const> referrers, bool& has_errors);

} // namespace tremplin::web

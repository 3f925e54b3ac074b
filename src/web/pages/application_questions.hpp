#pragma once

// What each question of the public application form shows: its inputs (with what she typed
// and what is wrong), and her answers in words for "Check your answers".

#include "domain/application.hpp"
#include "locale/catalogues.hpp"
#include "service/intake_service.hpp"
#include "web/template_value.hpp"

#include <string>
#include <vector>

namespace tremplin::web {

// The inputs of `question`, each as { "<component>": true, "field": … } in page order, plus
// "error_summary".
TemplateValue question_fields(domain::ApplicationQuestion question, domain::ApplicationAnswers const& answers,
                              std::vector<domain::FieldError> errors, locale::Catalogue const& catalogue,
                              locale::Catalogues const& catalogues, service::IntakeOffer const& offer);

// The catalogue key of a question's `part` ("title", "lead", "summary"): keys cannot hold "-",
// so "birth-date" is found under "birth_date".
std::string question_key(domain::ApplicationQuestion question, std::string_view part);

// Her answer to `question` in words, one line each; empty when she left it unanswered.
std::vector<std::string> answer_lines(domain::ApplicationQuestion question, domain::ApplicationAnswers const& answers,
                                      locale::Catalogue const& catalogue, locale::Catalogues const& catalogues,
                                      service::IntakeOffer const& offer);

// "Web developer – 14 September 2027 to 30 June 2028, Rue Gaucheret 88"
std::string offered_cohort_label(service::OfferedCohort const& offered, locale::Catalogue const& catalogue);

} // namespace tremplin::web

#pragma once

// The words the evaluations' pages share: a kind's name, the answers in the reader's language,
// and a competence named by the modules of her track that teach it.

#include "domain/evaluation.hpp"
#include "service/evaluation_service.hpp"
#include "web/context.hpp"

#include <string>

namespace tremplin::web::pages::evaluations {

std::string kind_label(Context const& context, domain::EvaluationKind kind);
// "B.1 (HTML, JavaScript)"
std::string competence_label(Context const& context, service::EvaluatedCompetence const& competence);
std::string rating_label(Context const& context, std::optional<domain::Rating> rating);
std::string would_hire_label(Context const& context, std::optional<domain::WouldHire> answer);
// "1 June 2026 – 26 June 2026"
std::string period_label(Context const& context, domain::Date from, domain::Date to);
// A stored timestamp in the centre's time zone.
std::string moment_label(Context const& context, std::string const& iso);

} // namespace tremplin::web::pages::evaluations

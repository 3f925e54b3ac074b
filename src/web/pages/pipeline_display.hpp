#pragma once

// What the pipeline and the page of one application both show: a stage's name, the days an
// application has waited in it, and the select that moves applications to another stage.

#include "locale/catalogue.hpp"
#include "service/application_service.hpp"
#include "web/template_value.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace tremplin::web {

std::string stage_label(locale::Catalogue const& catalogue, domain::ApplicationStage stage);

// Days since the stage was last changed ("2026-11-02T09:30:00Z"), or 0 when unreadable.
long long days_in_stage(service::ApplicationSummary const& application, domain::Date today);

// The move form's stage select: "Move the selected applications to…".
TemplateValue move_select(locale::Catalogue const& catalogue, std::string_view id,
                          std::optional<domain::ApplicationStage> current);

} // namespace tremplin::web

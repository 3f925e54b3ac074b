#include "web/pages/pipeline_display.hpp"

#include <algorithm>

namespace tremplin::web {

using domain::ApplicationStage;

std::string stage_label(locale::Catalogue const& catalogue, ApplicationStage stage)
{
    return std::string(catalogue.text("applications.stages." + std::string(domain::code_of(stage))));
}

long long days_in_stage(service::ApplicationSummary const& application, domain::Date today)
{
    auto const since = domain::Date::parse_iso(application.stage_changed_at.substr(0, 10));
    return since ? std::max(0L, today.days_since_epoch() - since->days_since_epoch()) : 0;
}

TemplateValue move_select(locale::Catalogue const& catalogue, std::string_view id,
                          std::optional<ApplicationStage> current)
{
    TemplateValue field = TemplateValue::object();
    field["id"] = std::string(id);
    field["name"] = std::string("stage");
    field["label"] = std::string(catalogue.text("applications.move.stage"));
    for (auto const stage : domain::all_values<ApplicationStage>()) {
        if (!domain::staff_may_move_to(stage) && current != stage)
            continue; // only a confirmed admission round decides an application
        auto& option = field["options"].append();
        option["value"] = std::string(domain::code_of(stage));
        option["label"] = stage_label(catalogue, stage);
        option["selected"] = current && *current == stage;
    }
    return field;
}

} // namespace tremplin::web

#include "web/pages/evaluation_display.hpp"

#include "domain/timestamp.hpp"
#include "web/pages/training_display.hpp"

namespace tremplin::web::pages::evaluations {

std::string kind_label(Context const& context, domain::EvaluationKind kind)
{
    return std::string(context.text("evaluations.kinds." + std::string(domain::code_of(kind))));
}

std::string competence_label(Context const& context, service::EvaluatedCompetence const& competence)
{
    std::string modules;
    for (auto const& module : competence.modules)
        modules += (modules.empty() ? "" : ", ") + in_reader_language(module, *context.catalogue);
    return modules.empty() ? competence.code : competence.code + " (" + modules + ")";
}

std::string rating_label(Context const& context, std::optional<domain::Rating> rating)
{
    if (!rating)
        return std::string(context.text("partners.not_given"));
    return std::string(context.text("evaluations.ratings." + std::string(domain::code_of(*rating))));
}

std::string would_hire_label(Context const& context, std::optional<domain::WouldHire> answer)
{
    if (!answer)
        return std::string(context.text("partners.not_given"));
    return std::string(
        context.text("evaluations.would_hire_answers." + std::string(domain::code_of(*answer))));
}

std::string period_label(Context const& context, domain::Date from, domain::Date to)
{
    return context.catalogue->format(
        "evaluations.period", {{"from", context.catalogue->date(from)}, {"to", context.catalogue->date(to)}});
}

std::string moment_label(Context const& context, std::string const& iso)
{
    auto const instant = domain::parse_iso_timestamp(iso);
    return instant ? context.catalogue->date_time(*instant, context.site.settings.time_zone) : iso;
}

} // namespace tremplin::web::pages::evaluations

#include "web/pages/admission_display.hpp"

#include "domain/timestamp.hpp"
#include "web/application.hpp"

namespace tremplin::web {

std::string local_time(Context const& context, std::string const& timestamp)
{
    auto const instant = domain::parse_iso_timestamp(timestamp);
    return instant ? context.catalogue->date_time(*instant, context.site.settings.time_zone) : timestamp;
}

std::string round_status_text(locale::Catalogue const& catalogue, domain::RoundStatus status)
{
    return std::string(catalogue.text(status == domain::RoundStatus::Draft ? "admission.status.draft"
                                                                           : "admission.status.confirmed"));
}

} // namespace tremplin::web

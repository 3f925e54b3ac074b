// The audit trail, for the director: who saw or changed what, and when.

#include "web/pages/audit_pages.hpp"

#include "web/application.hpp"
#include "web/paths.hpp"

#include <algorithm>

namespace tremplin::web::pages::audit {

domain::Result<Response> audit_page(Context& context, Services& services)
{
    service::AuditQuery query;
    if (auto participant = context.query_number("participant")) {
        query.subject_type = "participant";
        query.subject_id = participant;
    }
    query.page = static_cast<int>(std::clamp(context.query_number("page").value_or(1), 1LL, 1'000'000LL));
    auto const page = TRY(services.audit.browse(context.signed_in(), query));

    auto const& catalogue = *context.catalogue;
    TemplateValue data = TemplateValue::object();
    for (auto const& event : page.events) {
        auto& row = data["events"].append();
        auto const occurred_at = domain::parse_iso_timestamp(event.occurred_at);
        row["occurred_at"] = occurred_at ? catalogue.date_time(*occurred_at, context.site.settings.time_zone)
                                         : event.occurred_at;
        row["actor"] =
            event.actor_name.empty() ? std::string(catalogue.text("audit.system")) : event.actor_name;
        auto const action_key = "audit.actions." + event.action;
        row["action"] = catalogue.has(action_key) ? std::string(catalogue.text(action_key)) : event.action;
        row["subject_href"] = "";
        if (event.subject_type == "participant" && event.subject_id) {
            row["subject_href"] = paths::participant(*event.subject_id);
            row["subject"] = catalogue.format("audit.participant_subject", {{"id", *event.subject_id}});
        }
        row["detail"] = event.detail;
        row["remote_address"] = event.remote_address;
    }
    data["has_events"] = !page.events.empty();
    if (query.subject_id) {
        data["filtered"] = true;
        data["filter_label"] = catalogue.format("audit.filtered_by_participant", {{"id", *query.subject_id}});
    }
    auto page_href = [&](int number) {
        std::string href = "/audit?page=" + std::to_string(number);
        if (query.subject_id)
            href += "&participant=" + std::to_string(*query.subject_id);
        return href;
    };
    if (page.page > 1)
        data["previous_href"] = page_href(page.page - 1);
    if (page.has_next)
        data["next_href"] = page_href(page.page + 1);
    data["page_label"] = catalogue.format("pagination.page", {{"page", page.page}});
    return context.page("audit/index", context.text("audit.title"), std::move(data));
}

} // namespace tremplin::web::pages::audit

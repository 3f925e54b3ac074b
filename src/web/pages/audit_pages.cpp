// The audit trail, for the director: who saw or changed what, and when.

#include "web/pages/audit_pages.hpp"

#include "web/application.hpp"
#include "web/paths.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace tremplin::web::pages::audit {

namespace {

// A detail of named values ("rows=50 order=name", service/audit_entry.hpp) in the reader's
// language, each under its label `audit.details.<name>`; any other detail as it was written.
std::string readable_detail(locale::Catalogue const& catalogue, std::string const& detail)
{
    std::vector<std::pair<std::string, std::string>> values;
    std::size_t start = 0;
    while (start < detail.size()) {
        auto end = detail.find(' ', start);
        if (end == std::string::npos)
            end = detail.size();
        auto const item = detail.substr(start, end - start);
        auto const equals = item.find('=');
        if (equals == std::string::npos || !catalogue.has("audit.details." + item.substr(0, equals)))
            return detail;
        values.emplace_back(item.substr(0, equals), item.substr(equals + 1));
        start = end + 1;
    }
    std::string readable;
    for (auto const& [name, value] : values) {
        if (!readable.empty())
            readable += ", ";
        auto const key = "audit.details." + name;
        bool const number = !value.empty() && value.size() < 19 &&
                            std::ranges::all_of(value, [](char c) { return c >= '0' && c <= '9'; });
        if (number && name != "intake" && name != "cohort")
            readable += catalogue.format(key, {{"value", std::stoll(value)}});
        else if (name == "stage" && catalogue.has("applications.stages." + value))
            readable += catalogue.format(
                key, {{"value", std::string(catalogue.text("applications.stages." + value))}});
        else
            readable += catalogue.format(key, {{"value", value}});
    }
    return readable;
}

} // namespace

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
        } else if (event.subject_type == "cohort" && event.subject_id) {
            row["subject_href"] = paths::cohort(*event.subject_id);
            row["subject"] = catalogue.format("audit.cohort_subject", {{"id", *event.subject_id}});
        } else if (event.subject_type == "lesson" && event.subject_id) {
            row["subject_href"] = paths::lesson_attendance(*event.subject_id);
            row["subject"] = catalogue.format("audit.lesson_subject", {{"id", *event.subject_id}});
        } else if (event.subject_type == "application" && event.subject_id) {
            row["subject_href"] = paths::application(*event.subject_id);
            row["subject"] = catalogue.format("audit.application_subject", {{"id", *event.subject_id}});
        }
        row["detail"] = readable_detail(catalogue, event.detail);
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

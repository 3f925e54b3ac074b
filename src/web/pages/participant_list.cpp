// The participant list: a page of everyone in name or update order, or of a search.

#include "web/pages/participant_display.hpp"
#include "web/pages/participant_pages.hpp"
#include "web/paths.hpp"

#include <algorithm>

namespace tremplin::web::pages::participants {

namespace {

// The table of a page of results, and the sentence saying what it shows.
domain::Result<std::shared_ptr<RenderedResults const>>

render_results(Context& context, Services& services, service::ParticipantListQuery const& query, int page,
               std::string const& sort)
{
    auto const list = TRY(services.participants.list(context.signed_in(), query));
    auto const& catalogue = *context.catalogue;
    TemplateValue data = TemplateValue::object();
    for (auto const& row : list.rows) {
        auto& item = data["rows"].append();
        item["href"] = paths::participant(row.id);
        item["name"] = row.last_name + ", " + row.first_name;
        item["birth_date"] = optional_date(catalogue, row.birth_date);
        item["phone"] = row.phone;
        item["email"] = row.email;
        item["municipality"] = municipality_of(catalogue, row.municipality, row.postcode);
    }
    data["has_rows"] = !list.rows.empty();
    auto page_href = [&](int number) {
        return "/participants?q=" + url_encode(query.search) + "&sort=" + sort +
               "&page=" + std::to_string(number);
    };
    if (page > 1)
        data["previous_href"] = page_href(page - 1);
    if (list.has_more)
        data["next_href"] = page_href(page + 1);
    data["page_label"] = catalogue.format("pagination.page", {{"page", page}});

    auto const count = static_cast<long long>(list.rows.size());
    auto results = std::make_shared<RenderedResults>();
    results->rows = list.rows.size();
    results->status = query.search.empty()
                          ? catalogue.format("participants.list.status", {{"count", count}, {"page", page}})
                          : catalogue.format("participants.list.search_status",
                                             {{"count", count}, {"query", query.search}});
    results->table_html = context.site.templates.render("participants/_table", data, catalogue);
    return std::shared_ptr<RenderedResults const>(std::move(results));
}

} // namespace

domain::Result<Response> participant_list(Context& context, Services& services)
{
    constexpr int page_size = 50;
    service::ParticipantListQuery query;
    query.search = std::string(context.query.get("q"));
    query.order = context.query.get("sort") == "recent" ? service::ParticipantOrder::RecentlyUpdated
                                                        : service::ParticipantOrder::Name;
    std::string const sort = query.order == service::ParticipantOrder::Name ? "name" : "recent";
    int const page = static_cast<int>(std::clamp(context.query_number("page").value_or(1), 1LL, 1'000'000LL));
    query.offset = (page - 1) * page_size;
    query.limit = page_size;

    // The results are rendered again only when the register changed since they were last shown.
    auto const state = TRY(services.participants.register_state(context.signed_in()));
    auto const key = std::to_string(context.signed_in().organisation_id()) + "|" +
                     std::to_string(state.version) + "|" + context.catalogue->language() + "|" + sort + "|" +
                     std::to_string(page) + "|" + query.search;
    auto& cache = context.site.caches.participant_results;
    auto results = cache.find(key);
    if (!results) {
        results = TRY(render_results(context, services, query, page, sort));
        cache.keep(key, results);
    } else {
        TRY(services.participants.shown_again(context.signed_in(), query, results->rows));
    }

    TemplateValue data = TemplateValue::object();
    data["q"] = query.search;
    data["sorted_by_name"] = query.order == service::ParticipantOrder::Name;
    data["can_create"] = state.may_add;
    if (state.possible_matches > 0) {
        data["matches_href"] = paths::possible_matches();
        data["matches_text"] =
            context.catalogue->format("possible_matches.to_review", {{"count", state.possible_matches}});
    }
    data["status"] = results->status;
    data["table_html"] = results->table_html;
    if (context.is_htmx() && context.request.header("hx-target") == "participant-results")
        return context.fragment("participants/_results", data);
    return context.page("participants/index", context.text("participants.list.title"), std::move(data));
}

} // namespace tremplin::web::pages::participants

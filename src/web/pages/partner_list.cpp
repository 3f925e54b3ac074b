// The partners: a page of them in name order, found by words of their name or commune or by an
// enterprise number, filtered by kind, sector, commune and tag; a plain GET form, without JavaScript.

#include "domain/text.hpp"
#include "web/pages/partner_display.hpp"
#include "web/pages/partner_pages.hpp"
#include "web/paths.hpp"

#include <algorithm>

namespace tremplin::web::pages::partners {

namespace {

// The filter's choices with the one chosen marked.
TemplateValue filter_options(std::vector<Choice> const& choices, std::string_view chosen)
{
    TemplateValue options = TemplateValue::list();
    for (auto const& choice : choices) {
        auto& option = options.append();
        option["value"] = choice.value;
        option["label"] = choice.label;
        option["selected"] = choice.value == chosen;
    }
    return options;
}

} // namespace

domain::Result<Response> partner_list(Context& context, Services& services)
{
    constexpr int page_size = 50;
    service::PartnerListQuery query;
    query.search = std::string(domain::trimmed(context.query.get("q")));
    auto const kind = std::string(context.query.get("kind"));
    query.kind = domain::from_code<domain::PartnerKind>(kind);
    query.nace_section = std::string(context.query.get("sector"));
    if (!domain::is_nace_section(query.nace_section))
        query.nace_section.clear();
    query.commune = std::string(context.query.get("commune"));
    query.tag = std::string(context.query.get("tag"));
    auto const hosted = std::string(context.query.get("hosted"));
    if (hosted == "ever")
        query.hosted_in = 0;
    else if (auto const year = domain::whole_number(hosted); year && *year >= 2000 && *year <= 2100)
        query.hosted_in = static_cast<int>(*year);
    int const page = static_cast<int>(std::clamp(context.query_number("page").value_or(1), 1LL, 1'000'000LL));
    query.offset = (page - 1) * page_size;
    query.limit = page_size;
    auto const list = TRY(services.partners.list(context.signed_in(), query));

    auto const& catalogue = *context.catalogue;
    TemplateValue data = TemplateValue::object();
    data["q"] = query.search;
    data["can_create"] = list.may.manage;
    data["kinds"] = filter_options(kind_choices(context), query.kind ? kind : "");
    data["sectors"] = filter_options(sector_choices(context), query.nace_section);
    std::vector<Choice> communes;
    for (auto const& commune : list.communes)
        communes.push_back({commune, commune, {}});
    data["communes"] = filter_options(communes, query.commune);
    std::vector<Choice> tags;
    for (auto const& tag : list.tags)
        tags.push_back({tag.key, tag.tag, {}});
    data["tags"] = filter_options(tags, query.tag);
    // The years a coordinator asks about: this one, the last, and since the records began.
    std::vector<Choice> years;
    for (int year : {list.this_year, list.this_year - 1})
        years.push_back({std::to_string(year),
                         catalogue.format("partners.list.hosted_in", {{"year", std::to_string(year)}}),
                         {}});
    years.push_back({"ever", std::string(catalogue.text("partners.list.hosted_ever")), {}});
    auto const hosted_chosen = !query.hosted_in   ? std::string()
                               : *query.hosted_in ? std::to_string(*query.hosted_in)
                                                  : "ever";
    data["hosted"] = filter_options(years, hosted_chosen);
    // A year is a name here, not a quantity: "2026", never "2.026".
    data["hosting"] = catalogue.format("partners.list.hosting", {{"year", std::to_string(list.this_year)},
                                                                 {"count", list.hosting.in_year},
                                                                 {"ever", list.hosting.ever}});
    data["hosted_this_year_href"] = "/partners?hosted=" + std::to_string(list.this_year);
    for (auto const& line : list.rows) {
        auto const& partner = line.partner;
        auto& row = data["rows"].append();
        row["href"] = paths::partner(partner.id);
        row["name"] = partner.name;
        row["kind"] = kind_label(context, partner.kind);
        row["sector"] = sector_label(context, partner.nace_section);
        row["commune"] = partner.commune;
        row["enterprise_number"] = partner.enterprise_number;
        row["contacts"] = line.contacts;
        row["tags"] = domain::tags_typed(partner.tags);
    }
    data["has_rows"] = !list.rows.empty();
    auto page_href = [&](int number) {
        return "/partners?q=" + url_encode(query.search) + "&kind=" + url_encode(query.kind ? kind : "") +
               "&sector=" + url_encode(query.nace_section) + "&commune=" + url_encode(query.commune) +
               "&tag=" + url_encode(query.tag) + "&hosted=" + url_encode(hosted_chosen) +
               "&page=" + std::to_string(number);
    };
    if (page > 1)
        data["previous_href"] = page_href(page - 1);
    if (list.has_more)
        data["next_href"] = page_href(page + 1);
    data["page_label"] = catalogue.format("pagination.page", {{"page", page}});
    data["status"] = catalogue.format("partners.list.status",
                                      {{"count", static_cast<long long>(list.rows.size())}, {"page", page}});
    return context.page("partners/index", context.text("partners.title"), std::move(data));
}

} // namespace tremplin::web::pages::partners

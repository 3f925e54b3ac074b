// Every offer of the centre's partners, the latest first, filtered by status and track; a plain
// GET form, without JavaScript.

#include "web/pages/offer_display.hpp"
#include "web/pages/offer_pages.hpp"
#include "web/pages/training_display.hpp"
#include "web/paths.hpp"

#include <algorithm>

namespace tremplin::web::pages::offers {

domain::Result<Response> offer_list(Context& context, Services& services)
{
    constexpr int page_size = 50;
    service::OfferListQuery query;
    auto const status = std::string(context.query.get("status"));
    query.status = domain::from_code<domain::OfferStatus>(status);
    query.track_id = std::max(0LL, context.query_number("track").value_or(0));
    int const page = static_cast<int>(std::clamp(context.query_number("page").value_or(1), 1LL, 1'000'000LL));
    query.offset = (page - 1) * page_size;
    query.limit = page_size;
    auto const list = TRY(services.offers.list(context.signed_in(), query));

    auto const& catalogue = *context.catalogue;
    TemplateValue data = TemplateValue::object();
    for (auto const value : domain::all_values<domain::OfferStatus>()) {
        auto& option = data["statuses"].append();
        option["value"] = std::string(domain::code_of(value));
        option["label"] = status_label(context, value);
        option["selected"] = query.status == value;
    }
    for (auto const& track : list.tracks) {
        auto& option = data["tracks"].append();
        option["value"] = track.id;
        option["label"] = track.code + " – " + in_reader_language(track.name, catalogue);
        option["selected"] = query.track_id == track.id;
    }
    for (auto const& line : list.rows) {
        auto const& offer = line.offer;
        auto& row = data["rows"].append();
        row["href"] = paths::offer(offer.id);
        row["title"] = offer.title;
        row["partner"] = line.partner_name;
        row["tracks"] = track_codes(list.tracks, offer.track_ids);
        row["places"] = static_cast<long long>(offer.places);
        row["period"] = period_of(context, offer);
        row["status"] = status_label(context, offer.status);
    }
    data["has_rows"] = !list.rows.empty();
    auto page_href = [&](int number) {
        return paths::offers() + "?status=" + url_encode(query.status ? status : "") +
               "&track=" + (query.track_id ? std::to_string(query.track_id) : std::string()) +
               "&page=" + std::to_string(number);
    };
    if (page > 1)
        data["previous_href"] = page_href(page - 1);
    if (list.has_more)
        data["next_href"] = page_href(page + 1);
    data["page_label"] = catalogue.format("pagination.page", {{"page", page}});
    data["status"] = catalogue.format("offers.list.status",
                                      {{"count", static_cast<long long>(list.rows.size())}, {"page", page}});
    return context.page("offers/index", context.text("offers.title"), std::move(data));
}

} // namespace tremplin::web::pages::offers

// Training hours of a year: attended in all, by track and by funder, and the share of teaching
// hours given by women (parity). Figures only: funders and auditors may read this page.

#include "web/pages/hours_pages.hpp"

#include "web/application.hpp"

namespace tremplin::web::pages::hours {

namespace {

std::string percent_of(Context const& context, domain::TeachingParity const& parity)
{
    auto const percent = parity.percent_by_women();
    return percent ? context.catalogue->format("cohorts.percent", {{"value", *percent}}) : std::string("–");
}

} // namespace

domain::Result<Response> training_hours(Context& context, Services& services)
{
    auto const today = services.training.attendance.clock().today();
    auto const year = static_cast<int>(context.query_number("year").value_or(today.year()));
    auto const hours = TRY(services.training.attendance.centre_hours(context.signed_in(), year));
    TemplateValue data = TemplateValue::object();
    data["previous_href"] = "/training-hours?year=" + std::to_string(year - 1);
    data["next_href"] = "/training-hours?year=" + std::to_string(year + 1);
    data["total"] = domain::hours_of(hours.minutes);
    data["parity"] = percent_of(context, hours.parity);
    data["has_tracks"] = !hours.by_track.empty();
    for (auto const& line : hours.by_track) {
        auto& row = data["tracks"].append();
        row["track"] = line.track_code;
        row["hours"] = domain::hours_of(line.minutes_attended);
        row["parity"] = percent_of(context, line.parity);
    }
    data["has_funders"] = !hours.by_funder.empty();
    for (auto const& line : hours.by_funder) {
        auto& row = data["funders"].append();
        row["funder"] = line.key.empty() ? std::string(context.text("hours.no_funder")) : line.key;
        row["hours"] = domain::hours_of(line.minutes);
    }
    auto const title = context.catalogue->format("hours.title", {{"year", std::to_string(year)}});
    return context.page("hours/index", title, std::move(data));
}

} // namespace tremplin::web::pages::hours

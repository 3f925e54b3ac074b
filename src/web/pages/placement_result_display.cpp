// What a run placement round gave: who is placed where, who is not and why, the pairs the rules
// left out, and the forms that adjust one result and confirm the round.
// docs/domain.md "Placement round"

#include "web/pages/placement_display.hpp"
#include "web/paths.hpp"

#include <algorithm>

namespace tremplin::web::pages::placement {

namespace {

bool wished_for(service::PlacementPage const& page, long long enrolment_id, long long offer_id)
{
    for (auto const& trainee : page.trainees)
        if (trainee.enrolment.enrolment.id == enrolment_id)
            return std::ranges::find(trainee.wishes, offer_id) != trainee.wishes.end();
    return false;
}

// The form that gives her another offer of the round, or none, for a reason.
TemplateValue adjustment_form(Shown const& shown, store::PlacementResult const& result)
{
    auto const& catalogue = *shown.context.catalogue;
    auto const form_id = "adjust-" + std::to_string(result.enrolment_id);
    TemplateValue form = TemplateValue::object();
    form["action"] = paths::cohort_placement(shown.page.cohort.id, "/adjustments");
    form["id"] = form_id;
    form["enrolment_id"] = result.enrolment_id;
    auto& options = form["options"];
    auto& none = options.append();
    none["value"] = "";
    none["label"] = std::string(catalogue.text("placement.adjust_unplaced"));
    none["selected"] = !result.offer_id;
    for (auto const& line : shown.page.offers) {
        if (line.offer.status != domain::OfferStatus::Open)
            continue;
        auto& item = options.append();
        item["value"] = std::to_string(line.offer.id);
        item["label"] = shown.offer_name(line.offer.id);
        item["selected"] = result.offer_id == line.offer.id;
    }
    shown.add_error(form, form_id);
    if (form.field("error_id") && shown.refused.errors.front().field == "reason")
        form["reason_error"] = true;
    return form;
}

} // namespace

TemplateValue result_view(Shown const& shown)
{
    auto const& catalogue = *shown.context.catalogue;
    auto const& page = shown.page;
    auto const& round = *page.round;
    TemplateValue data = TemplateValue::object();
    long long placed = 0;
    for (auto const& result : round.results) {
        auto& row = result.offer_id ? data["placed"].append() : data["unplaced"].append();
        row["name"] = shown.trainee_name(result.enrolment_id);
        if (result.offer_id) {
            ++placed;
            row["offer"] = shown.offer_name(*result.offer_id);
        } else {
            row["why"] = result.adjusted
                             ? std::string(catalogue.text("placement.unplaced.adjusted"))
                             : std::string(catalogue.text("placement.unplaced." + result.unplaced));
        }
        if (result.adjusted)
            row["reason"] = result.adjustment_reason;
        if (shown.changeable)
            row["adjust"] = adjustment_form(shown, result);
    }
    data["has_placed"] = placed > 0;
    data["has_unplaced"] = placed < static_cast<long long>(round.results.size());
    data["counts"] = catalogue.format(
        "placement.counts", {{"placed", placed}, {"trainees", static_cast<long long>(round.results.size())}});
    // The pairs that explain a result: the offers she wished for and was left out of.
    for (auto const& excluded : round.exclusions) {
        if (!wished_for(page, excluded.enrolment_id, excluded.offer_id))
            continue;
        auto& row = data["exclusions"].append();
        row["name"] = shown.trainee_name(excluded.enrolment_id);
        row["offer"] = shown.offer_name(excluded.offer_id);
        row["why"] = std::string(
            catalogue.text("placement.exclusions." + std::string(domain::code_of(excluded.reason))));
    }
    data["has_exclusions"] = data.field("exclusions") != nullptr;
    if (shown.changeable && round.status == domain::PlacementRoundStatus::Run) {
        data["confirm"]["action"] = paths::cohort_placement(page.cohort.id, "/confirmation");
        shown.add_error(data["confirm"], "confirm");
    }
    return data;
}

} // namespace tremplin::web::pages::placement

#include "web/pages/placement_display.hpp"

#include "web/pages/language_choices.hpp"
#include "web/pages/offer_display.hpp"
#include "web/paths.hpp"

#include <algorithm>
#include <array>

namespace tremplin::web::pages::placement {

namespace {

// docs/domain.md "Placement round": up to three wishes, first first, each with its label.
constexpr std::array<std::string_view, 3> wish_labels{"placement.wish_1", "placement.wish_2",
                                                      "placement.wish_3"};

TemplateValue option(std::string value, std::string label, bool selected)
{
    TemplateValue item = TemplateValue::object();
    item["value"] = std::move(value);
    item["label"] = std::move(label);
    item["selected"] = selected;
    return item;
}

// The offers of the round she may be given, after a blank choice labelled `blank`.
TemplateValue offer_options(Shown const& shown, std::string blank, std::optional<long long> chosen)
{
    TemplateValue options = TemplateValue::list();
    options.append(option("", std::move(blank), !chosen));
    for (auto const& line : shown.page.offers)
        if (line.offer.status == domain::OfferStatus::Open)
            options.append(option(std::to_string(line.offer.id), shown.offer_name(line.offer.id),
                                  chosen == line.offer.id));
    return options;
}

std::vector<service::PlacementTraineeLine const*> candidates_for(service::PlacementPage const& page,
                                                                 long long offer_id)
{
    std::vector<service::PlacementTraineeLine const*> candidates;
    for (auto const& trainee : page.trainees)
        if (std::ranges::find(trainee.wishes, offer_id) != trainee.wishes.end())
            candidates.push_back(&trainee);
    return candidates;
}

domain::HostView const* view_of(service::PlacementPage const& page, long long offer_id,
                                long long enrolment_id)
{
    auto const& views = page.round->host_views;
    auto const at = std::ranges::find_if(views, [&](domain::HostView const& view) {
        return view.offer_id == offer_id && view.enrolment_id == enrolment_id;
    });
    return at == views.end() ? nullptr : &*at;
}

std::string view_text(Shown const& shown, domain::HostView const* view)
{
    auto const& catalogue = *shown.context.catalogue;
    if (!view)
        return std::string(catalogue.text("placement.views.none"));
    if (view->refused)
        return std::string(catalogue.text("placement.views.refused"));
    return catalogue.format("placement.views.rank",
                            {{"rank", static_cast<long long>(view->rank.value_or(0))}});
}

} // namespace

std::string Shown::trainee_name(long long enrolment_id) const
{
    for (auto const& trainee : page.trainees)
        if (trainee.enrolment.enrolment.id == enrolment_id)
            return trainee.enrolment.first_name + " " + trainee.enrolment.last_name;
    return std::to_string(enrolment_id);
}

std::string Shown::offer_name(long long offer_id) const
{
    for (auto const& line : page.offers)
        if (line.offer.id == offer_id)
            return line.partner_name + " – " + line.offer.title;
    return std::to_string(offer_id);
}

void Shown::add_error(TemplateValue& form, std::string const& form_id) const
{
    if (refused.form_id != form_id || refused.errors.empty())
        return;
    form["error"] = std::string(context.catalogue->text(refused.errors.front().message_key));
    form["error_id"] = form_id + "-error";
}

TemplateValue trainees_view(Shown const& shown)
{
    auto const& catalogue = *shown.context.catalogue;
    auto const round_id = shown.page.round->id;
    TemplateValue rows = TemplateValue::list();
    for (auto const& trainee : shown.page.trainees) {
        auto const enrolment_id = trainee.enrolment.enrolment.id;
        auto& row = rows.append();
        row["name"] = shown.trainee_name(enrolment_id);
        row["consent_missing"] = !trainee.shares_with_employers;
        row["languages"] = offers::language_names(shown.context, trainee.languages);
        for (auto const offer_id : trainee.wishes)
            row["wishes"].append(TemplateValue(shown.offer_name(offer_id)));
        row["has_wishes"] = !trainee.wishes.empty();
        if (!shown.changeable)
            continue;
        auto const form_id = "wishes-" + std::to_string(enrolment_id);
        auto& form = row["form"];
        form["action"] = paths::cohort_placement(shown.page.cohort.id, "/wishes");
        form["id"] = form_id;
        form["round_id"] = round_id;
        form["enrolment_id"] = enrolment_id;
        for (int rank = 1; rank <= static_cast<int>(wish_labels.size()); ++rank) {
            auto& select = form["selects"].append();
            select["id"] = form_id + "-wish_" + std::to_string(rank);
            select["name"] = "wish_" + std::to_string(rank);
            select["label"] = std::string(catalogue.text(wish_labels[rank - 1]));
            auto const chosen = static_cast<std::size_t>(rank) <= trainee.wishes.size()
                                    ? std::optional(trainee.wishes[rank - 1])
                                    : std::nullopt;
            select["options"] =
                offer_options(shown, std::string(catalogue.text("placement.no_wish")), chosen);
        }
        for (auto const& language : language_choices(shown.context)) {
            auto& box = form["languages"].append();
            box["id"] = form_id + "-languages-" + language.value;
            box["value"] = language.value;
            box["label"] = language.label;
            box["lang"] = language.lang;
            box["checked"] = std::ranges::find(trainee.languages, language.value) != trainee.languages.end();
        }
        shown.add_error(form, form_id);
    }
    return rows;
}

TemplateValue offers_view(Shown const& shown)
{
    auto const& catalogue = *shown.context.catalogue;
    auto const& page = shown.page;
    TemplateValue rows = TemplateValue::list();
    for (auto const& line : page.offers) {
        auto const& offer = line.offer;
        auto& row = rows.append();
        row["name"] = shown.offer_name(offer.id);
        row["href"] = paths::offer(offer.id);
        row["places"] = static_cast<long long>(offer.places);
        row["period"] = offers::period_of(shown.context, offer);
        row["languages"] = offers::language_names(shown.context, offer.languages);
        if (offer.status != domain::OfferStatus::Open)
            row["closed"] = offers::status_label(shown.context, offer.status);
        if (auto const more = page.more_with_one_place.find(offer.id); more != page.more_with_one_place.end())
            row["one_more"] = catalogue.format("placement.one_more_place",
                                               {{"count", static_cast<long long>(more->second)}});
        auto const candidates = candidates_for(page, offer.id);
        row["has_candidates"] = !candidates.empty();
        auto const form_id = "views-" + std::to_string(offer.id);
        for (auto const* candidate : candidates) {
            auto const enrolment_id = candidate->enrolment.enrolment.id;
            auto const* view = view_of(page, offer.id, enrolment_id);
            auto& item = row["candidates"].append();
            item["name"] = shown.trainee_name(enrolment_id);
            item["view"] = view_text(shown, view);
            item["id"] = form_id + "-view_" + std::to_string(enrolment_id);
            item["field"] = "view_" + std::to_string(enrolment_id);
            auto& options = item["options"];
            options.append(option("", std::string(catalogue.text("placement.views.none")), !view));
            for (std::size_t rank = 1; rank <= candidates.size(); ++rank)
                options.append(
                    option(std::to_string(rank),
                           catalogue.format("placement.views.rank", {{"rank", static_cast<long long>(rank)}}),
                           view && view->rank == static_cast<int>(rank)));
            options.append(option("refused", std::string(catalogue.text("placement.views.refused")),
                                  view && view->refused));
        }
        if (shown.changeable && !candidates.empty()) {
            auto& form = row["form"];
            form["action"] = paths::cohort_placement(page.cohort.id, "/views");
            form["id"] = form_id;
            form["offer_id"] = offer.id;
            shown.add_error(form, form_id);
        }
    }
    return rows;
}

} // namespace tremplin::web::pages::placement

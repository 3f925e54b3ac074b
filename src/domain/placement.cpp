#include "domain/placement.hpp"

#include <algorithm>

namespace tremplin::domain {

namespace {

template <class Range, class T> bool holds(Range const& range, T const& value)
{
    return std::ranges::find(range, value) != std::ranges::end(range);
}

} // namespace

HostView const* host_view(PlacementRound const& round, long long offer_id, long long enrolment_id)
{
    auto const found = std::ranges::find_if(round.host_views, [&](HostView const& view) {
        return view.offer_id == offer_id && view.enrolment_id == enrolment_id;
    });
    return found == round.host_views.end() ? nullptr : &*found;
}

std::optional<PlacementExclusion>
placement_exclusion(PlacementRound const& round, PlacementTrainee const& trainee, PlacementOffer const& offer)
{
    // Without her consent no host may see her name: she is proposed to none (GDPR Art. 6(1)(a)).
    if (!trainee.shares_with_employers)
        return PlacementExclusion::NoConsentToShare;
    if (!holds(offer.track_ids, trainee.track_id))
        return PlacementExclusion::TrackNotSuited;
    for (auto const& language : offer.languages_required)
        if (!holds(trainee.languages, language))
            return PlacementExclusion::LanguageMissing;
    if (round.period.starts_on < offer.starts_on || offer.ends_on < round.period.ends_on)
        return PlacementExclusion::DatesOutsidePeriod;
    if (auto const* view = host_view(round, offer.offer_id, trainee.enrolment_id); view && view->refused)
        return PlacementExclusion::RefusedByHost;
    return std::nullopt;
}

} // namespace tremplin::domain

#include "service/placement_round_state.hpp"

#include "store/cohort_repository.hpp"
#include "store/participant_repository.hpp"
#include "store/partner_repository.hpp"

#include <algorithm>

namespace tremplin::service {

using domain::found;

bool takes_part(domain::EnrolmentStage stage)
{
    return stage != domain::EnrolmentStage::Withdrawn && stage != domain::EnrolmentStage::Transferred;
}

domain::Result<PlacementRoundState> placement_state(UnitOfWork& unit, store::StoredPlacementRound stored)
{
    auto const centre = unit.organisation_id();
    PlacementRoundState state;
    state.cohort = TRY(found(unit.repository<store::CohortRepository>().find(centre, stored.cohort_id)));
    state.round.period = state.cohort.traineeship.value_or(domain::TraineeshipPeriod{});

    for (auto& view : unit.repository<store::EnrolmentRepository>().of_cohort(centre, stored.cohort_id))
        if (takes_part(view.enrolment.stage))
            state.enrolments.push_back(std::move(view));
    std::vector<long long> participant_ids;
    for (auto const& view : state.enrolments)
        participant_ids.push_back(view.enrolment.participant_id);
    auto const participants =
        unit.repository<store::ParticipantRepository>().find_each(centre, participant_ids);
    for (auto const& view : state.enrolments) {
        auto const id = view.enrolment.id;
        domain::PlacementTrainee trainee{.enrolment_id = id, .track_id = state.cohort.track_id};
        if (auto const participant = participants.find(view.enrolment.participant_id);
            participant != participants.end()) {
            auto const consent = participant->second.consent(domain::ConsentKind::ShareWithEmployers);
            trainee.shares_with_employers = consent && consent->given;
            // docs/design.md "Placement rounds": her preferred language until staff say more.
            trainee.languages = {participant->second.preferred_language};
        }
        if (auto const set = stored.languages.find(id); set != stored.languages.end())
            trainee.languages = set->second;
        if (auto const wishes = stored.wishes.find(id); wishes != stored.wishes.end())
            trainee.wishes = wishes->second;
        state.round.trainees.push_back(std::move(trainee));
    }

    auto offers = unit.repository<store::OfferRepository>();
    auto partners = unit.repository<store::PartnerRepository>();
    for (auto const offer_id : stored.offer_ids) {
        auto offer = offers.find(centre, offer_id);
        if (!offer)
            continue;
        auto const partner = partners.find(centre, offer->partner_id);
        if (offer->status == domain::OfferStatus::Open)
            state.round.offers.push_back({.offer_id = offer->id,
                                          .places = offer->places,
                                          .track_ids = offer->track_ids,
                                          .languages_required = offer->languages,
                                          .starts_on = offer->starts_on,
                                          .ends_on = offer->ends_on});
        state.offers.push_back({std::move(*offer), partner ? partner->name : std::string()});
    }
    state.round.host_views = stored.host_views;
    state.stored = std::move(stored);
    return state;
}

domain::Error placement_problem(std::string field, std::string message_key)
{
    return domain::Error::invalid({{std::move(field), std::move(message_key)}});
}

domain::Result<PlacementRoundState> round_state(UnitOfWork& unit, long long round_id)
{
    auto stored =
        TRY(found(unit.repository<store::PlacementRepository>().find(unit.organisation_id(), round_id)));
    return placement_state(unit, std::move(stored));
}

domain::Result<PlacementRoundState> changeable_round(UnitOfWork& unit, long long round_id)
{
    auto state = TRY(round_state(unit, round_id));
    if (state.stored.status == domain::PlacementRoundStatus::Confirmed)
        return domain::fail(placement_problem("round", "errors.placement.confirmed"));
    return state;
}

domain::PlacementTrainee const* trainee_of(domain::PlacementRound const& round, long long enrolment_id)
{
    auto const at = std::ranges::find(round.trainees, enrolment_id, &domain::PlacementTrainee::enrolment_id);
    return at == round.trainees.end() ? nullptr : &*at;
}

domain::PlacementOffer const* offer_of(domain::PlacementRound const& round, long long offer_id)
{
    auto const at = std::ranges::find(round.offers, offer_id, &domain::PlacementOffer::offer_id);
    return at == round.offers.end() ? nullptr : &*at;
}

} // namespace tremplin::service

// What happens to a placement round once it has run: a result adjusted by hand, the
// confirmation that makes the traineeships, and the round given to `tremplin match`.
// docs/domain.md "Placement round"

#include "service/placement_round_service.hpp"
#include "service/placement_round_state.hpp"
#include "service/traineeship_service.hpp"
#include "store/cohort_repository.hpp"
#include "store/offer_repository.hpp"
#include "store/placement_repository.hpp"

#include <algorithm>
#include <map>

namespace tremplin::service {

using domain::fail;
using domain::found;
using domain::Permission;
using domain::PlacementRoundStatus;
using domain::Result;

namespace {

constexpr std::size_t longest_reason = 500;

std::string trimmed(std::string const& text)
{
    auto const first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// The traineeship a placement makes: her cohort's period within the offer's, with its partner,
// its tutor and its hours.
domain::Traineeship traineeship_for(long long enrolment_id, domain::TraineeshipPeriod const& period,
                                    domain::Offer const& offer)
{
    domain::Traineeship traineeship;
    traineeship.enrolment_id = enrolment_id;
    traineeship.partner_id = offer.partner_id;
    traineeship.offer_id = offer.id;
    traineeship.tutor_contact_id = offer.tutor_contact_id.value_or(0);
    traineeship.starts_on = std::max(period.starts_on, offer.starts_on);
    traineeship.ends_on = std::min(period.ends_on, offer.ends_on);
    traineeship.hours_per_week = offer.hours_per_week;
    return traineeship;
}

} // namespace

Result<void> PlacementRoundService::adjust(Actor const& actor, long long round_id, long long enrolment_id,
                                           std::optional<long long> offer_id, std::string const& reason)
{
    return m_units.write(actor, Permission::ManagePartners, [&](UnitOfWork& unit) -> Result<void> {
        auto const state = TRY(changeable_round(unit, round_id));
        auto const& stored = state.stored;
        if (stored.status != PlacementRoundStatus::Run)
            return fail(placement_problem("adjust", "errors.placement.not_run"));
        auto const result =
            std::ranges::find(stored.results, enrolment_id, &store::PlacementResult::enrolment_id);
        auto const* trainee = trainee_of(state.round, enrolment_id);
        if (result == stored.results.end() || !trainee)
            return fail(placement_problem("adjust", "errors.placement.not_a_trainee"));
        auto const why = trimmed(reason);
        if (why.empty())
            return fail(placement_problem("reason", "errors.placement.reason_missing"));
        if (why.size() > longest_reason)
            return fail(placement_problem("reason", "errors.placement.reason_too_long"));
        if (offer_id) {
            auto const* offer = offer_of(state.round, *offer_id);
            if (!offer)
                return fail(placement_problem("offer", "errors.placement.offer_not_in_round"));
            // The rules still hold: an adjustment chooses among the offers she may go to.
            if (domain::placement_exclusion(state.round, *trainee, *offer))
                return fail(placement_problem("offer", "errors.placement.offer_excluded"));
            auto const taken =
                std::ranges::count_if(stored.results, [&](store::PlacementResult const& other) {
                    return other.enrolment_id != enrolment_id && other.offer_id == offer_id;
                });
            if (taken >= offer->places)
                return fail(placement_problem("offer", "errors.placement.no_place_left"));
        }
        unit.repository<store::PlacementRepository>().adjust(
            round_id, {.enrolment_id = enrolment_id, .offer_id = offer_id, .adjustment_reason = why});
        // The reason is staff's own words about her: it stays with the result, not in the trail.
        unit.audit({"placement_round.result_adjusted", "enrolment", enrolment_id,
                    "round " + std::to_string(round_id) + ", " +
                        (offer_id ? "offer " + std::to_string(*offer_id) : std::string("unplaced"))});
        return {};
    });
}

Result<void> PlacementRoundService::confirm(Actor const& actor, long long round_id)
{
    return m_units.write(actor, Permission::ManagePartners, [&](UnitOfWork& unit) -> Result<void> {
        auto state = TRY(changeable_round(unit, round_id));
        auto& stored = state.stored;
        if (stored.status != PlacementRoundStatus::Run)
            return fail(placement_problem("confirm", "errors.placement.not_run"));
        auto const period = *state.cohort.traineeship;
        int made = 0;
        std::map<long long, int> taken; // offer -> places the round filled
        for (auto& result : stored.results) {
            if (!result.offer_id)
                continue;
            auto const line = std::ranges::find_if(state.offers, [&](store::OfferLine const& offer) {
                return offer.offer.id == *result.offer_id;
            });
            if (line == state.offers.end())
                return fail(placement_problem("confirm", "errors.placement.offer_not_in_round"));
            auto const made_one =
                record_traineeship_in(unit, traineeship_for(result.enrolment_id, period, line->offer));
            if (!made_one) // one refused: none is made
                return fail(placement_problem("confirm", made_one.error().fields.empty()
                                                             ? made_one.error().message_key
                                                             : made_one.error().fields.front().message_key));
            result.traineeship_id = *made_one;
            ++made;
            ++taken[line->offer.id];
        }
        // An offer whose every place went to the round is filled: no other round offers it again.
        auto offers = unit.repository<store::OfferRepository>();
        for (auto const& line : state.offers)
            if (line.offer.status == domain::OfferStatus::Open && taken[line.offer.id] >= line.offer.places) {
                offers.set_status(unit.organisation_id(), line.offer.id, domain::OfferStatus::Filled,
                                  unit.clock().now_iso());
                unit.audit({"offer.status_changed", "offer", line.offer.id, "open to filled"});
            }
        stored.confirmed_at = unit.clock().now_iso();
        stored.confirmed_by = actor.account.id;
        unit.repository<store::PlacementRepository>().confirm(stored);
        unit.audit({"placement_round.confirmed", "placement_round", round_id,
                    std::to_string(made) + " traineeships"});
        return {};
    });
}

Result<PlacementMatchInput> PlacementRoundService::match_input(Actor const& actor, long long cohort_id)
{
    return m_units.read(
        actor, Permission::ViewPartners, [&](UnitOfWork& unit) -> Result<PlacementMatchInput> {
            auto stored = TRY(found(
                unit.repository<store::PlacementRepository>().of_cohort(unit.organisation_id(), cohort_id)));
            if (!stored.seed)
                return fail(domain::Error::not_found()); // never run: there is nothing to reproduce
            auto const state = TRY(placement_state(unit, std::move(stored)));
            auto const seed = *state.stored.seed;
            unit.audit({"placement_round.downloaded", "placement_round", state.stored.id, {}});
            return PlacementMatchInput{state.stored.id, seed, placement_instance(state.round, seed)};
        });
}

} // namespace tremplin::service

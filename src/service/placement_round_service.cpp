#include "service/placement_round_service.hpp"

#include "service/placement_round_state.hpp"
#include "service/secrets.hpp"
#include "service/traineeship_service.hpp"
#include "store/cohort_repository.hpp"

#include <algorithm>

namespace tremplin::service {

using domain::Error;
using domain::fail;
using domain::found;
using domain::Permission;
using domain::PlacementRoundStatus;
using domain::Result;

namespace {

// The largest seed: twelve digits, like an admission round's, to read out or type again.
constexpr long long largest_placement_seed = 999'999'999'999;

bool in_round(PlacementRoundState const& state, long long offer_id)
{
    return std::ranges::find(state.stored.offer_ids, offer_id) != state.stored.offer_ids.end();
}

bool wished_for(domain::PlacementRound const& round, long long offer_id, long long enrolment_id)
{
    auto const* trainee = trainee_of(round, enrolment_id);
    return trainee && std::ranges::find(trainee->wishes, offer_id) != trainee->wishes.end();
}

std::string round_detail(long long round_id)
{
    return "round " + std::to_string(round_id);
}

} // namespace

Result<PlacementPage> PlacementRoundService::page(Actor const& actor, long long cohort_id)
{
    return m_units.read(actor, Permission::ViewPartners, [&](UnitOfWork& unit) -> Result<PlacementPage> {
        PlacementPage page;
        page.may_manage = actor.can(Permission::ManagePartners);
        auto stored =
            unit.repository<store::PlacementRepository>().of_cohort(unit.organisation_id(), cohort_id);
        if (!stored) {
            page.cohort = TRY(
                found(unit.repository<store::CohortRepository>().find(unit.organisation_id(), cohort_id)));
            return page;
        }
        auto state = TRY(placement_state(unit, std::move(*stored)));
        page.cohort = std::move(state.cohort);
        for (auto const& view : state.enrolments) {
            auto const* trainee = trainee_of(state.round, view.enrolment.id);
            page.trainees.push_back(
                {view, trainee->languages, trainee->shares_with_employers, trainee->wishes});
        }
        if (state.stored.status != PlacementRoundStatus::Draft && state.stored.seed) {
            auto const seed = *state.stored.seed;
            auto const placed = static_cast<int>(place_trainees(state.round, seed).placed.size());
            for (auto const& offer : state.round.offers)
                page.more_with_one_place[offer.offer_id] =
                    placed_with_one_more_place(state.round, seed, offer.offer_id) - placed;
        }
        page.offers = std::move(state.offers);
        page.round = std::move(state.stored);
        unit.audit({"placement_round.viewed", "cohort", cohort_id,
                    audit_detail({{"rows", std::to_string(page.trainees.size())}})});
        return page;
    });
}

Result<long long> PlacementRoundService::round_of(Actor const& actor, long long cohort_id)
{
    return m_units.read(actor, Permission::ViewPartners, [&](UnitOfWork& unit) -> Result<long long> {
        auto const round = TRY(found(
            unit.repository<store::PlacementRepository>().of_cohort(unit.organisation_id(), cohort_id)));
        return round.id;
    });
}

Result<long long> PlacementRoundService::open(Actor const& actor, long long cohort_id)
{
    return m_units.write(actor, Permission::ManagePartners, [&](UnitOfWork& unit) -> Result<long long> {
        auto const centre = unit.organisation_id();
        auto const cohort = TRY(found(unit.repository<store::CohortRepository>().find(centre, cohort_id)));
        auto rounds = unit.repository<store::PlacementRepository>();
        if (auto const existing = rounds.of_cohort(centre, cohort_id))
            return existing->id;
        if (!cohort.traineeship)
            return fail(placement_problem("round", "errors.placement.no_period"));
        store::StoredPlacementRound round;
        round.organisation_id = centre;
        round.cohort_id = cohort_id;
        round.opened_at = unit.clock().now_iso();
        // Offers for other tracks would only be excluded for every trainee: they are left out.
        auto const open_offers =
            unit.repository<store::OfferRepository>().search({.organisation_id = centre,
                                                              .status = domain::OfferStatus::Open,
                                                              .track_id = cohort.track_id,
                                                              .limit = 500});
        for (auto const& line : open_offers)
            if (!(line.offer.ends_on < cohort.traineeship->starts_on) &&
                !(cohort.traineeship->ends_on < line.offer.starts_on))
                round.offer_ids.push_back(line.offer.id);
        round.id = rounds.insert(round);
        unit.audit({"placement_round.opened", "placement_round", round.id,
                    "cohort " + std::to_string(cohort_id) + ", " + std::to_string(round.offer_ids.size()) +
                        " offers"});
        return round.id;
    });
}

Result<void> PlacementRoundService::set_wishes(Actor const& actor, long long round_id,
                                               PlacementWishes const& wishes)
{
    return m_units.write(actor, Permission::ManagePartners, [&](UnitOfWork& unit) -> Result<void> {
        auto const state = TRY(changeable_round(unit, round_id));
        if (!trainee_of(state.round, wishes.enrolment_id))
            return fail(placement_problem("wishes", "errors.placement.not_a_trainee"));
        std::vector<long long> offers;
        for (auto const offer_id : wishes.offer_ids) {
            if (!in_round(state, offer_id))
                return fail(placement_problem("wishes", "errors.placement.offer_not_in_round"));
            if (std::ranges::find(offers, offer_id) != offers.end())
                return fail(placement_problem("wishes", "errors.placement.offer_twice"));
            offers.push_back(offer_id);
        }
        for (auto const& language : wishes.languages)
            if (language != "fr" && language != "nl" && language != "en")
                return fail(placement_problem("languages", "errors.placement.language_not_valid"));
        if (wishes.languages.empty())
            return fail(placement_problem("languages", "errors.placement.languages_missing"));
        auto rounds = unit.repository<store::PlacementRepository>();
        rounds.set_wishes(round_id, wishes.enrolment_id, offers);
        rounds.set_languages(round_id, wishes.enrolment_id, wishes.languages);
        if (state.stored.status == PlacementRoundStatus::Run)
            rounds.forget_run(round_id);
        unit.audit({"placement_round.wishes_set", "enrolment", wishes.enrolment_id,
                    round_detail(round_id) + ", " + std::to_string(offers.size()) + " wishes"});
        return {};
    });
}

Result<void> PlacementRoundService::set_host_views(Actor const& actor, long long round_id, long long offer_id,
                                                   std::vector<domain::HostView> const& views)
{
    return m_units.write(actor, Permission::ManagePartners, [&](UnitOfWork& unit) -> Result<void> {
        auto const state = TRY(changeable_round(unit, round_id));
        if (!in_round(state, offer_id))
            return fail(placement_problem("views", "errors.placement.offer_not_in_round"));
        auto rounds = unit.repository<store::PlacementRepository>();
        for (auto view : views) {
            if (!wished_for(state.round, offer_id, view.enrolment_id))
                return fail(placement_problem("views", "errors.placement.not_a_candidate"));
            if (view.rank && (*view.rank < 1 || *view.rank > 99))
                return fail(placement_problem("views", "errors.placement.rank_not_valid"));
            view.offer_id = offer_id;
            rounds.set_host_view(round_id, view);
        }
        if (state.stored.status == PlacementRoundStatus::Run)
            rounds.forget_run(round_id);
        unit.audit({"placement_round.host_views_set", "offer", offer_id, round_detail(round_id)});
        return {};
    });
}

Result<std::int64_t> PlacementRoundService::run(Actor const& actor, long long round_id)
{
    return m_units.write(actor, Permission::ManagePartners, [&](UnitOfWork& unit) -> Result<std::int64_t> {
        auto state = TRY(changeable_round(unit, round_id));
        if (state.round.trainees.empty())
            return fail(placement_problem("run", "errors.placement.no_trainees"));
        if (state.round.offers.empty())
            return fail(placement_problem("run", "errors.placement.no_offers"));
        auto& stored = state.stored;
        stored.seed = random_number(largest_placement_seed);
        stored.run_at = unit.clock().now_iso();
        auto const outcome = place_trainees(state.round, *stored.seed);
        stored.results.clear();
        stored.exclusions.clear();
        for (auto const& trainee : state.round.trainees) {
            store::PlacementResult result{.enrolment_id = trainee.enrolment_id};
            if (auto const placed = outcome.placed.find(trainee.enrolment_id); placed != outcome.placed.end())
                result.offer_id = placed->second;
            else
                result.unplaced = std::string(domain::code_of(outcome.unplaced.at(trainee.enrolment_id)));
            stored.results.push_back(std::move(result));
        }
        for (auto const& excluded : outcome.exclusions)
            stored.exclusions.push_back({excluded.enrolment_id, excluded.offer_id, excluded.reason});
        unit.repository<store::PlacementRepository>().keep_run(stored);
        unit.audit({"placement_round.run", "placement_round", round_id,
                    "seed " + std::to_string(*stored.seed) + ", " + std::to_string(outcome.placed.size()) +
                        " placed"});
        return *stored.seed;
    });
}

} // namespace tremplin::service

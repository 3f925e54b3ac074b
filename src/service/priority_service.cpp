#include "service/priority_service.hpp"

#include "service/audit_trail.hpp"
#include "store/application_repository.hpp"
#include "store/aptitude_repository.hpp"
#include "store/cohort_repository.hpp"
#include "store/participant_repository.hpp"
#include "store/priority_repository.hpp"
#include "store/track_repository.hpp"

#include <algorithm>
#include <map>

namespace tremplin::service {

using domain::Error;
using domain::fail;
using domain::Permission;

domain::Result<domain::PriorityScheme> PriorityService::scheme(Actor const& actor)
{
    if (!actor.can(Permission::ViewParticipants) && !actor.can(Permission::ManagePriority))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    return store::PriorityRepository(connection).scheme(actor.organisation_id());
}

domain::Result<void> PriorityService::save(Actor const& actor,
                                           std::vector<domain::CriterionInput> const& typed)
{
    if (!actor.can(Permission::ManagePriority))
        return fail(Error::forbidden());
    auto scheme = domain::read_scheme(typed);
    if (!scheme)
        return fail(std::move(scheme.error()));
    auto connection = m_database.connect();
    store::Transaction transaction(connection, store::Transaction::Mode::Write);
    store::PriorityRepository(connection).replace(actor.organisation_id(), *scheme, m_clock.now_iso());
    std::string detail;
    for (auto const& criterion : scheme->criteria)
        detail += (detail.empty() ? "" : ", ") + criterion.code + " → " +
                  (criterion.tier ? std::to_string(criterion.tier) : std::string("-"));
    record_audit(connection, m_clock, actor, {"priority.changed", "priority", std::nullopt, detail});
    transaction.commit();
    return {};
}

domain::Result<std::vector<ApplicantStanding>>
PriorityService::standings(Actor const& actor, std::vector<long long> const& application_ids)
{
    if (!actor.can(Permission::ViewParticipants))
        return fail(Error::forbidden());
    auto const organisation_id = actor.organisation_id();
    auto const today = m_clock.today();
    auto connection = m_database.connect();
    store::PriorityRepository priority(connection);
    auto const scheme = priority.scheme(organisation_id);
    auto const tiers = scheme.tiers();
    store::AptitudeRepository aptitude(connection);
    auto const tests = aptitude.tests(organisation_id);
    store::ApplicationRepository applications(connection);
    store::ParticipantRepository participants(connection);
    store::CohortRepository cohorts(connection);
    store::TrackRepository tracks(connection);
    std::map<long long, std::optional<domain::Cohort>> cohort_cache;
    std::map<long long, std::optional<domain::Track>> track_cache;

    // A few hundred applications at a time: their women, proofs and scores in a query each.
    constexpr std::size_t batch = 400;
    std::vector<ApplicantStanding> standings;
    for (std::size_t first = 0; first < application_ids.size(); first += batch) {
        std::vector<long long> const ids(
            application_ids.begin() + static_cast<std::ptrdiff_t>(first),
            application_ids.begin() +
                static_cast<std::ptrdiff_t>(std::min(application_ids.size(), first + batch)));
        std::map<long long, store::ApplicationSummary> summaries;
        std::vector<long long> women;
        for (auto& summary : applications.list({.organisation_id = organisation_id, .ids = ids})) {
            women.push_back(summary.participant_id);
            summaries.emplace(summary.id, std::move(summary));
        }
        auto const participants_of = participants.find_each(organisation_id, women);
        auto const proofs_of = priority.proofs_received(organisation_id, women);
        std::map<long long, std::vector<domain::AptitudeScore>> scores_of;
        for (auto& score : aptitude.scores(organisation_id, ids))
            scores_of[score.application_id].push_back(std::move(score));

        for (auto const id : ids) {
            auto const summary = summaries.find(id);
            if (summary == summaries.end())
                continue;
            auto const participant = participants_of.find(summary->second.participant_id);
            if (participant == participants_of.end())
                continue;
            auto const proofs = proofs_of.find(participant->first);
            ApplicantStanding standing{
                id,
                participant->first,
                domain::placement_of(tiers, scheme.everyone_else_tier(), participant->second, today,
                                     proofs == proofs_of.end() ? domain::ProofsReceived{} : proofs->second),
                {}};
            auto const& hers = scores_of[id];
            for (auto const cohort_id : summary->second.choices) {
                auto [cohort, fresh] = cohort_cache.try_emplace(cohort_id);
                if (fresh)
                    cohort->second = cohorts.find(organisation_id, cohort_id);
                if (!cohort->second)
                    continue;
                auto const track_id = cohort->second->track_id;
                auto [track, new_track] = track_cache.try_emplace(track_id);
                if (new_track)
                    track->second = tracks.find(organisation_id, track_id);
                auto const test = tests.find(track_id);
                standing.choices.push_back(
                    {cohort_id, cohort->second->name, track->second.value_or(domain::Track{}),
                     domain::eligibility_for(
                         track_id, test == tests.end() ? std::nullopt : std::optional(test->second), hers)});
            }
            standings.push_back(std::move(standing));
        }
    }
    return standings;
}

domain::Result<ApplicantStanding> PriorityService::standing(Actor const& actor, long long application_id)
{
    auto found = standings(actor, {application_id});
    if (!found)
        return fail(std::move(found.error()));
    if (found->empty())
        return fail(Error::not_found());
    return std::move(found->front());
}

domain::Result<void> PriorityService::record_proof(Actor const& actor, long long application_id,
                                                   ProofInput const& typed)
{
    if (!actor.can(Permission::EditParticipants))
        return fail(Error::forbidden());
    auto const organisation_id = actor.organisation_id();
    auto connection = m_database.connect();
    store::Transaction transaction(connection, store::Transaction::Mode::Write);
    auto const application = store::ApplicationRepository(connection).find(organisation_id, application_id);
    if (!application)
        return fail(Error::not_found());
    store::PriorityRepository priority(connection);
    auto const criteria = priority.scheme(organisation_id).criteria;
    if (std::ranges::none_of(criteria,
                             [&](auto const& criterion) { return criterion.code == typed.criterion_code; }))
        return fail(Error::not_found());
    auto const received_on = domain::read_proof_received_on(typed.received_on, m_clock.today());
    if (!received_on)
        return fail(received_on.error());

    priority.record_proof(organisation_id, application->participant_id, typed.criterion_code, *received_on,
                          actor.account.id, m_clock.now_iso());
    record_audit(connection, m_clock, actor,
                 {"priority_proof.recorded", "participant", application->participant_id,
                  typed.criterion_code + " " + received_on->iso()});
    transaction.commit();
    return {};
}

} // namespace tremplin::service

#include "service/priority_service.hpp"

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
using domain::found;
using domain::Permission;
using domain::Result;

Result<domain::PriorityScheme> PriorityService::scheme(Actor const& actor)
{
    // Read by those who follow applications and by the director who keeps it.
    auto const reading =
        actor.can(Permission::ManagePriority) ? Permission::ManagePriority : Permission::ViewParticipants;
    return m_units.read(actor, reading, [&](UnitOfWork& unit) -> Result<domain::PriorityScheme> {
        return unit.repository<store::PriorityRepository>().scheme(unit.organisation_id());
    });
}

Result<domain::PriorityScheme> PriorityService::for_editing(Actor const& actor)
{
    return m_units.read(
        actor, Permission::ManagePriority, [&](UnitOfWork& unit) -> Result<domain::PriorityScheme> {
            return unit.repository<store::PriorityRepository>().scheme(unit.organisation_id());
        });
}

Result<void> PriorityService::save(Actor const& actor, std::vector<domain::CriterionInput> const& typed)
{
    return m_units.write(actor, Permission::ManagePriority, [&](UnitOfWork& unit) -> Result<void> {
        auto const scheme = TRY(domain::read_scheme(typed));
        unit.repository<store::PriorityRepository>().replace(unit.organisation_id(), scheme,
                                                             unit.clock().now_iso());
        std::string detail;
        for (auto const& criterion : scheme.criteria)
            detail += (detail.empty() ? "" : ", ") + criterion.code + " → " +
                      (criterion.tier ? std::to_string(criterion.tier) : std::string("-"));
        unit.audit({"priority.changed", "priority", std::nullopt, detail});
        return {};
    });
}

Result<std::vector<ApplicantStanding>>
PriorityService::standings(Actor const& actor, std::vector<long long> const& application_ids)
{
    return m_units.read(
        actor, Permission::ViewParticipants, [&](UnitOfWork& unit) -> Result<std::vector<ApplicantStanding>> {
            auto const organisation_id = unit.organisation_id();
            auto const today = unit.clock().today();
            auto& connection = unit.connection();
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
                        domain::priority_standing_of(
                            tiers, scheme.everyone_else_tier(), participant->second, today,
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
                                 track_id, test == tests.end() ? std::nullopt : std::optional(test->second),
                                 hers)});
                    }
                    standings.push_back(std::move(standing));
                }
            }
            return standings;
        });
}

Result<ApplicantStanding> PriorityService::standing(Actor const& actor, long long application_id)
{
    auto hers = TRY(standings(actor, {application_id}));
    if (hers.empty())
        return fail(Error::not_found());
    return std::move(hers.front());
}

Result<void> PriorityService::record_proof(Actor const& actor, long long application_id,
                                           ProofInput const& typed)
{
    return m_units.write(actor, Permission::EditParticipants, [&](UnitOfWork& unit) -> Result<void> {
        auto const organisation_id = unit.organisation_id();
        auto const application =
            TRY(found(unit.repository<store::ApplicationRepository>().find(organisation_id, application_id)));
        auto priority = unit.repository<store::PriorityRepository>();
        auto const criteria = priority.scheme(organisation_id).criteria;
        if (std::ranges::none_of(
                criteria, [&](auto const& criterion) { return criterion.code == typed.criterion_code; }))
            return fail(Error::not_found());
        auto const received_on = TRY(domain::read_proof_received_on(typed.received_on, unit.clock().today()));

        priority.record_proof(organisation_id, application.participant_id, typed.criterion_code, received_on,
                              unit.actor().account.id, unit.clock().now_iso());
        unit.audit({"priority_proof.recorded", "participant", application.participant_id,
                    typed.criterion_code + " " + received_on.iso()});
        return {};
    });
}

} // namespace tremplin::service

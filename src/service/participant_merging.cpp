// Possible matches between a record made from a public page and a known record, and the merge
// staff decide field by field (docs/design.md "Public forms").

#include "service/audit_entry.hpp"
#include "service/participant_matching.hpp"
#include "service/participant_service.hpp"
#include "service/session_seats.hpp"
#include "store/information_session_repository.hpp"
#include "store/participant_merge_repository.hpp"

namespace tremplin::service {

using domain::Error;
using domain::ErrorCode;
using domain::fail;
using domain::found;
using domain::Permission;
using domain::Result;

namespace {

// A page of them: a coordinator works through the oldest first.
constexpr int matches_per_page = 100;

Error already_resolved()
{
    return {ErrorCode::Conflict, "errors.possible_match.resolved", {}};
}

Result<store::PossibleMatch> open_match(UnitOfWork& unit, long long match_id)
{
    auto match =
        TRY(found(unit.repository<store::PossibleMatchRepository>().find(unit.organisation_id(), match_id)));
    if (match.resolved_at)
        return fail(already_resolved());
    return match;
}

std::string names_of(std::set<std::string> const& items)
{
    std::string names;
    for (auto const& name : items)
        names += (names.empty() ? "" : ",") + name;
    return names;
}

// What comes from the other record. Someone who may not read special categories chose none of
// them: those follow the suggestion, so that an answer she gave is kept where the record had
// none, and an answer staff recorded is never replaced unseen.
std::set<std::string> taken_by(Actor const& actor, domain::Participant const& kept,
                               domain::Participant const& other, std::set<std::string> from_other)
{
    if (actor.can(Permission::ViewSpecialCategories))
        return from_other;
    auto const suggested = domain::suggested_from_other(kept, other);
    for (auto const& item : domain::merge_items()) {
        if (!item.field->special_category)
            continue;
        if (suggested.contains(item.name))
            from_other.insert(item.name);
        else
            from_other.erase(item.name);
    }
    return from_other;
}

} // namespace

Result<PossibleMatches> ParticipantService::possible_matches(Actor const& actor)
{
    return m_units.read(actor, Permission::EditParticipants,
                        [&](UnitOfWork& unit) -> Result<PossibleMatches> {
                            auto matches = unit.repository<store::PossibleMatchRepository>();
                            PossibleMatches page{matches.open(unit.organisation_id(), matches_per_page),
                                                 matches.count_open(unit.organisation_id())};
                            unit.audit({"possible_matches.listed", "participant", std::nullopt,
                                        audit_detail({{"rows", std::to_string(page.open.size())}})});
                            return page;
                        });
}

Result<MatchComparison> ParticipantService::comparison(Actor const& actor, long long match_id)
{
    return m_units.read(
        actor, Permission::EditParticipants, [&](UnitOfWork& unit) -> Result<MatchComparison> {
            auto const match = TRY(found(
                unit.repository<store::PossibleMatchRepository>().find(unit.organisation_id(), match_id)));
            auto participants = unit.repository<store::ParticipantRepository>();
            MatchComparison comparison{
                match,
                TRY(found(participants.find(unit.organisation_id(), match.known_id))),
                TRY(found(participants.find(unit.organisation_id(), match.participant_id))),
                {},
                {}};
            // Compared as this reader may see them (docs/design.md "Least privilege").
            if (!actor.can(Permission::ViewSpecialCategories)) {
                domain::withhold_special_categories(comparison.kept);
                domain::withhold_special_categories(comparison.other);
            }
            comparison.differing = domain::differing_items(comparison.kept, comparison.other);
            comparison.suggested = domain::suggested_from_other(comparison.kept, comparison.other);
            // Both records are read: each is audited as a view.
            unit.audit({"participant.viewed", "participant", match.known_id, "possible match"});
            unit.audit({"participant.viewed", "participant", match.participant_id, "possible match"});
            return comparison;
        });
}

Result<long long> ParticipantService::merge(Actor const& actor, long long match_id,
                                            std::set<std::string> const& from_other)
{
    return m_units.write(actor, Permission::EditParticipants, [&](UnitOfWork& unit) -> Result<long long> {
        auto const organisation_id = unit.organisation_id();
        auto const match = TRY(open_match(unit, match_id));
        auto participants = unit.repository<store::ParticipantRepository>();
        auto const kept = TRY(found(participants.find(organisation_id, match.known_id)));
        auto const other = TRY(found(participants.find(organisation_id, match.participant_id)));
        auto moves = unit.repository<store::ParticipantMergeRepository>();
        if (moves.enrolled_in_one_cohort(organisation_id, other.id, kept.id))
            return fail({ErrorCode::Conflict, "errors.possible_match.same_cohort", {}});

        auto const taken = taken_by(actor, kept, other, from_other);
        auto merged = TRY(domain::validate_participant(domain::merged_input(kept, other, taken),
                                                       validation_context(), &kept));
        domain::keep_consent_dates(merged, other, taken);
        auto const now = unit.clock().now_iso();
        merged.updated_at = now;
        participants.update(merged, keys_of(merged));

        auto const seats_given_up = moves.move_records(organisation_id, other.id, kept.id);
        auto matches = unit.repository<store::PossibleMatchRepository>();
        matches.resolve(match.id, "merged", actor.account.id, now);
        matches.follow_merge(organisation_id, other.id, kept.id, now);
        moves.remove(organisation_id, other.id);
        auto sessions = unit.repository<store::InformationSessionRepository>();
        for (auto const session_id : seats_given_up)
            if (auto const session = sessions.find(organisation_id, session_id))
                fill_free_seats(unit, *session);

        unit.audit(
            {"participant.merged", "participant", kept.id,
             "record " + std::to_string(other.id) + " merged in; taken from it: " + names_of(taken) +
                 "; changed: " + domain::changed_inputs(domain::input_of(kept), domain::input_of(merged))});
        return kept.id;
    });
}

Result<void> ParticipantService::keep_apart(Actor const& actor, long long match_id)
{
    return m_units.write(actor, Permission::EditParticipants, [&](UnitOfWork& unit) -> Result<void> {
        auto const match = TRY(open_match(unit, match_id));
        unit.repository<store::PossibleMatchRepository>().resolve(match.id, "distinct", actor.account.id,
                                                                  unit.clock().now_iso());
        unit.audit({"possible_match.kept_apart", "participant", match.participant_id,
                    "not the same woman as record " + std::to_string(match.known_id)});
        return {};
    });
}

} // namespace tremplin::service

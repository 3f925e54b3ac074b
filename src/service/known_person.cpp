#include "service/known_person.hpp"

#include "service/audit_trail.hpp"
#include "service/participant_matching.hpp"
#include "store/participant_repository.hpp"

namespace tremplin::service {

namespace {

// Her record's inputs, with the gaps filled from what she typed.
domain::ParticipantInput completed(domain::Participant const& known, domain::Participant const& typed)
{
    auto input = domain::input_of(known);
    auto const added = domain::input_of(typed);
    for (auto const field : domain::participant_fields::all())
        if (input[field].empty() && !added[field].empty())
            input.set(field, std::string(added[field]));
    return input;
}

} // namespace

Attachment attach_or_register(store::Connection& connection, Clock const& clock, long long organisation_id,
                              domain::Participant typed, domain::ValidationContext const& context,
                              std::string const& source)
{
    store::ParticipantRepository participants(connection);
    typed.organisation_id = organisation_id;
    typed.created_at = typed.updated_at = clock.now_iso();
    auto const keys = keys_of(typed);
    auto const candidates = participants.possible_duplicates(
        {organisation_id, keys.name_key, typed.birth_date, keys.email_key, keys.phone_key, keys.actiris_key, 0});

    if (candidates.empty()) {
        auto const id = participants.insert(typed, keys);
        record_system_audit(connection, clock, organisation_id, {"participant.created", "participant", id, source});
        return {id, false};
    }
    // The record changed last is the one staff keep up to date.
    auto const& best = *std::ranges::max_element(candidates, {}, &domain::ParticipantSummary::updated_at);
    auto const known = participants.find(organisation_id, best.id);
    auto merged = domain::validate_participant(completed(*known, typed), context, &*known);
    if (merged) {
        merged->updated_at = clock.now_iso();
        participants.update(*merged, keys_of(*merged));
    }
    record_system_audit(connection, clock, organisation_id,
                        {"participant.attached", "participant", best.id,
                         source + (candidates.size() > 1 ? ", several possible records" : "")});
    return {best.id, true};
}

} // namespace tremplin::service

#include "service/public_record.hpp"

#include "service/audit_trail.hpp"
#include "service/participant_matching.hpp"
#include "store/participant_repository.hpp"
#include "store/possible_match_repository.hpp"

namespace tremplin::service {

PublicRecord record_from_public_page(store::Connection& connection, Clock const& clock,
                                     long long organisation_id, domain::Participant typed,
                                     std::string const& source)
{
    store::ParticipantRepository participants(connection);
    typed.organisation_id = organisation_id;
    typed.created_at = typed.updated_at = clock.now_iso();
    auto const keys = keys_of(typed);
    auto const candidates =
        participants.possible_duplicates({organisation_id, keys.name_key, typed.birth_date, keys.email_key,
                                          keys.phone_key, keys.actiris_key, 0});

    PublicRecord record{participants.insert(typed, keys), static_cast<int>(candidates.size())};
    store::PossibleMatchRepository matches(connection);
    for (auto const& candidate : candidates)
        matches.insert({.organisation_id = organisation_id,
                        .participant_id = record.participant_id,
                        .known_id = candidate.id,
                        .source = source,
                        .found_at = typed.created_at});
    record_system_audit(connection, clock, organisation_id,
                        {"participant.created", "participant", record.participant_id,
                         source + (candidates.empty() ? "" : ", possible match of a known record")});
    return record;
}

} // namespace tremplin::service

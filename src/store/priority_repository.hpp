#pragma once

// The criteria of social priority: a centre's own, or the programme's default until its
// director saves a scheme; and the day each woman's proofs were received.

#include "domain/priority.hpp"
#include "store/database.hpp"

#include <map>
#include <vector>

namespace tremplin::store {

class PriorityRepository {
  public:
    explicit PriorityRepository(Connection& connection) : m_connection(connection) {}

    // The centre's scheme, or the programme's default when it has none of its own.
    domain::PriorityScheme scheme(long long organisation_id);
    bool has_own_scheme(long long organisation_id);
    // Replaces the centre's criteria with `scheme`'s.
    void replace(long long organisation_id, domain::PriorityScheme const& scheme, std::string const& now);

    // The day each of her proofs was received, by criterion code.
    domain::ProofsReceived proofs_received(long long organisation_id, long long participant_id);
    // The same for each of `participant_ids` (a few hundred at most) who has any.
    std::map<long long, domain::ProofsReceived>
    proofs_received(long long organisation_id, std::vector<long long> const& participant_ids);
    // Records the day the proof of a criterion was received, replacing the one recorded before.
    void record_proof(long long organisation_id, long long participant_id, std::string const& criterion_code,
                      domain::Date received_on, long long recorded_by, std::string const& now);

  private:
    std::vector<domain::PriorityCriterion> criteria(std::optional<long long> organisation_id);

    Connection& m_connection;
};

} // namespace tremplin::store

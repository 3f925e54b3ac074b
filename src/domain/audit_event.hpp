#pragma once

// One line of the audit trail: who did what to which record, when, from where.

#include <optional>
#include <string>

namespace tremplin::domain {

struct AuditEvent {
    long long id = 0;
    long long organisation_id = 0;
    std::string occurred_at; // UTC, ISO 8601
    std::optional<long long> staff_account_id;
    std::string actor_name; // read back with the event; not stored with it
    std::string action;     // e.g. "participant.viewed", "participant.updated"
    std::string subject_type;
    std::optional<long long> subject_id;
    std::string detail; // e.g. the names of the fields that changed, never their values
    std::string remote_address;
    // SHA-256 (hex) of the previous row's chain_hash and this row's content: the audit trail
    // as a chain, where a row changed or removed breaks the next link. Empty on rows from
    // before the chain.
    std::string chain_hash;
};

} // namespace tremplin::domain

#pragma once

// Writing the audit trail. A use case records its event inside its own transaction, so that a
// change is never stored without its audit row (nor the reverse): its unit of work writes it
// (`unit.audit`, unit_of_work.hpp).

#include "service/actor.hpp"
#include "service/clock.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>

namespace tremplin::service {

struct AuditEntry {
    std::string action; // "<subject>.<past participle>": "participant.viewed"
    std::string subject_type;
    std::optional<long long> subject_id;
    std::string detail;
};

void record_audit(store::Connection& connection, Clock const& clock, Actor const& actor, AuditEntry entry);

// For what the system does on its own or on the command line: no account acts.
void record_system_audit(store::Connection& connection, Clock const& clock, long long organisation_id,
                         AuditEntry entry);

} // namespace tremplin::service

#pragma once

// Writing the audit trail. A use case records its event inside its own transaction, so that a
// change is never stored without its audit row (nor the reverse): its unit of work writes it
// (`unit.audit`, unit_of_work.hpp).

#include "domain/audit_event.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "store/database.hpp"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace tremplin::service {

struct AuditEntry {
    std::string action; // "<subject>.<past participle>": "participant.viewed"
    std::string subject_type;
    std::optional<long long> subject_id;
    std::string detail;
};

// A detail of named values, "rows=50 offset=0 order=name", for what is read rather than
// changed (a list, a search, an export): the audit trail page shows each value under its name
// in the reader's language (`audit.details.<name>`). A value holds no space; an empty one is
// left out.
using AuditValues = std::initializer_list<std::pair<std::string_view, std::string>>;
std::string audit_detail(AuditValues values);

// The row an entry becomes: when, who (an account and her address, or the centre alone).
domain::AuditEvent audit_event_of(Clock const& clock, Actor const& actor, AuditEntry entry);
domain::AuditEvent audit_event_of(Clock const& clock, long long organisation_id, AuditEntry entry);

// Writes the row, chained to the one before it (audit_chain.hpp), in the connection's write
// transaction.
void record_audit(store::Connection& connection, Clock const& clock, Actor const& actor, AuditEntry entry);

// For what the system does on its own or on the command line: no account acts.
void record_system_audit(store::Connection& connection, Clock const& clock, long long organisation_id,
                         AuditEntry entry);

} // namespace tremplin::service

#pragma once

// Writing and reading the audit trail. A use case records its event inside its own
// transaction, so that a change is never stored without its audit row (nor the reverse).

#include "domain/audit_event.hpp"
#include "domain/error.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

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

struct AuditQuery {
    std::string subject_type;
    std::optional<long long> subject_id;
    std::optional<long long> staff_account_id;
    int page = 1;
    int page_size = 50;
};

struct AuditPage {
    std::vector<domain::AuditEvent> events;
    int page = 1;
    bool has_next = false;
};

class AuditService {
  public:
    explicit AuditService(store::Database& database) : m_database(database) {}

    domain::Result<AuditPage> browse(Actor const& actor, AuditQuery const& query);

  private:
    store::Database& m_database;
};

} // namespace tremplin::service

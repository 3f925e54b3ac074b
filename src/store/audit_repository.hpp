#pragma once

// The audit trail: written in the same transaction as the change it records.

#include "domain/audit_event.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::store {

struct AuditFilter {
    long long organisation_id = 0;
    std::optional<long long> staff_account_id;
    std::string subject_type; // empty: any
    std::optional<long long> subject_id;
    std::string action_prefix; // e.g. "participant." ; empty: any
    int limit = 50;
    int offset = 0;
};

class AuditRepository {
  public:
    explicit AuditRepository(Connection& connection) : m_connection(connection) {}

    void record(domain::AuditEvent const& event);

    // Newest first, with the name of whoever acted.
    std::vector<domain::AuditEvent> list(AuditFilter const& filter);

  private:
    Connection& m_connection;
};

} // namespace tremplin::store

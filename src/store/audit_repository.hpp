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

    // The chain_hash of the last row, for the next one to chain to ("" when there is none, or
    // when the last row came before the chain). Writers of the audit trail are serialised until
    // they commit, so that two never chain to the same row: on PostgreSQL by a transaction-level
    // advisory lock taken here; SQLite has a single writer (a write unit takes the lock at once).
    std::string chain_head_for_writing();

    // Inserts the row, chain_hash included. The table refuses UPDATE and DELETE (migration 0049).
    void record(domain::AuditEvent const& event);

    // Rows in the order they were written (by id), after `after_id`, at most `limit`, with their
    // chain_hash: for walking the chain.
    std::vector<domain::AuditEvent> in_chain_order(long long after_id, int limit);

    // Newest first, with the name of whoever acted.
    std::vector<domain::AuditEvent> list(AuditFilter const& filter);

  private:
    Connection& m_connection;
};

} // namespace tremplin::store

#pragma once

// The audit trail as a hash chain (docs/design.md "Audit trail"). Each row's chain_hash is
// SHA-256 of the previous row's chain_hash and this row's canonical content, written in the
// same transaction as the row. A row changed afterwards no longer matches its hash; a row
// removed breaks the link of the one after it. The database refuses UPDATE and DELETE on the
// table anyway (migration 0049): the chain finds what was done behind its back, with the
// trigger dropped or disabled.
//
// What the chain cannot see: the last rows removed together with nothing after them, or the
// whole chain written again by whoever can both write the table and compute the hashes. Keeping
// the head (`tremplin audit verify` prints it) somewhere else closes both.

#include "domain/audit_event.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace tremplin::service {

// The row's content as hashed: every stored field but its id and chain_hash, each as its length
// and its bytes, so that no two different rows read the same.
std::string canonical_audit_content(domain::AuditEvent const& event);

// SHA-256, in lower-case hex, of `previous` and the row's canonical content.
std::string audit_chain_hash(std::string_view previous, domain::AuditEvent const& event);

// Chains the row to the last one and inserts it, in the caller's (write) transaction.
void append_to_audit_chain(store::Connection& connection, domain::AuditEvent event);

struct AuditChainCheck {
    long long rows_checked = 0;            // rows that carry a link of the chain
    long long rows_before_chain = 0;       // rows written before the chain existed
    std::optional<long long> first_broken; // the id of the first row whose link does not hold
    std::string head;                      // the chain_hash of the last row checked
};

// Walks the whole audit trail in the order it was written, in one snapshot, and names the
// first row whose hash does not follow from the row before it and its own content.
//
// No code removes audit rows: there is no purge, and the table refuses DELETE. Should a
// retention purge ever be added, it would remove the oldest rows only, and this walk would have
// to start from the first remaining row, trusting its chain_hash as the anchor (kept, with the
// purge, in the audit trail itself).
AuditChainCheck verify_audit_chain(store::Database& database);

} // namespace tremplin::service

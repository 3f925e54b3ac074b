#include "store/audit_repository.hpp"

#include "store/query.hpp"

#include <soci/soci.h>

namespace tremplin::store {

namespace {

// The key of the advisory lock that serialises the writers of the audit trail on PostgreSQL
// (7274 serialises the migrations).
constexpr auto audit_chain_lock = "SELECT pg_advisory_xact_lock(7275)";

// The columns every read of the trail selects.
domain::AuditEvent read_event(Row const& row)
{
    domain::AuditEvent event;
    event.id = row.integer("id");
    event.organisation_id = row.integer("organisation_id");
    event.occurred_at = row.text("occurred_at");
    event.staff_account_id = row.optional_integer("staff_account_id");
    event.action = row.text("action");
    event.subject_type = row.text("subject_type");
    event.subject_id = row.optional_integer("subject_id");
    event.detail = row.text("detail");
    event.remote_address = row.text("remote_address");
    return event;
}

} // namespace

std::string AuditRepository::chain_head_for_writing()
{
    if (m_connection.backend() == Backend::PostgreSql)
        m_connection.session() << audit_chain_lock;
    std::string head;
    Query(m_connection, "SELECT chain_hash FROM audit_events ORDER BY id DESC LIMIT 1")
        .for_each_row([&](Row const& row) { head = row.text("chain_hash"); });
    return head;
}

void AuditRepository::record(domain::AuditEvent const& event)
{
    Query query(
        m_connection,
        "INSERT INTO audit_events (organisation_id, occurred_at, staff_account_id, action, subject_type, "
        "subject_id, detail, remote_address, chain_hash) VALUES (:organisation, :at, :account, :action, "
        ":subject_type, :subject_id, :detail, :address, :chain_hash)");
    query.bind("organisation", event.organisation_id)
        .bind("at", event.occurred_at)
        .bind("account", event.staff_account_id)
        .bind("action", event.action)
        .bind("subject_type", event.subject_type)
        .bind("subject_id", event.subject_id)
        .bind("detail", event.detail)
        .bind("address", event.remote_address)
        .bind("chain_hash", event.chain_hash)
        .run();
}

std::vector<domain::AuditEvent> AuditRepository::in_chain_order(long long after_id, int limit)
{
    return Query(
               m_connection,
               "SELECT id, organisation_id, occurred_at, staff_account_id, action, subject_type, subject_id, "
               "detail, remote_address, chain_hash FROM audit_events WHERE id > :after ORDER BY id LIMIT "
               ":limit")
        .bind("after", after_id)
        .bind("limit", limit)
        .rows<domain::AuditEvent>([](Row const& row) {
            auto event = read_event(row);
            event.chain_hash = row.text("chain_hash");
            return event;
        });
}

std::vector<domain::AuditEvent> AuditRepository::list(AuditFilter const& filter)
{
    std::string sql = "SELECT e.id, e.organisation_id, e.occurred_at, e.staff_account_id, "
                      "COALESCE(a.display_name, '') AS actor_name, "
                      "e.action, e.subject_type, e.subject_id, e.detail, e.remote_address "
                      "FROM audit_events e LEFT JOIN staff_accounts a ON a.id = e.staff_account_id "
                      "WHERE e.organisation_id = :organisation";
    if (filter.staff_account_id)
        sql += " AND e.staff_account_id = :account";
    if (!filter.subject_type.empty())
        sql += " AND e.subject_type = :subject_type";
    if (filter.subject_id)
        sql += " AND e.subject_id = :subject_id";
    if (!filter.action_prefix.empty())
        sql += " AND e.action >= :action_from AND e.action < :action_to";
    sql += " ORDER BY e.occurred_at DESC, e.id DESC LIMIT :limit OFFSET :offset";

    Query query(m_connection, sql);
    query.bind("organisation", filter.organisation_id);
    if (filter.staff_account_id)
        query.bind("account", *filter.staff_account_id);
    if (!filter.subject_type.empty())
        query.bind("subject_type", filter.subject_type);
    if (filter.subject_id)
        query.bind("subject_id", *filter.subject_id);
    if (!filter.action_prefix.empty()) {
        query.bind("action_from", filter.action_prefix)
            .bind("action_to", prefix_upper_bound(filter.action_prefix));
    }
    query.bind("limit", filter.limit).bind("offset", filter.offset);
    return query.rows<domain::AuditEvent>([](Row const& row) {
        auto event = read_event(row);
        event.actor_name = row.text("actor_name");
        return event;
    });
}

} // namespace tremplin::store

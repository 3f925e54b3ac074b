#include "service/audit_entry.hpp"

#include "store/audit_repository.hpp"

namespace tremplin::service {

namespace {

domain::AuditEvent event_of(Clock const& clock, long long organisation_id, AuditEntry&& entry)
{
    domain::AuditEvent event;
    event.organisation_id = organisation_id;
    event.occurred_at = clock.now_iso();
    event.action = std::move(entry.action);
    event.subject_type = std::move(entry.subject_type);
    event.subject_id = entry.subject_id;
    event.detail = std::move(entry.detail);
    return event;
}

} // namespace

void record_audit(store::Connection& connection, Clock const& clock, Actor const& actor, AuditEntry entry)
{
    auto event = event_of(clock, actor.organisation_id(), std::move(entry));
    event.staff_account_id = actor.account.id;
    event.remote_address = actor.remote_address;
    store::AuditRepository(connection).record(event);
}

void record_system_audit(store::Connection& connection, Clock const& clock, long long organisation_id,
                         AuditEntry entry)
{
    store::AuditRepository(connection).record(event_of(clock, organisation_id, std::move(entry)));
}

} // namespace tremplin::service

#include "service/audit_entry.hpp"

#include "service/audit_chain.hpp"

namespace tremplin::service {

std::string audit_detail(AuditValues values)
{
    std::string detail;
    for (auto const& [name, value] : values) {
        if (value.empty())
            continue;
        if (!detail.empty())
            detail += ' ';
        detail.append(name).append("=").append(value);
    }
    return detail;
}

domain::AuditEvent audit_event_of(Clock const& clock, long long organisation_id, AuditEntry entry)
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

domain::AuditEvent audit_event_of(Clock const& clock, Actor const& actor, AuditEntry entry)
{
    auto event = audit_event_of(clock, actor.organisation_id(), std::move(entry));
    event.staff_account_id = actor.account.id;
    event.remote_address = actor.remote_address;
    return event;
}

void record_audit(store::Connection& connection, Clock const& clock, Actor const& actor, AuditEntry entry)
{
    append_to_audit_chain(connection, audit_event_of(clock, actor, std::move(entry)));
}

void record_system_audit(store::Connection& connection, Clock const& clock, long long organisation_id,
                         AuditEntry entry)
{
    append_to_audit_chain(connection, audit_event_of(clock, organisation_id, std::move(entry)));
}

} // namespace tremplin::service

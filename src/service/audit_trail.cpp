#include "service/audit_trail.hpp"

#include "store/audit_repository.hpp"

#include <algorithm>

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

domain::Result<AuditPage> AuditService::browse(Actor const& actor, AuditQuery const& query)
{
    if (!actor.can(domain::Permission::ViewAuditLog))
        return domain::fail(domain::Error::forbidden());
    int const page = std::max(1, query.page);
    int const page_size = std::clamp(query.page_size, 1, 500);

    auto connection = m_database.connect();
    store::AuditFilter filter;
    filter.organisation_id = actor.organisation_id();
    filter.subject_type = query.subject_type;
    filter.subject_id = query.subject_id;
    filter.staff_account_id = query.staff_account_id;
    filter.limit = page_size + 1; // one more tells whether a next page exists
    filter.offset = (page - 1) * page_size;
    auto events = store::AuditRepository(connection).list(filter);

    AuditPage result;
    result.page = page;
    result.has_next = static_cast<int>(events.size()) > page_size;
    if (result.has_next)
        events.pop_back();
    result.events = std::move(events);
    return result;
}

} // namespace tremplin::service

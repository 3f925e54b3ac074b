#include "service/unit_of_work.hpp"

#include "service/audit_chain.hpp"

namespace tremplin::service {

domain::Result<void> UnitOfWork::require(domain::Permission permission) const
{
    if (!m_actor || !m_actor->can(permission))
        return domain::fail(domain::Error::forbidden());
    return {};
}

void UnitOfWork::audit(AuditEntry entry)
{
    if (m_actor)
        audit(*m_actor, std::move(entry));
    else
        audit(NoActor{m_organisation_id}, std::move(entry));
}

void UnitOfWork::audit(Actor const& actor, AuditEntry entry)
{
    keep_or_write(audit_event_of(m_clock, actor, std::move(entry)));
}

void UnitOfWork::audit(NoActor centre, AuditEntry entry)
{
    keep_or_write(audit_event_of(m_clock, centre.organisation_id, std::move(entry)));
}

void UnitOfWork::keep_or_write(domain::AuditEvent event)
{
    if (m_mode == Mode::Read)
        m_deferred_audit.push_back(std::move(event));
    else
        append_to_audit_chain(m_connection, std::move(event));
}

void UnitOfWork::write_deferred_audit()
{
    if (m_deferred_audit.empty())
        return;
    store::Transaction transaction(m_connection, Mode::Write);
    for (auto& event : m_deferred_audit)
        append_to_audit_chain(m_connection, std::move(event));
    transaction.commit();
    m_deferred_audit.clear();
}

std::unexpected<domain::Error> UnitOfWork::refuse(AuditEntry entry, domain::Error error)
{
    audit(std::move(entry));
    m_keep_refusal = true;
    return domain::fail(std::move(error));
}

} // namespace tremplin::service

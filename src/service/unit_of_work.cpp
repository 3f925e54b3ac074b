#include "service/unit_of_work.hpp"

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
    record_audit(m_connection, m_clock, actor, std::move(entry));
}

void UnitOfWork::audit(NoActor centre, AuditEntry entry)
{
    record_system_audit(m_connection, m_clock, centre.organisation_id, std::move(entry));
}

std::unexpected<domain::Error> UnitOfWork::refuse(AuditEntry entry, domain::Error error)
{
    audit(std::move(entry));
    m_keep_refusal = true;
    return domain::fail(std::move(error));
}

} // namespace tremplin::service

#include "service/audit_trail.hpp"

#include "store/audit_repository.hpp"

#include <algorithm>

namespace tremplin::service {

domain::Result<AuditPage> AuditService::browse(Actor const& actor, AuditQuery const& query)
{
    int const page = std::max(1, query.page);
    int const page_size = std::clamp(query.page_size, 1, 500);
    store::AuditFilter filter;
    filter.organisation_id = actor.organisation_id();
    filter.subject_type = query.subject_type;
    filter.subject_id = query.subject_id;
    filter.staff_account_id = query.staff_account_id;
    filter.limit = page_size + 1; // one more tells whether a next page exists
    filter.offset = (page - 1) * page_size;

    return m_units.read(actor, domain::Permission::ViewAuditLog,
                        [&](UnitOfWork& unit) -> domain::Result<AuditPage> {
                            auto events = unit.repository<store::AuditRepository>().list(filter);
                            AuditPage result;
                            result.page = page;
                            result.has_next = static_cast<int>(events.size()) > page_size;
                            if (result.has_next)
                                events.pop_back();
                            result.events = std::move(events);
                            return result;
                        });
}

} // namespace tremplin::service

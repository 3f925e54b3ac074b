#pragma once

// Writing and reading the audit trail. A use case records its event inside its own
// transaction, so that a change is never stored without its audit row (nor the reverse):
// audit_entry.hpp. The director reads it here.

#include "domain/audit_event.hpp"
#include "domain/error.hpp"
#include "service/actor.hpp"
#include "service/audit_entry.hpp"
#include "service/clock.hpp"
#include "service/unit_of_work.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::service {

struct AuditQuery {
    std::string subject_type;
    std::optional<long long> subject_id;
    std::optional<long long> staff_account_id;
    int page = 1;
    int page_size = 50;
};

struct AuditPage {
    std::vector<domain::AuditEvent> events;
    int page = 1;
    bool has_next = false;
};

class AuditService {
  public:
    explicit AuditService(store::Database& database) : m_units(database, m_clock) {}
    AuditService(AuditService const&) = delete; // its units hold its own clock
    AuditService& operator=(AuditService const&) = delete;

    domain::Result<AuditPage> browse(Actor const& actor, AuditQuery const& query);

  private:
    // Reading the trail writes nothing and dates nothing: the system's clock serves.
    SystemClock m_clock;
    UnitsOfWork m_units;
};

} // namespace tremplin::service

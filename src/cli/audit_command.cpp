// `tremplin audit verify`: walks the audit trail's hash chain and names the first row that does
// not follow from the one before it (service/audit_chain.hpp).

#include "cli/commands.hpp"
#include "cli/runtime.hpp"
#include "service/audit_chain.hpp"
#include "store/migrations.hpp"

#include <iostream>

namespace tremplin::cli {

int verify_audit(std::string const& database_url)
{
    auto database = store::Database::open(database_url_from(database_url), 1);
    store::migrate(*database);
    auto const check = service::verify_audit_chain(*database);
    if (check.first_broken) {
        std::cout << "audit trail broken at row " << *check.first_broken << " (" << check.rows_checked
                  << " rows before it hold)\n";
        return 1;
    }
    std::cout << "audit trail intact: " << check.rows_checked << " rows chained";
    if (check.rows_before_chain > 0)
        std::cout << ", " << check.rows_before_chain << " older rows written before the chain";
    std::cout << "\nhead " << (check.head.empty() ? "(none)" : check.head) << "\n";
    return 0;
}

} // namespace tremplin::cli

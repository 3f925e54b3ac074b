#include "store/failure.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

namespace tremplin::store {

namespace {

std::string category_of(soci::soci_error const& error)
{
    switch (error.get_error_category()) {
    case soci::soci_error::connection_error:
        return "connection";
    case soci::soci_error::invalid_statement:
        return "invalid statement";
    case soci::soci_error::no_privilege:
        return "no privilege";
    case soci::soci_error::no_data:
        return "no data";
    case soci::soci_error::constraint_violation:
        return "constraint violation";
    case soci::soci_error::unknown_transaction_state:
        return "unknown transaction state";
    case soci::soci_error::system_error:
        return "system error";
    case soci::soci_error::unknown:
        break;
    }
    return "unknown";
}

} // namespace

std::string loggable(std::exception const& failure)
{
    auto const* database = dynamic_cast<soci::soci_error const*>(&failure);
    if (!database)
        return failure.what();
    auto text = "database error: " + category_of(*database);
    if (auto const* postgresql = dynamic_cast<soci::postgresql_soci_error const*>(database))
        text += " (SQLSTATE " + postgresql->sqlstate() + ")";
    else if (auto const* sqlite = dynamic_cast<soci::sqlite3_soci_error const*>(database))
        text += " (SQLite result " + std::to_string(sqlite->result()) + ")";
    return text;
}

} // namespace tremplin::store

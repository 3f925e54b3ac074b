#include "cli/runtime.hpp"

#include "store/migrations.hpp"

#include <cstdlib>

namespace tremplin::cli {

namespace {

std::unique_ptr<store::Database> open_migrated(RuntimeOptions const& options)
{
    auto database = store::Database::open(options.database_url, options.connections);
    store::migrate(*database);
    return database;
}

} // namespace

Runtime::Runtime(RuntimeOptions const& options, service::Clock const* clock)
    : m_clock(clock ? clock : &m_system_clock), m_database(open_migrated(options)),
      m_catalogues(locale::Catalogues::embedded()),
      m_accounts(*m_database, *m_clock, m_catalogues.languages(),
                 {.password_hashing = options.password_hashing}),
      m_participants(*m_database, *m_clock, m_catalogues.languages()), m_audit(*m_database),
      m_administration(*m_database, *m_clock, options.password_hashing), m_training(*m_database, *m_clock),
      m_recruitment(*m_database, *m_clock, m_catalogues.languages()), m_partners(*m_database, *m_clock),
      m_offers(*m_database, *m_clock), m_traineeships(*m_database, *m_clock),
      m_evaluations(*m_database, *m_clock), m_placement(*m_database, *m_clock)
{
}

std::string database_url_from(std::string const& option)
{
    if (!option.empty())
        return option;
    if (char const* environment = std::getenv("TREMPLIN_DB"); environment && *environment)
        return environment;
    return "sqlite:tremplin.db";
}

} // namespace tremplin::cli

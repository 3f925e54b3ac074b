#include "support/test_database.hpp"

#include "store/migrations.hpp"
#include "store/query.hpp"

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <random>

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

namespace tremplin::test_support {

namespace {

std::string unique_name()
{
    static std::atomic<int> counter{0};
    std::random_device device;
    return "t" + std::to_string(device() % 1000000) + "_" + std::to_string(::getpid()) + "_" +
           std::to_string(++counter);
}

std::string postgres_server()
{
    char const* url = std::getenv("TREMPLIN_TEST_PG");
    return url ? url : "";
}

// For the administrator's own connection (store::Database adds the same for its own).
std::string administrator_connect_string()
{
    return postgres_server() + "?application_name=tremplin-tests";
}

// The server's URL with another database name: "postgresql://user@host:port/NAME".
std::string with_database(std::string const& url, std::string const& name)
{
    auto const slash = url.find('/', url.find("//") + 2);
    return url.substr(0, slash) + "/" + name;
}

} // namespace

std::vector<store::Backend> test_backends()
{
    std::vector<store::Backend> backends{store::Backend::Sqlite};
    if (!postgres_server().empty())
        backends.push_back(store::Backend::PostgreSql);
    return backends;
}

std::string backend_name(store::Backend backend)
{
    return backend == store::Backend::Sqlite ? "SQLite" : "PostgreSQL";
}

TestDatabase::TestDatabase(store::Backend backend, std::size_t connections) : m_backend(backend)
{
    if (backend == store::Backend::Sqlite) {
        m_location =
            (std::filesystem::temp_directory_path() / ("tremplin-" + unique_name() + ".db")).string();
        m_url = "sqlite:" + m_location;
    } else {
        m_location = unique_name();
        soci::session admin(*soci::factory_postgresql(), administrator_connect_string());
        admin << "CREATE DATABASE " + m_location;
        m_url = with_database(postgres_server(), m_location);
    }
    m_database = store::Database::open(m_url, connections);
    store::migrate(*m_database);
}

long long TestDatabase::count(std::string const& sql)
{
    auto connection = m_database->connect();
    return store::Query(connection, sql).scalar();
}

TestDatabase::~TestDatabase()
{
    m_database.reset();
    if (m_backend == store::Backend::Sqlite) {
        std::error_code ignored;
        for (auto suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(m_location + suffix, ignored);
    } else {
        try {
            soci::session admin(*soci::factory_postgresql(), administrator_connect_string());
            admin << "DROP DATABASE " + m_location + " WITH (FORCE)";
        } catch (std::exception const&) {
            // The database stays behind in the throwaway cluster; nothing depends on it.
        }
    }
}

} // namespace tremplin::test_support

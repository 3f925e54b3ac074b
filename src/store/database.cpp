#include "store/database.hpp"

#include "store/query.hpp"
#include "store/statement_cache.hpp"

#include <stdexcept>

#include <soci/connection-pool.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

namespace tremplin::store {

namespace {

// SOCI 4.0 passes a URL without any "key=value" in it to libpq mangled (libpq then looks for a
// database named "NAME="): naming the application adds one, and shows Tremplin's connections in
// pg_stat_activity.
std::string postgresql_connect_string(std::string_view url)
{
    std::string connect(url);
    if (connect.find('=') == std::string::npos)
        connect +=
            (connect.find('?') == std::string::npos ? "?" : "&") + std::string("application_name=tremplin");
    return connect;
}

// The pool gives each connection to one thread at a time, so SQLite need not lock around
// every call it serves (SQLite "multi-thread" mode). This must precede SQLite's
// initialisation, which the first connection triggers.
void choose_sqlite_threading()
{
    static int const chosen = sqlite_api::sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    (void)chosen;
}

void open_sqlite(soci::session& session, std::string const& path)
{
    choose_sqlite_threading();
    std::string escaped;
    for (char c : path) {
        if (c == '"')
            escaped += '\\';
        escaped += c;
    }
    session.open(*soci::factory_sqlite3(), "db=\"" + escaped + "\" timeout=10");
    // docs/design.md "SQLite": WAL lets readers work while one writer writes; NORMAL sync is safe
    // in WAL mode; a 64 MB page cache keeps a centre's working set in memory.
    session << "PRAGMA journal_mode = WAL";
    session << "PRAGMA synchronous = NORMAL";
    session << "PRAGMA foreign_keys = ON";
    session << "PRAGMA busy_timeout = 10000";
    session << "PRAGMA cache_size = -65536";
    session << "PRAGMA temp_store = MEMORY";
}

} // namespace

Connection::Connection(soci::connection_pool& pool, std::size_t position, StatementCache& statements,
                       Backend backend)
    : m_pool(&pool), m_position(position), m_session(&pool.at(position)), m_statements(&statements),
      m_backend(backend)
{
}

Connection::Connection(Connection&& other) noexcept
    : m_pool(other.m_pool), m_position(other.m_position), m_session(other.m_session),
      m_statements(other.m_statements), m_backend(other.m_backend)
{
    other.m_pool = nullptr;
}

Connection::~Connection()
{
    if (m_pool)
        m_pool->give_back(m_position);
}

Transaction::Transaction(Connection& connection, Mode mode) : m_connection(connection)
{
    if (connection.backend() == Backend::Sqlite) {
        // A read on SQLite sees one snapshot from its first statement on (WAL). The statements
        // are prepared once per connection, like any other: every page opens a transaction.
        Query(m_connection, mode == Mode::Write ? "BEGIN IMMEDIATE" : "BEGIN").run();
        return;
    }
    // PostgreSQL's default, read committed, gives each statement its own snapshot: a page that
    // reads several queries asks for one snapshot for them all. Read only, it can never fail
    // to serialise.
    m_connection.session() << (mode == Mode::Write ? "BEGIN"
                                                   : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

Transaction::~Transaction()
{
    if (m_open) {
        try {
            m_connection.session() << "ROLLBACK";
        } catch (...) {
            // The connection is broken, and the database has rolled back on its own.
        }
    }
}

void Transaction::commit()
{
    if (m_connection.backend() == Backend::Sqlite)
        Query(m_connection, "COMMIT").run();
    else
        m_connection.session() << "COMMIT";
    m_open = false;
}

Database::Database(Backend backend, std::size_t pool_size)
    : m_backend(backend), m_pool(std::make_unique<soci::connection_pool>(pool_size))
{
    for (std::size_t i = 0; i < pool_size; ++i)
        m_statements.push_back(std::make_unique<StatementCache>());
}

Database::~Database() = default;

std::unique_ptr<Database> Database::open(std::string_view url, std::size_t pool_size)
{
    if (pool_size == 0)
        pool_size = 1;
    std::unique_ptr<Database> database;
    if (url.starts_with("sqlite:")) {
        auto const path = std::string(url.substr(7));
        if (path.empty())
            throw std::invalid_argument("sqlite: needs a file path, e.g. sqlite:tremplin.db");
        database.reset(new Database(Backend::Sqlite, pool_size));
        for (std::size_t i = 0; i < pool_size; ++i)
            open_sqlite(database->m_pool->at(i), path);
    } else if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
        database.reset(new Database(Backend::PostgreSql, pool_size));
        for (std::size_t i = 0; i < pool_size; ++i) {
            auto& session = database->m_pool->at(i);
            session.open(*soci::factory_postgresql(), postgresql_connect_string(url));
            // Notices ("relation already exists, skipping") are not for the server's log.
            session << "SET client_min_messages TO WARNING";
        }
    } else {
        throw std::invalid_argument("the database must be sqlite:PATH or postgresql://…, not " +
                                    std::string(url));
    }
    return database;
}

Connection Database::connect()
{
    auto const position = m_pool->lease();
    return Connection(*m_pool, position, *m_statements[position], m_backend);
}

bool Database::answers()
{
    try {
        auto connection = connect();
        int one = 0;
        connection.session() << "SELECT 1", soci::into(one);
        return one == 1;
    } catch (std::exception const&) {
        return false;
    }
}

} // namespace tremplin::store

#pragma once

// The database: a pool of connections to SQLite or PostgreSQL, chosen by the URL.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace soci {
class connection_pool;
class session;
} // namespace soci

namespace tremplin::store {

class StatementCache;

enum class Backend { Sqlite, PostgreSql };

class Database;

// A connection leased from the pool for one unit of work; given back when destroyed.
class Connection {
  public:
    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&&) = delete;
    ~Connection();

    soci::session& session() { return *m_session; }
    Backend backend() const { return m_backend; }
    StatementCache& statements() { return *m_statements; }

  private:
    friend class Database;
    Connection(soci::connection_pool& pool, std::size_t position, StatementCache& statements,
               Backend backend);

    soci::connection_pool* m_pool;
    std::size_t m_position;
    soci::session* m_session;
    StatementCache* m_statements;
    Backend m_backend;
};

// A transaction that rolls back unless committed.
class Transaction {
  public:
    enum class Mode { Read, Write };

    // A Write transaction on SQLite takes the write lock at once (BEGIN IMMEDIATE), so that two
    // writers queue instead of deadlocking when both upgrade from reading.
    Transaction(Connection& connection, Mode mode);
    Transaction(Transaction const&) = delete;
    Transaction& operator=(Transaction const&) = delete;
    ~Transaction();

    void commit();

  private:
    Connection& m_connection;
    bool m_open = true;
};

class Database {
  public:
    // `url` is "sqlite:PATH" or a PostgreSQL URL ("postgresql://user@host:port/name").
    // Throws std::invalid_argument for any other form, soci::soci_error if it cannot connect.
    static std::unique_ptr<Database> open(std::string_view url, std::size_t pool_size);

    ~Database();

    Backend backend() const { return m_backend; }

    Connection connect();

    // Whether the database answers a trivial query now.
    bool answers();

  private:
    Database(Backend backend, std::size_t pool_size);

    Backend m_backend;
    std::unique_ptr<soci::connection_pool> m_pool;
    // One per pooled connection; declared after the pool, so destroyed before the sessions
    // its statements were prepared on.
    std::vector<std::unique_ptr<StatementCache>> m_statements;
};

} // namespace tremplin::store

#pragma once

// Statements prepared once per connection and executed many times, so that SQLite and
// PostgreSQL parse and plan each distinct SQL text once instead of at every request.
// Internal to the store: only its .cpp files include SOCI.

#include "store/query.hpp"

#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <soci/soci.h>

namespace tremplin::store {

class PreparedStatement {
  public:
    enum class Returns { Nothing, Rows };

    PreparedStatement(soci::session& session, std::string const& sql, Returns returns,
                      std::vector<BoundValue> const& values);

    // Gives the placeholders these values; false when they do not fit the statement (a name is
    // missing, or a value changed type), and it must be prepared anew.
    bool rebind(std::vector<BoundValue> const& values);

    soci::statement& statement() { return m_statement; }
    soci::row const& row() const { return *m_row; }

    Columns columns; // learnt from its first row

    bool busy = false; // under way: a nested query with the same text gets its own statement

  private:
    struct Slot {
        std::string source; // the name of the value the placeholder reads
        bool is_integer = false;
        long long integer = 0;
        std::string text;
        soci::indicator indicator = soci::i_ok;
    };

    std::deque<Slot> m_slots; // deque: the statement keeps pointers into it
    std::unique_ptr<soci::row> m_row;
    soci::statement m_statement;
};

class StatementCache {
  public:
    // The statement for `sql` on this connection, bound to `values`: from the cache when it was
    // prepared before and is not under way, otherwise prepared now.
    std::shared_ptr<PreparedStatement> prepare(soci::session& session, std::string const& sql,
                                               PreparedStatement::Returns returns,
                                               std::vector<BoundValue> const& values);

    // Drops a statement that failed, so that the next use prepares it afresh.
    void forget(std::string const& sql, PreparedStatement::Returns returns);

  private:
    static constexpr std::size_t capacity = 256;
    std::unordered_map<std::string, std::shared_ptr<PreparedStatement>> m_statements;
};

} // namespace tremplin::store

#pragma once

// A fresh, migrated database for one test: a temporary SQLite file, or a database of its own
// on the PostgreSQL server named by TREMPLIN_TEST_PG. Removed when the test ends.

#include "store/database.hpp"

#include <memory>
#include <string>
#include <vector>

namespace tremplin::test_support {

class TestDatabase {
  public:
    explicit TestDatabase(store::Backend backend, std::size_t connections = 2);
    ~TestDatabase();

    store::Database& database() { return *m_database; }
    std::string const& url() const { return m_url; }

    // The number a COUNT query returns, for checking what was (or was not) saved.
    long long count(std::string const& sql);

  private:
    store::Backend m_backend;
    std::string m_url;
    std::string m_location; // the SQLite file, or the PostgreSQL database
    std::unique_ptr<store::Database> m_database;
};

// SQLite always; PostgreSQL too when TREMPLIN_TEST_PG is set.
std::vector<store::Backend> test_backends();

std::string backend_name(store::Backend backend);

} // namespace tremplin::test_support

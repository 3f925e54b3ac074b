#pragma once

// A fresh, migrated database for one test: a temporary SQLite file, or a database of its own
// on the PostgreSQL server named by TREMPLIN_TEST_PG. Removed when the test ends.

#include "store/database.hpp"

#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

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

inline std::string backend_test_name(::testing::TestParamInfo<store::Backend> const& info)
{
    return backend_name(info.param);
}

} // namespace tremplin::test_support

// Runs a suite of TEST_P tests once per backend of test_backends().
#define TREMPLIN_ON_EVERY_BACKEND(Suite)                                                                     \
    INSTANTIATE_TEST_SUITE_P(Backends, Suite,                                                                \
                             ::testing::ValuesIn(::tremplin::test_support::test_backends()),                 \
                             ::tremplin::test_support::backend_test_name)

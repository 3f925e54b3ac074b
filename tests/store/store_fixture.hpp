#pragma once

#include "domain/participant.hpp"
#include "store/organisation_repository.hpp"
#include "store/participant_repository.hpp"
#include "support/test_database.hpp"

#include <gtest/gtest.h>

namespace tremplin::test_support {

// A migrated database of each backend, with one organisation in it.
class StoreTest : public ::testing::TestWithParam<store::Backend> {
  protected:
    StoreTest() : m_test_database(GetParam())
    {
        auto connection = database().connect();
        organisation_id =
            store::OrganisationRepository(connection).insert({0, "Centre", "fr"}, "2026-01-01T00:00:00Z");
    }

    store::Database& database() { return m_test_database.database(); }

    long long organisation_id = 0;

  private:
    TestDatabase m_test_database;
};

} // namespace tremplin::test_support

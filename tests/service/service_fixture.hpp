#pragma once

#include "service/account_service.hpp"
#include "service/audit_trail.hpp"
#include "service/participant_service.hpp"
#include "store/query.hpp"
#include "support/fixed_clock.hpp"
#include "support/test_database.hpp"

#include <gtest/gtest.h>

namespace tremplin::test_support {

// Services over a fresh database of each backend, with a clock the test controls and one
// account per role.
class ServiceTest : public ::testing::TestWithParam<store::Backend> {
  protected:
    ServiceTest()
        : m_test_database(GetParam()), accounts(database(), clock, {"fr", "nl", "en"},
                                                {.password_hashing = service::PasswordHashing::Minimal}),
          participants(database(), clock, {"fr", "nl", "en"}), audit(database())
    {
        director = add("director", domain::Role::Director);
        coordinator = add("coordinator", domain::Role::Coordinator);
        trainer = add("trainer", domain::Role::Trainer);
        funder = add("funder", domain::Role::Funder);
    }

    store::Database& database() { return m_test_database.database(); }

    service::Actor add(std::string const& username, domain::Role role)
    {
        auto account = accounts.add_account({username, "Name of " + username, role, password});
        EXPECT_TRUE(account) << username;
        return {*account, "192.0.2.10"};
    }

    long long count(std::string const& sql) { return m_test_database.count(sql); }

    // A second centre in the same database, to check that nothing crosses from one to the other.
    long long another_centre()
    {
        auto connection = database().connect();
        return store::Query(connection, "INSERT INTO organisations (name, default_language, created_at) "
                                        "VALUES ('Other', 'fr', '2026-01-01T00:00:00Z') RETURNING id")
            .scalar();
    }

    std::string const password = "correct horse battery";
    FixedClock clock;

  private:
    TestDatabase m_test_database;

  protected:
    service::AccountService accounts;
    service::ParticipantService participants;
    service::AuditService audit;
    service::Actor director, coordinator, trainer, funder;
};

} // namespace tremplin::test_support

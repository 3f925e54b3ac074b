#pragma once

// Whether this server can do its work: what `/health` reports to whoever watches it (a load
// balancer, a monitoring probe). No account is needed and nothing personal is read.

#include "store/database.hpp"

#include <string_view>

namespace tremplin::service {

struct Health {
    bool database_answers = false;
    std::string_view backend; // "sqlite" or "postgresql"
};

class SystemHealth {
  public:
    // Implicit on purpose: the web layer's services are built from the database they run on.
    SystemHealth(store::Database& database) : m_database(database) {} // NOLINT(google-explicit-constructor)

    Health now() const
    {
        return {m_database.answers(),
                m_database.backend() == store::Backend::Sqlite ? "sqlite" : "postgresql"};
    }

  private:
    store::Database& m_database;
};

} // namespace tremplin::service

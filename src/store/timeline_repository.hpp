#pragma once

#include "domain/timeline.hpp"
#include "store/database.hpp"

#include <vector>

namespace tremplin::store {

class TimelineRepository {
  public:
    explicit TimelineRepository(Connection& connection) : m_connection(connection) {}

    long long insert(long long organisation_id, domain::TimelineEntry const& entry,
                     std::optional<long long> author_staff_account_id);

    // Newest first.
    std::vector<domain::TimelineEntry> entries_of(long long organisation_id, long long participant_id);

  private:
    Connection& m_connection;
};

} // namespace tremplin::store

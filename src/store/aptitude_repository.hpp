#pragma once

// Aptitude tests of tracks and the scores applicants obtained.

#include "domain/aptitude.hpp"
#include "store/database.hpp"

#include <map>
#include <optional>
#include <vector>

namespace tremplin::store {

class AptitudeRepository {
  public:
    explicit AptitudeRepository(Connection& connection) : m_connection(connection) {}

    // Every track's test that has one, by track id.
    std::map<long long, domain::AptitudeTest> tests(long long organisation_id);
    std::optional<domain::AptitudeTest> test(long long organisation_id, long long track_id);
    // Sets the test of a track, or removes it when `test` is nothing.
    void set_test(long long organisation_id, long long track_id,
                  std::optional<domain::AptitudeTest> const& test, std::string const& now);

    long long insert_score(long long organisation_id, domain::AptitudeScore const& score,
                           long long recorded_by, std::string const& now);
    // The scores of the applications, oldest first.
    std::vector<domain::AptitudeScore> scores(long long organisation_id,
                                              std::vector<long long> const& application_ids);

  private:
    Connection& m_connection;
};

} // namespace tremplin::store

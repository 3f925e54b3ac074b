#pragma once

// The catalogue: tracks, their versions and the modules of each version.

#include "domain/track.hpp"
#include "store/database.hpp"

#include <optional>
#include <vector>

namespace tremplin::store {

class TrackRepository {
  public:
    explicit TrackRepository(Connection& connection) : m_connection(connection) {}

    long long insert(domain::Track const& track, std::string const& now);
    void update(domain::Track const& track, std::string const& now);
    std::optional<domain::Track> find(long long organisation_id, long long id);
    std::optional<domain::Track> find_by_code(long long organisation_id, std::string const& code);
    std::vector<domain::Track> all(long long organisation_id);

    // A new version holding `modules`, made the track's current one; returns its id.
    long long add_version(long long organisation_id, long long track_id,
                          std::vector<domain::Module> const& modules, std::string const& now);
    std::optional<domain::TrackVersion> version(long long organisation_id, long long version_id);
    // Whether a cohort runs on the version: then its modules may no longer change in place.
    bool version_in_use(long long version_id);
    // Replaces the modules of a version no cohort uses yet.
    void replace_modules(long long organisation_id, long long version_id,
                         std::vector<domain::Module> const& modules);

  private:
    void insert_modules(long long organisation_id, long long version_id,
                        std::vector<domain::Module> const& modules);

    Connection& m_connection;
};

} // namespace tremplin::store

#pragma once

// Pairs of records that may be one woman: a record made from a public page and a record the
// centre already kept. Staff merge them or keep them apart (docs/design.md "Public forms").

#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::store {

struct PossibleMatch {
    long long id = 0;
    long long organisation_id = 0;
    long long participant_id = 0; // the record made from the public page
    long long known_id = 0;       // the record it may duplicate
    std::string source;           // the public page: "application", "information_session"
    std::string found_at;
    std::optional<std::string> resolved_at;
    std::string resolution; // "merged", "distinct", or "" while open
};

// A match with the names of both records, for lists.
struct PossibleMatchView {
    PossibleMatch match;
    std::string participant_name;
    std::string known_name;
};

class PossibleMatchRepository {
  public:
    explicit PossibleMatchRepository(Connection& connection) : m_connection(connection) {}

    long long insert(PossibleMatch const& match);
    std::optional<PossibleMatch> find(long long organisation_id, long long id);
    // The open ones, oldest first.
    std::vector<PossibleMatchView> open(long long organisation_id, int limit);
    long long count_open(long long organisation_id);
    // The open ones either of whose records is `participant_id`.
    std::vector<PossibleMatchView> open_of(long long organisation_id, long long participant_id);
    void resolve(long long id, std::string const& resolution, long long staff_id, std::string const& now);

    // After `from` was merged into `into`: the other open matches of `from` now concern `into`,
    // and a match of a record with itself is closed.
    void follow_merge(long long organisation_id, long long from, long long into, std::string const& now);

  private:
    Connection& m_connection;
};

} // namespace tremplin::store

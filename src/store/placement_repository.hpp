#pragma once

// Placement rounds, one a cohort: the offers each opened with, the trainees' wishes and
// languages, the hosts' views, and the result of its run with its exclusions.

#include "domain/placement.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tremplin::store {

// What the run (or staff, adjusting it) gave one trainee.
struct PlacementResult {
    long long enrolment_id = 0;
    std::optional<long long> offer_id; // none: unplaced
    std::string unplaced;              // why not, as the allocation codes it; "" when adjusted
    bool adjusted = false;
    std::string adjustment_reason;
    std::optional<long long> traineeship_id; // the one its confirmation made
};

struct PlacementExclusionRow {
    long long enrolment_id = 0;
    long long offer_id = 0;
    domain::PlacementExclusion reason = domain::PlacementExclusion::NoConsentToShare;
};

struct StoredPlacementRound {
    long long id = 0;
    long long organisation_id = 0;
    long long cohort_id = 0;
    domain::PlacementRoundStatus status = domain::PlacementRoundStatus::Draft;
    std::optional<std::int64_t> seed; // the last run's
    std::string opened_at;
    std::string run_at;
    std::string confirmed_at;
    std::optional<long long> confirmed_by;
    std::vector<long long> offer_ids;
    std::map<long long, std::vector<std::string>> languages; // enrolment -> set by staff
    std::map<long long, std::vector<long long>> wishes;      // enrolment -> offers, first first
    std::vector<domain::HostView> host_views;
    std::vector<PlacementResult> results;
    std::vector<PlacementExclusionRow> exclusions;
};

class PlacementRepository {
  public:
    explicit PlacementRepository(Connection& connection) : m_connection(connection) {}

    // The round with its offers; gives its id.
    long long insert(StoredPlacementRound const& round);
    std::optional<StoredPlacementRound> find(long long organisation_id, long long id);
    std::optional<StoredPlacementRound> of_cohort(long long organisation_id, long long cohort_id);

    void set_languages(long long round_id, long long enrolment_id, std::vector<std::string> const& languages);
    void set_wishes(long long round_id, long long enrolment_id, std::vector<long long> const& offer_ids);
    // Her view as the host gave it; none when it gave neither a rank nor a refusal.
    void set_host_view(long long round_id, domain::HostView const& view);

    // The run's result replaces the last; the round is run.
    void keep_run(StoredPlacementRound const& round);
    // The inputs changed since the run: its result goes, the round is a draft again.
    void forget_run(long long round_id);
    void adjust(long long round_id, PlacementResult const& result);
    void confirm(StoredPlacementRound const& round);

  private:
    std::optional<StoredPlacementRound> read(std::string const& condition, long long organisation_id,
                                             long long value);

    Connection& m_connection;
};

} // namespace tremplin::store

#pragma once

// Placement rounds: the job coach opens a cohort's round with the offers open to it, records
// each trainee's wishes and languages and each host's view of its candidates, runs it (a seed
// drawn and stored with the result), adjusts a result with a reason, and confirms it: each
// placed trainee gets a planned traineeship, all or nothing. docs/domain.md "Placement round"

#include "domain/cohort.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "service/placement_allocation.hpp"
#include "service/unit_of_work.hpp"
#include "store/database.hpp"
#include "store/enrolment_repository.hpp"
#include "store/offer_repository.hpp"
#include "store/placement_repository.hpp"

#include <map>
#include <optional>
#include <vector>

namespace tremplin::service {

// One trainee of the round as its page lists her.
struct PlacementTraineeLine {
    store::EnrolmentView enrolment;
    std::vector<std::string> languages; // as set for the round, else her preferred language
    bool shares_with_employers = false;
    std::vector<long long> wishes; // offers, first first
};

// Everything the round's page shows, read at one moment. Without a round, only the cohort.
struct PlacementPage {
    domain::Cohort cohort;
    std::optional<store::StoredPlacementRound> round;
    std::vector<PlacementTraineeLine> trainees;   // the cohort's, by name
    std::vector<store::OfferLine> offers;         // the round's
    std::map<long long, int> more_with_one_place; // offer -> trainees one more place there would add
    bool may_manage = false;
};

// What staff set for one trainee: her wishes (offer ids, first first) and her languages.
struct PlacementWishes {
    long long enrolment_id = 0;
    std::vector<long long> offer_ids;
    std::vector<std::string> languages;
};

// The round as `tremplin match` reads it, and the seed its lottery was drawn with.
struct PlacementMatchInput {
    long long round_id = 0;
    std::int64_t seed = 0;
    match::Instance instance;
};

class PlacementRoundService {
  public:
    PlacementRoundService(store::Database& database, Clock const& clock) : m_units(database, clock) {}

    domain::Result<PlacementPage> page(Actor const& actor, long long cohort_id);
    // The id of the cohort's round; not found before one is opened.
    domain::Result<long long> round_of(Actor const& actor, long long cohort_id);

    // Opens the cohort's round with its open offers for its track that overlap its traineeship
    // period; gives the round's id (the one already open, when there is one).
    domain::Result<long long> open(Actor const& actor, long long cohort_id);
    // A change of wishes, languages or views takes a run round back to draft: its result no
    // longer says what the round would give.
    domain::Result<void> set_wishes(Actor const& actor, long long round_id, PlacementWishes const& wishes);
    // The host's views of the candidates for one of the round's offers.
    domain::Result<void> set_host_views(Actor const& actor, long long round_id, long long offer_id,
                                        std::vector<domain::HostView> const& views);
    // Runs the round with a new seed and keeps its result; gives the seed.
    domain::Result<std::int64_t> run(Actor const& actor, long long round_id);
    // Gives her another offer of the round that has a place left (none: unplaced), for a reason.
    domain::Result<void> adjust(Actor const& actor, long long round_id, long long enrolment_id,
                                std::optional<long long> offer_id, std::string const& reason);
    // A planned traineeship for each placed trainee, all or nothing; once.
    domain::Result<void> confirm(Actor const& actor, long long round_id);

    // The run round of the cohort as the input of `tremplin match`.
    domain::Result<PlacementMatchInput> match_input(Actor const& actor, long long cohort_id);

  private:
    UnitsOfWork m_units;
};

} // namespace tremplin::service

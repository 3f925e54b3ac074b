#pragma once

// A stored placement round with everything that decides it read at one moment: its cohort, the
// cohort's trainees with their consent and languages, the round's offers as they stand, and
// the round in the form the allocation takes. docs/domain.md "Placement round"

#include "domain/cohort.hpp"
#include "domain/placement.hpp"
#include "service/unit_of_work.hpp"
#include "store/enrolment_repository.hpp"
#include "store/offer_repository.hpp"
#include "store/placement_repository.hpp"

#include <vector>

namespace tremplin::service {

struct PlacementRoundState {
    domain::Cohort cohort;
    store::StoredPlacementRound stored;
    std::vector<store::EnrolmentView> enrolments; // the trainees of the round, by name
    std::vector<store::OfferLine> offers;         // the round's, open or not
    domain::PlacementRound round;                 // its trainees, its open offers, the views
};

// A problem with the round, said beside `field`.
domain::Error placement_problem(std::string field, std::string message_key);

// The round's state; not found when it is not the centre's.
domain::Result<PlacementRoundState> round_state(UnitOfWork& unit, long long round_id);
// The same, refused once the round is confirmed: it takes no more changes.
domain::Result<PlacementRoundState> changeable_round(UnitOfWork& unit, long long round_id);

// Whether an enrolment takes part in her cohort's round: she has not left it.
bool takes_part(domain::EnrolmentStage stage);

// Reads the state of a stored round. The cohort has a traineeship period (a round is opened
// only then).
domain::Result<PlacementRoundState> placement_state(UnitOfWork& unit, store::StoredPlacementRound stored);

// The trainee of the round with that enrolment; nothing when she is not one.
domain::PlacementTrainee const* trainee_of(domain::PlacementRound const& round, long long enrolment_id);
domain::PlacementOffer const* offer_of(domain::PlacementRound const& round, long long offer_id);

} // namespace tremplin::service

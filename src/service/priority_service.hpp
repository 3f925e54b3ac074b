#pragma once

// Social priority: the director keeps the criteria and their tiers; staff read each
// applicant's tier with the reasons for it and where the proof of each stands, record the day
// a proof was received, and read her eligibility for the tracks of the cohorts she chose
// (aptitude tests). The admission round builds its priority groups from `standings`.

#include "domain/aptitude.hpp"
#include "domain/priority.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "service/unit_of_work.hpp"
#include "store/database.hpp"

#include <vector>

namespace tremplin::service {

// One of her choices and whether the track of that cohort takes her.
struct ChoiceEligibility {
    long long cohort_id = 0;
    std::string cohort_name;
    domain::Track track;
    domain::Eligibility eligibility;
};

struct ApplicantStanding {
    long long application_id = 0;
    long long participant_id = 0;
    domain::PriorityStanding priority;
    std::vector<ChoiceEligibility> choices; // in her order of preference
};

// The day the proof of one of her criteria was received, as typed on her application.
struct ProofInput {
    std::string criterion_code;
    domain::DateFields received_on;
};

class PriorityService {
  public:
    PriorityService(store::Database& database, Clock const& clock) : m_units(database, clock) {}

    // The centre's criteria and tiers (the programme's default until the director saves hers).
    domain::Result<domain::PriorityScheme> scheme(Actor const& actor);
    // The same, to change: for the director alone, who may `save` it.
    domain::Result<domain::PriorityScheme> for_editing(Actor const& actor);
    // Replaces every criterion with those typed, all or nothing; audited. Director only.
    domain::Result<void> save(Actor const& actor, std::vector<domain::CriterionInput> const& typed);

    // For each application (unknown ones left out), in the order given: her tier today with the
    // reasons and where the proof of each stands, and her eligibility for the track of each
    // cohort she chose.
    domain::Result<std::vector<ApplicantStanding>> standings(Actor const& actor,
                                                             std::vector<long long> const& application_ids);
    domain::Result<ApplicantStanding> standing(Actor const& actor, long long application_id);

    // Records the day the proof of a criterion of the scheme was received from the woman who
    // sent the application, replacing the day recorded before; audited. Errors name
    // "received_on" or one of its parts.
    domain::Result<void> record_proof(Actor const& actor, long long application_id, ProofInput const& typed);

  private:
    UnitsOfWork m_units;
};

} // namespace tremplin::service

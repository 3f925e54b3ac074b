#pragma once

// The demo centre's traineeships: nine trainees in ten of a cohort whose traineeship period has
// begun have one, at the centre's enterprises in turn, under each one's first contact as tutor, its
// agreement signed by all three the week before it starts. In a cohort still in training, every
// other trainee has a planned one, its agreement signed by the centre alone. One that is over is completed,
// the tutor's two evaluations sent, and one trainee in three was hired by her host; one that runs is ongoing.
// The job coach's waiting work is the exception: the first trainee of the cohort whose period ended last has
// no evaluation yet (both late), and the tutor's link for the mid-term one waits for its answer.

#include "cli/demo/demo_clock.hpp"
#include "service/evaluation_service.hpp"
#include "service/partner_service.hpp"
#include "service/traineeship_service.hpp"
#include "service/training.hpp"

#include <random>
#include <string>

namespace tremplin::cli {

struct DemoTraineeshipsSummary {
    int traineeships = 0;
    int evaluations = 0;
    int hired = 0;
    std::string waiting_link; // the path of the tutor's link, shown once
};

struct DemoTraineeshipActors {
    service::Actor const& reader;    // the director: finds the cohorts and their trainees
    service::Actor const& job_coach; // records the traineeships and makes the links
};

// Each step is dated by `clock`, never after `now`.
DemoTraineeshipsSummary create_traineeships(service::Training& training, service::PartnerService& partners,
                                            service::TraineeshipService& traineeships,
                                            service::EvaluationService& evaluations,
                                            DemoTraineeshipActors const& actors, DemoClock& clock,
                                            domain::Instant now, std::mt19937_64& random);

} // namespace tremplin::cli

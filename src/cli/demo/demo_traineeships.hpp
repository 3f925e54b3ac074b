#pragma once

// The demo centre's traineeship: one trainee of the cohort whose traineeship period ended last,
// at an enterprise under its first contact as tutor, completed, its two evaluations late; and the
// tutor's link for the mid-term one, the job coach's waiting work.

#include "service/evaluation_service.hpp"
#include "service/partner_service.hpp"
#include "service/traineeship_service.hpp"
#include "service/training.hpp"

#include <string>

namespace tremplin::cli {

struct DemoTraineeshipsSummary {
    int traineeships = 0;
    std::string waiting_link; // the path of the tutor's link, shown once
};

// `reader` (the director) finds the cohort and its trainee; `job_coach` records the traineeship
// and makes the link.
DemoTraineeshipsSummary create_traineeships(service::Training& training, service::PartnerService& partners,
                                            service::TraineeshipService& traineeships,
                                            service::EvaluationService& evaluations,
                                            service::Actor const& reader, service::Actor const& job_coach,
                                            domain::Date today);

} // namespace tremplin::cli

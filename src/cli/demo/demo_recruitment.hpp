#pragma once

// The demo centre's recruitment: an intake for each half-year of cohorts, open from four
// months before the first of them starts, and the applications women sent to each. A closed
// intake's seats were drawn and confirmed in an admission round, re-run when a woman declined;
// the open one's applications are spread over the pipeline for the coordinator to move on.

#include "cli/demo/demo_catalogue.hpp"
#include "cli/demo/demo_clock.hpp"
#include "locale/catalogues.hpp"
#include "service/recruitment.hpp"

#include <random>

namespace tremplin::cli {

struct DemoRecruitmentSummary {
    int intakes = 0;
    int applications = 0;
    int aptitude_scores = 0;
    int proofs = 0;   // proofs of priority received
    int rounds = 0;   // confirmed admission rounds, re-runs included
    int declined = 0; // seats declined
};

// `actor` (the coordinator) keeps the intakes, moves applications and draws the seats; the
// women apply through the public form's service. Cohorts must be empty of trainees. The letters they were
// sent are sent, but for the last week's, which wait in the outbox. The clock is moved as the years go and
// put back.
DemoRecruitmentSummary create_recruitment(service::Recruitment& recruitment, service::Training& training,
                                          locale::Catalogues const& catalogues, DemoClock& clock,
                                          service::Actor const& actor, std::mt19937_64& random,
                                          int applications_per_year);

} // namespace tremplin::cli

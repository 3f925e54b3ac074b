#pragma once

// The services of recruitment, built together: the public desk they share, information
// sessions, intakes, the applications sent to them, social priority, aptitude tests, the
// letters to applicants and the admission rounds.

#include "service/admission_service.hpp"
#include "service/application_service.hpp"
#include "service/aptitude_service.hpp"
#include "service/information_session_service.hpp"
#include "service/intake_service.hpp"
#include "service/outbox_service.hpp"
#include "service/priority_service.hpp"
#include "service/public_desk.hpp"

namespace tremplin::service {

struct Recruitment {
    Recruitment(store::Database& database, Clock const& clock, std::vector<std::string> languages,
                PublicLimits limits = {})
        : desk(clock, limits), information_sessions(database, clock, desk, languages),
          intakes(database, clock), applications(database, clock, intakes, desk, std::move(languages)),
          priority(database, clock), aptitude(database, clock), outbox(database, clock),
          admission(database, clock, priority)
    {
    }

    PublicDesk desk;
    InformationSessionService information_sessions;
    IntakeService intakes;
    ApplicationService applications;
    PriorityService priority;
    AptitudeService aptitude;
    OutboxService outbox;
    AdmissionService admission;
};

} // namespace tremplin::service

#pragma once

// The services of recruitment, built together: the public desk they share, information
// sessions, intakes and the applications sent to them.

#include "service/application_service.hpp"
#include "service/information_session_service.hpp"
#include "service/intake_service.hpp"
#include "service/public_desk.hpp"

namespace tremplin::service {

struct Recruitment {
    Recruitment(store::Database& database, Clock const& clock, std::vector<std::string> languages,
                PublicLimits limits = {})
        : desk(clock, limits), information_sessions(database, clock, desk, languages), intakes(database, clock),
          applications(database, clock, intakes, desk, std::move(languages))
    {
    }

    PublicDesk desk;
    InformationSessionService information_sessions;
    IntakeService intakes;
    ApplicationService applications;
};

} // namespace tremplin::service

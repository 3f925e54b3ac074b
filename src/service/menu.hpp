#pragma once

// The parts of the programme an account may open, read from her role's permissions: what the
// menu lists and the home page offers. The pages show it; the use cases behind each part
// check the same permissions again.

#include "service/actor.hpp"

namespace tremplin::service {

struct Menu {
    bool participants = false;
    bool add_participants = false;
    bool information_sessions = false;
    bool partners = false;
    bool offers = false;
    bool evaluations = false;
    bool applications = false;
    bool outbox = false;
    bool lessons = false;
    bool cohorts = false;
    bool tracks = false;
    bool training_hours = false;
    bool audit = false;
    bool accounts = false;
};

Menu menu_of(Actor const& actor);

} // namespace tremplin::service

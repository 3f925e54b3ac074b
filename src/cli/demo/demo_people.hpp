#pragma once

// Invented people for the demo centre, drawn with the proportions published for the programme
// (age, education; docs/domain.md "The programme") and the mix of origins of Brussels. Nobody
// here is real.

#include "domain/participant.hpp"

#include <random>

namespace tremplin::cli {

// One participant's answers, as a form would carry them.
domain::ParticipantInput invented_participant(std::mt19937_64& random, domain::Date today);

// A note on her timeline, in French (the demo centre's language).
std::string invented_note(std::mt19937_64& random);

} // namespace tremplin::cli

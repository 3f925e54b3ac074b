#pragma once

// What the pages of an intake's admission and of its rounds share: how a round's status and
// times read.

#include "domain/admission.hpp"
#include "web/context.hpp"

#include <string>

namespace tremplin::web {

// A UTC timestamp as the centre reads it, in its time zone.
std::string local_time(Context const& context, std::string const& timestamp);
std::string round_status_text(locale::Catalogue const& catalogue, domain::RoundStatus status);

} // namespace tremplin::web

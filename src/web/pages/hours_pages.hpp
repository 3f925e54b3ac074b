#pragma once

// The training hours and parity of a year.

#include "web/application.hpp"

namespace tremplin::web::pages::hours {

domain::Result<Response> training_hours(Context& context, Services& services);

} // namespace tremplin::web::pages::hours

#pragma once

// What every server answers: its health, and the static assets.

#include "web/application.hpp"

namespace tremplin::web::pages::system {

Response asset(Context& context);
Response health(Context& context, Services& services);

} // namespace tremplin::web::pages::system

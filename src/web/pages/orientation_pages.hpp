#pragma once

// The tracks recommended to her after orientation.

#include "web/application.hpp"

namespace tremplin::web::pages::orientation {

domain::Result<Response> show_recommendations(Context& context, Services& services);
domain::Result<Response> save_recommendations(Context& context, Services& services);

} // namespace tremplin::web::pages::orientation

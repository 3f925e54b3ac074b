#pragma once

// The tracks recommended to her after orientation.

#include "web/application.hpp"

namespace tremplin::web::pages::orientation {

Response show_recommendations(Context& context, Services& services);
Response save_recommendations(Context& context, Services& services);

} // namespace tremplin::web::pages::orientation

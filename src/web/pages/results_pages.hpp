#pragma once

// The module results of a cohort.

#include "web/application.hpp"

namespace tremplin::web::pages::results {

Response show_results(Context& context, Services& services);
Response save_results(Context& context, Services& services);

} // namespace tremplin::web::pages::results

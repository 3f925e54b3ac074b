#pragma once

// The module results of a cohort.

#include "web/application.hpp"

namespace tremplin::web::pages::results {

domain::Result<Response> show_results(Context& context, Services& services);
domain::Result<Response> save_results(Context& context, Services& services);

} // namespace tremplin::web::pages::results

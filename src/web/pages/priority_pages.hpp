#pragma once

// The priority criteria and their tiers, and the aptitude tests.

#include "web/application.hpp"

namespace tremplin::web::pages::priority {

domain::Result<Response> priority_page(Context& context, Services& services);
domain::Result<Response> save_priority(Context& context, Services& services);
domain::Result<Response> aptitude_tests_page(Context& context, Services& services);
domain::Result<Response> save_aptitude_tests(Context& context, Services& services);

} // namespace tremplin::web::pages::priority

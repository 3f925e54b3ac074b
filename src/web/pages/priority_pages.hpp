#pragma once

// The priority criteria and their tiers, and the aptitude tests.

#include "web/application.hpp"

namespace tremplin::web::pages::priority {

Response priority_page(Context& context, Services& services);
Response save_priority(Context& context, Services& services);
Response aptitude_tests_page(Context& context, Services& services);
Response save_aptitude_tests(Context& context, Services& services);

} // namespace tremplin::web::pages::priority

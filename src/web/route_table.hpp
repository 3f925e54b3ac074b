#pragma once

// Every route of the application, in one table: route_table.cpp.

#include "web/router.hpp"

namespace tremplin::web {

struct Services;

void add_routes(Router& router, Services& services);

} // namespace tremplin::web

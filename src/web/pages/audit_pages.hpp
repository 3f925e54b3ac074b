#pragma once

// The audit trail.

#include "web/application.hpp"

namespace tremplin::web::pages::audit {

domain::Result<Response> audit_page(Context& context, Services& services);

} // namespace tremplin::web::pages::audit

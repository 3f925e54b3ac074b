#pragma once

// The audit trail.

#include "web/application.hpp"

namespace tremplin::web::pages::audit {

Response audit_page(Context& context, Services& services);

} // namespace tremplin::web::pages::audit

#pragma once

// /api/v1/participants: the participant register for other systems (docs/api/openapi.yaml).

#include "web/application.hpp"

namespace tremplin::web::api::participants {

domain::Result<Response> list(Context& context, Services& services);
domain::Result<Response> create(Context& context, Services& services);
domain::Result<Response> get(Context& context, Services& services);
domain::Result<Response> update(Context& context, Services& services);

} // namespace tremplin::web::api::participants

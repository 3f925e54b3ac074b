#pragma once

// /api/v1/partners and /api/v1/offers: the centre's partner organisations, their contacts and
// their traineeship offers for other systems, with the same roles, validation and audit as the
// pages (docs/api/openapi.yaml).

#include "web/application.hpp"

namespace tremplin::web::api::partners {

domain::Result<Response> list(Context& context, Services& services);
domain::Result<Response> create(Context& context, Services& services);
domain::Result<Response> get(Context& context, Services& services);
domain::Result<Response> update(Context& context, Services& services);

} // namespace tremplin::web::api::partners

namespace tremplin::web::api::offers {

domain::Result<Response> list(Context& context, Services& services);
domain::Result<Response> get(Context& context, Services& services);

} // namespace tremplin::web::api::offers

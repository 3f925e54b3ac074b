#pragma once

// /api/v1/cohorts/{id}/traineeships and /api/v1/traineeships/{id}: the trainees' traineeships
// for other systems, read with the same roles and audit as the pages (docs/api/openapi.yaml).

#include "web/application.hpp"

namespace tremplin::web::api::traineeships {

domain::Result<Response> of_cohort(Context& context, Services& services);
domain::Result<Response> get(Context& context, Services& services);

} // namespace tremplin::web::api::traineeships

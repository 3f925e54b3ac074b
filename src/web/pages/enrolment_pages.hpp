#pragma once

// Enrolling her in a cohort, and moving an enrolment to another stage.

#include "web/application.hpp"

namespace tremplin::web::pages::enrolments {

domain::Result<Response> show_enrol(Context& context, Services& services);
domain::Result<Response> enrol(Context& context, Services& services);
domain::Result<Response> show_stage(Context& context, Services& services);
domain::Result<Response> change_stage(Context& context, Services& services);

} // namespace tremplin::web::pages::enrolments

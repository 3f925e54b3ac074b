#pragma once

// Enrolling her in a cohort, and moving an enrolment to another stage.

#include "web/application.hpp"

namespace tremplin::web::pages::enrolments {

Response show_enrol(Context& context, Services& services);
Response enrol(Context& context, Services& services);
Response show_stage(Context& context, Services& services);
Response change_stage(Context& context, Services& services);

} // namespace tremplin::web::pages::enrolments

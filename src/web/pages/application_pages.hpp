#pragma once

// Recruitment for staff, one file per concern: intakes (intake_pages.cpp), the pipeline of
// applications (pipeline_pages.cpp), one application (application_page.cpp), the outbox of letters
// (outbox_pages.cpp).

#include "web/application.hpp"

namespace tremplin::web::pages::recruitment {

domain::Result<Response> intake_list(Context& context, Services& services);
domain::Result<Response> new_intake(Context& context, Services& services);
domain::Result<Response> create_intake(Context& context, Services& services);
domain::Result<Response> edit_intake(Context& context, Services& services);
domain::Result<Response> update_intake(Context& context, Services& services);
domain::Result<Response> pipeline(Context& context, Services& services);
domain::Result<Response> move_applications(Context& context, Services& services);
domain::Result<Response> application_page(Context& context, Services& services);
domain::Result<Response> record_aptitude_score(Context& context, Services& services);
domain::Result<Response> record_priority_proof(Context& context, Services& services);
domain::Result<Response> outbox(Context& context, Services& services);
domain::Result<Response> outbox_letter(Context& context, Services& services);
domain::Result<Response> letter_sent_by_hand(Context& context, Services& services);

} // namespace tremplin::web::pages::recruitment

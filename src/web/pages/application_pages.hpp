#pragma once

// Recruitment for staff, one file per concern: intakes (intake_pages.cpp), the pipeline of
// applications (pipeline_pages.cpp), one application (application_page.cpp), the outbox of letters
// (outbox_pages.cpp).

#include "web/application.hpp"

namespace tremplin::web::pages::recruitment {

Response intake_list(Context& context, Services& services);
Response new_intake(Context& context, Services& services);
Response create_intake(Context& context, Services& services);
Response edit_intake(Context& context, Services& services);
Response update_intake(Context& context, Services& services);
Response pipeline(Context& context, Services& services);
Response move_applications(Context& context, Services& services);
Response application_page(Context& context, Services& services);
Response record_aptitude_score(Context& context, Services& services);
Response record_priority_proof(Context& context, Services& services);
Response outbox(Context& context, Services& services);
Response outbox_letter(Context& context, Services& services);
Response letter_sent_by_hand(Context& context, Services& services);

} // namespace tremplin::web::pages::recruitment

#pragma once

// Information sessions for staff: planning them, registering and marking who came.

#include "web/application.hpp"

namespace tremplin::web::pages::information_sessions {

Response session_list(Context& context, Services& services);
Response new_session(Context& context, Services&);
Response create_session(Context& context, Services& services);
Response edit_session(Context& context, Services& services);
Response mark_attendance(Context& context, Services& services);
Response register_participant(Context& context, Services& services);
Response cancel_registration(Context& context, Services& services);
Response show_session(Context& context, Services& services);
Response update_session(Context& context, Services& services);

} // namespace tremplin::web::pages::information_sessions

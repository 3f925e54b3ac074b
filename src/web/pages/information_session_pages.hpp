#pragma once

// Information sessions for staff: planning them, registering and marking who came.

#include "web/application.hpp"

namespace tremplin::web::pages::information_sessions {

domain::Result<Response> session_list(Context& context, Services& services);
domain::Result<Response> new_session(Context& context, Services& services);
domain::Result<Response> create_session(Context& context, Services& services);
domain::Result<Response> edit_session(Context& context, Services& services);
domain::Result<Response> mark_attendance(Context& context, Services& services);
domain::Result<Response> register_participant(Context& context, Services& services);
domain::Result<Response> cancel_registration(Context& context, Services& services);
domain::Result<Response> show_session(Context& context, Services& services);
domain::Result<Response> update_session(Context& context, Services& services);

} // namespace tremplin::web::pages::information_sessions

#pragma once

// Information sessions for the public: the list, the registration form, its confirmation.

#include "web/application.hpp"

namespace tremplin::web::pages::info {

Response session_list(Context& context, Services& services);
Response show_confirmation(Context& context, Services& services);
Response show_form(Context& context, Services& services);
domain::Result<Response> register_for_session(Context& context, Services& services);

} // namespace tremplin::web::pages::info

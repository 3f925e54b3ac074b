#pragma once

// Signing in and out, choosing a language, the home page.

#include "web/application.hpp"

namespace tremplin::web::pages::sessions {

Response show_sign_in(Context& context);
Response sign_in(Context& context, Services& services);
Response sign_out(Context& context, Services& services);
Response choose_language(Context& context, Services& services);
Response home(Context& context);

} // namespace tremplin::web::pages::sessions

#pragma once

// The public application form, a question a page.

#include "web/application.hpp"

namespace tremplin::web::pages::apply {

Response show_start(Context& context, Services& services);
domain::Result<Response> start(Context& context, Services& services);
Response show_check(Context& context, Services& services);
domain::Result<Response> send(Context& context, Services& services);
Response show_sent(Context& context, Services& services);
Response show_question(Context& context, Services& services);
domain::Result<Response> answer(Context& context, Services& services);

} // namespace tremplin::web::pages::apply

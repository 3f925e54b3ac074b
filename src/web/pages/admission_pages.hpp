#pragma once

// Admission: an intake's draw (admission_pages.cpp), and a round's result, confirmation,
// declines and re-runs (admission_round_pages.cpp).

#include "web/application.hpp"

namespace tremplin::web::pages::admission {

domain::Result<Response> admission_page(Context& context, Services& services);
domain::Result<Response> draw_round(Context& context, Services& services);
domain::Result<Response> round_page(Context& context, Services& services);
domain::Result<Response> round_for_audit(Context& context, Services& services);
domain::Result<Response> confirm_round(Context& context, Services& services);
domain::Result<Response> decline_seat(Context& context, Services& services);
domain::Result<Response> rerun_round(Context& context, Services& services);

} // namespace tremplin::web::pages::admission

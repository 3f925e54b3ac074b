#pragma once

// The handlers of the offers' staff pages, one file per concern: offer_list.cpp (every offer,
// filtered by status and track), offer_editing.cpp (a new offer, an offer changed, its status,
// the enterprise's link made), offer_page.cpp (an offer's page). The enterprise's own page is
// offer_check_pages.hpp.

#include "web/application.hpp"

namespace tremplin::web::pages::offers {

domain::Result<Response> offer_list(Context& context, Services& services);

domain::Result<Response> new_offer(Context& context, Services& services);
domain::Result<Response> create_offer(Context& context, Services& services);
domain::Result<Response> edit_offer(Context& context, Services& services);
domain::Result<Response> update_offer(Context& context, Services& services);
domain::Result<Response> change_status(Context& context, Services& services);
domain::Result<Response> make_link(Context& context, Services& services);

domain::Result<Response> show_offer(Context& context, Services& services);

} // namespace tremplin::web::pages::offers

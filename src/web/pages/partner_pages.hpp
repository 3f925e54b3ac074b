#pragma once

// The handlers of the partners' pages, one file per concern: partner_list.cpp (the list, its
// search and filters), partner_editing.cpp (a new partner, a partner changed), partner_page.cpp
// (a partner's page, its contacts and its timeline).

#include "web/application.hpp"

namespace tremplin::web::pages::partners {

domain::Result<Response> partner_list(Context& context, Services& services);

domain::Result<Response> new_partner(Context& context, Services& services);
domain::Result<Response> create_partner(Context& context, Services& services);
domain::Result<Response> edit_partner(Context& context, Services& services);
domain::Result<Response> update_partner(Context& context, Services& services);

domain::Result<Response> show_partner(Context& context, Services& services);
domain::Result<Response> add_contact(Context& context, Services& services);
domain::Result<Response> edit_contact(Context& context, Services& services);
domain::Result<Response> update_contact(Context& context, Services& services);
domain::Result<Response> remove_contact(Context& context, Services& services);
domain::Result<Response> add_event(Context& context, Services& services);

} // namespace tremplin::web::pages::partners

#pragma once

// Staff accounts: colleagues, their access, their passwords and one's own.

#include "web/application.hpp"

namespace tremplin::web::pages::accounts {

domain::Result<Response> accounts_page(Context& context, Services& services);
domain::Result<Response> show_new_account(Context& context, Services& services);
domain::Result<Response> create_account(Context& context, Services& services);
domain::Result<Response> change_access(Context& context, Services& services);
domain::Result<Response> change_special_categories(Context& context, Services& services);
domain::Result<Response> show_colleague_password(Context& context, Services& services);
domain::Result<Response> reset_colleague_password(Context& context, Services& services);
domain::Result<Response> show_own_password(Context& context, Services&);
domain::Result<Response> change_own_password(Context& context, Services& services);

} // namespace tremplin::web::pages::accounts

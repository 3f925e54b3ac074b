#pragma once

// Staff accounts: colleagues, their access, their passwords and one's own.

#include "web/application.hpp"

namespace tremplin::web::pages::accounts {

Response accounts_page(Context& context, Services& services);
Response show_new_account(Context& context, Services&);
Response create_account(Context& context, Services& services);
Response change_access(Context& context, Services& services);
Response show_colleague_password(Context& context, Services& services);
Response reset_colleague_password(Context& context, Services& services);
Response show_own_password(Context& context, Services&);
Response change_own_password(Context& context, Services& services);

} // namespace tremplin::web::pages::accounts

#pragma once

// The lessons of the day and their attendance sheets.

#include "web/application.hpp"

namespace tremplin::web::pages::attendance {

domain::Result<Response> lessons_of_day(Context& context, Services& services);
domain::Result<Response> show_sheet(Context& context, Services& services);
domain::Result<Response> save_sheet(Context& context, Services& services);
domain::Result<Response> sheet_csv(Context& context, Services& services);
domain::Result<Response> import_sheet(Context& context, Services& services);

} // namespace tremplin::web::pages::attendance

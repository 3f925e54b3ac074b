#pragma once

// The lessons of the day and their attendance sheets.

#include "web/application.hpp"

namespace tremplin::web::pages::attendance {

Response lessons_of_day(Context& context, Services& services);
Response show_sheet(Context& context, Services& services);
Response save_sheet(Context& context, Services& services);
Response sheet_csv(Context& context, Services& services);
Response import_sheet(Context& context, Services& services);

} // namespace tremplin::web::pages::attendance

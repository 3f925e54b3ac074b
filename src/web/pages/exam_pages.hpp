#pragma once

// Certification exams, added from her record.

#include "web/application.hpp"

namespace tremplin::web::pages::exams {

Response show_new_exam(Context& context, Services& services);
Response add_exam(Context& context, Services& services);

} // namespace tremplin::web::pages::exams

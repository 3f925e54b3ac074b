#pragma once

// Certification exams, added from her record.

#include "web/application.hpp"

namespace tremplin::web::pages::exams {

domain::Result<Response> show_new_exam(Context& context, Services& services);
domain::Result<Response> add_exam(Context& context, Services& services);

} // namespace tremplin::web::pages::exams

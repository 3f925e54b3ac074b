#pragma once

// A cohort's timetable, and its single lessons.

#include "web/application.hpp"

namespace tremplin::web::pages::schedule {

domain::Result<Response> show_schedule(Context& context, Services& services);
domain::Result<Response> generate_schedule(Context& context, Services& services);
domain::Result<Response> show_lesson_form(Context& context, Services& services);
domain::Result<Response> save_lesson(Context& context, Services& services);

} // namespace tremplin::web::pages::schedule

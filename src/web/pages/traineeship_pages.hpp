#pragma once

// The handlers of the traineeship pages, one file per concern: traineeship_board_pages.cpp (a
// cohort's trainees and their traineeships), traineeship_form_pages.cpp (recording one, in two
// steps that work without JavaScript), traineeship_pages.cpp (a traineeship's page and the changes
// made from it). Its agreement is a document: document_routes.hpp.

#include "web/application.hpp"

namespace tremplin::web::pages::traineeships {

domain::Result<Response> cohort_board(Context& context, Services& services);

domain::Result<Response> new_traineeship(Context& context, Services& services);
domain::Result<Response> record_traineeship(Context& context, Services& services);

domain::Result<Response> show_traineeship(Context& context, Services& services);
domain::Result<Response> change_status(Context& context, Services& services);
domain::Result<Response> record_signature(Context& context, Services& services);
domain::Result<Response> record_hired(Context& context, Services& services);

} // namespace tremplin::web::pages::traineeships

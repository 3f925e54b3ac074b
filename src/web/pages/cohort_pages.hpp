#pragma once

// Cohorts: their list, their page, their form, their calendar link.

#include "web/application.hpp"

namespace tremplin::web::pages::cohorts {

domain::Result<Response> cohort_list(Context& context, Services& services);
domain::Result<Response> show_new_cohort(Context& context, Services& services);
domain::Result<Response> create_cohort(Context& context, Services& services);
domain::Result<Response> show_cohort(Context& context, Services& services);
domain::Result<Response> show_edit_cohort(Context& context, Services& services);
domain::Result<Response> update_cohort(Context& context, Services& services);
domain::Result<Response> renew_calendar_link(Context& context, Services& services);

} // namespace tremplin::web::pages::cohorts

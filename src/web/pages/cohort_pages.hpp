#pragma once

// Cohorts: their list, their page, their form, their calendar link.

#include "web/application.hpp"

namespace tremplin::web::pages::cohorts {

Response cohort_list(Context& context, Services& services);
Response show_new_cohort(Context& context, Services& services);
Response create_cohort(Context& context, Services& services);
Response show_cohort(Context& context, Services& services);
Response show_edit_cohort(Context& context, Services& services);
Response update_cohort(Context& context, Services& services);
Response renew_calendar_link(Context& context, Services& services);

} // namespace tremplin::web::pages::cohorts

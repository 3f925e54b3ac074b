#pragma once

// The tutor's evaluations of a trainee (docs/domain.md "Tutor evaluation"): staff read them on
// the traineeship's evaluations page, where the job coach makes the tutor's link; the job
// coach's list of those due and late; and the tutor's form, opened by the link without an
// account (docs/design.md "Tutor evaluations").

#include "web/application.hpp"

namespace tremplin::web::pages::evaluations {

domain::Result<Response> show_evaluations(Context& context, Services& services);
domain::Result<Response> make_link(Context& context, Services& services);
domain::Result<Response> due_list(Context& context, Services& services);

domain::Result<Response> show_form(Context& context, Services& services);
domain::Result<Response> answer_form(Context& context, Services& services);

} // namespace tremplin::web::pages::evaluations

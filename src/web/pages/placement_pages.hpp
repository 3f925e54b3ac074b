#pragma once

// The handlers of a cohort's placement round, one file per concern: placement_page.cpp (the
// round's page and its download as the input of `tremplin match`), placement_forms.cpp (the
// forms that open, fill, run, adjust and confirm it), placement_display.cpp (what the page
// shows of its trainees, offers and result).

#include "web/application.hpp"

namespace tremplin::web::pages::placement {

domain::Result<Response> show_round(Context& context, Services& services);
domain::Result<Response> match_input(Context& context, Services& services);

domain::Result<Response> open_round(Context& context, Services& services);
domain::Result<Response> save_wishes(Context& context, Services& services);
domain::Result<Response> save_host_views(Context& context, Services& services);
domain::Result<Response> run_round(Context& context, Services& services);
domain::Result<Response> adjust_result(Context& context, Services& services);
domain::Result<Response> confirm_round(Context& context, Services& services);

// The round's page; after a form that was refused, that form (`form_id`, "wishes-12") shows
// its error, which the summary at the top links to, and the page answers 422.
struct Refused {
    std::string form_id;
    std::vector<domain::FieldError> errors;
};
domain::Result<Response> round_page(Context& context, Services& services, long long cohort_id,
                                    Refused refused = {});

} // namespace tremplin::web::pages::placement

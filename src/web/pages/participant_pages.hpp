#pragma once

// The participant register's pages, one file per concern:
// participant_list.cpp, participant_editing.cpp, participant_record.cpp, possible_match_pages.cpp.

#include "web/application.hpp"

namespace tremplin::web::pages::participants {

domain::Result<Response> participant_list(Context& context, Services& services);

domain::Result<Response> new_participant_form(Context& context, Services& services);
domain::Result<Response> create_participant(Context& context, Services& services);
domain::Result<Response> edit_participant_form(Context& context, Services& services);
domain::Result<Response> update_participant(Context& context, Services& services);

domain::Result<Response> show_participant(Context& context, Services& services);
domain::Result<Response> add_to_timeline(Context& context, Services& services);

// Records from the public pages that may be known women's (possible_match_pages.cpp).
domain::Result<Response> possible_match_list(Context& context, Services& services);
domain::Result<Response> show_possible_match(Context& context, Services& services);
domain::Result<Response> merge_possible_match(Context& context, Services& services);
domain::Result<Response> keep_apart(Context& context, Services& services);

} // namespace tremplin::web::pages::participants

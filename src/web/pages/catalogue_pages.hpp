#pragma once

// The handlers of the training catalogue's pages, one file per concern: track_pages.cpp
// (courses), module_pages.cpp (a course's modules), trainer_pages.cpp, closure_pages.cpp.

#include "web/application.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tremplin::web {

namespace pages::catalogue {

domain::Result<Response> track_list(Context& context, Services& services);
domain::Result<Response> new_track_form(Context& context, Services& services);
domain::Result<Response> create_track(Context& context, Services& services);
domain::Result<Response> edit_track_form(Context& context, Services& services);
domain::Result<Response> update_track(Context& context, Services& services);
domain::Result<Response> show_track(Context& context, Services& services);

domain::Result<Response> modules_form(Context& context, Services& services);
domain::Result<Response> save_modules(Context& context, Services& services);

domain::Result<Response> trainer_list(Context& context, Services& services);
domain::Result<Response> new_trainer_form(Context& context, Services& services);
domain::Result<Response> create_trainer(Context& context, Services& services);
domain::Result<Response> edit_trainer_form(Context& context, Services& services);
domain::Result<Response> update_trainer(Context& context, Services& services);

domain::Result<Response> closure_list(Context& context, Services& services);
domain::Result<Response> add_closure(Context& context, Services& services);
domain::Result<Response> remove_closure(Context& context, Services& services);

} // namespace pages::catalogue

// Codes typed in one field, separated by spaces or commas: "2513, 2513.5" -> {"2513", "2513.5"}.
std::vector<std::string> split_codes(std::string_view typed);
std::string joined_codes(std::vector<std::string> const& codes);

} // namespace tremplin::web

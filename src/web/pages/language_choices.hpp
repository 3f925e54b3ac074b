#pragma once

// The centre's languages as a page offers them: each named in itself ("Nederlands"), marked
// with its language when it is not the page's, so that a screen reader says it right.

#include "web/context.hpp"
#include "web/form_view.hpp"

#include <string>
#include <vector>

namespace tremplin::web::pages {

// "Nederlands" for "nl"; the code itself when the centre has no such catalogue.
std::string language_name(Context const& context, std::string const& code);

std::vector<Choice> language_choices(Context const& context);

} // namespace tremplin::web::pages

#pragma once

// Where a form sends her back: a path of this site, never an address of another. Apart from
// Context, which calls it, so that the check can be exercised on its own (tests/fuzz).

#include <string>
#include <string_view>

namespace tremplin::web {

// `wanted` when it is a local path written as one ("/participants?q=x"), else `fallback`.
std::string safe_return_path(std::string_view wanted, std::string_view fallback);

} // namespace tremplin::web

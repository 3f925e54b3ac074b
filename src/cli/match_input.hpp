#pragma once

// The JSON file of `tremplin match`, read into an instance of the matching engine.

#include "match/instance.hpp"

#include <expected>
#include <string>

namespace tremplin::cli {

// The input file's text → an instance; the error says what is wrong and where, e.g.
// "programs[3].capacity must be a whole number ≥ 0".
std::expected<match::Instance, std::string> read_match_input(std::string const& text);

} // namespace tremplin::cli

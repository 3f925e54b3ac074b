#pragma once

// What the command line prints about a failure, in the language of $LANG (fr, nl, else en).

#include "domain/error.hpp"
#include "locale/catalogues.hpp"

#include <string>

namespace tremplin::cli {

locale::Catalogue const& terminal_catalogue(locale::Catalogues const& catalogues);

// One line per problem: "username: The username is taken".
std::string describe(domain::Error const& error, locale::Catalogue const& catalogue);

} // namespace tremplin::cli

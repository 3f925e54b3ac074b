#pragma once

// What may be written to the log about a failure. A database error's own message repeats the
// statement with its bound values, and PostgreSQL's detail names the key that clashed — a
// woman's e-mail, say — so only its kind and its code are kept. docs/design.md "Logs".

#include <exception>
#include <string>

namespace tremplin::store {

std::string loggable(std::exception const& failure);

} // namespace tremplin::store

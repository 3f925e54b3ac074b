#pragma once

// What the layers above may log about a failure that escaped a use case: store::loggable,
// which keeps a database error's kind and code and drops its bound values.

#include "store/failure.hpp"

namespace tremplin::service {

using store::loggable;

} // namespace tremplin::service

#pragma once

// The public forms (no account) carry a field people never see (components/honeypot): a
// bot that fills every field it finds fills that one too, and is then thanked and ignored.

#include "web/form_data.hpp"

namespace tremplin::web {

inline bool filled_by_a_robot(FormData const& form)
{
    return !form.get("website").empty();
}

} // namespace tremplin::web

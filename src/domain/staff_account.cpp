#include "domain/staff_account.hpp"

#include <algorithm>

namespace tremplin::domain {

bool is_valid_username(std::string_view username)
{
    return username.size() >= 3 && username.size() <= 40 && std::ranges::all_of(username, [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
           });
}

Result<void> check_new_password(std::string_view password)
{
    if (password.size() < 8)
        return fail(Error::invalid({{"password", "errors.password.too_short"}}));
    if (password.size() > 1024)
        return fail(Error::invalid({{"password", "errors.password.too_long"}}));
    return {};
}

} // namespace tremplin::domain

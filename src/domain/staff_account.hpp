#pragma once

// A member of staff who signs in: her role decides what she may see and do.

#include "domain/error.hpp"
#include "domain/role.hpp"

#include <string>
#include <string_view>

namespace tremplin::domain {

struct StaffAccount {
    long long id = 0;
    long long organisation_id = 0;
    std::string username;
    std::string display_name;
    Role role = Role::Coordinator;
    std::string language; // the interface language she chose, empty until she chooses
    bool disabled = false;
};

// 3 to 40 characters: lower-case letters, digits, dots, hyphens and underscores, so that a
// username reads the same in every script and is typed easily on any keyboard.
bool is_valid_username(std::string_view username);

// Long passphrases are allowed and encouraged (NIST SP 800-63B 5.1.1: at least 8 characters).
Result<void> check_new_password(std::string_view password);

} // namespace tremplin::domain

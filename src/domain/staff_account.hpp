#pragma once

// A member of staff who signs in: her role decides what she may see and do.

#include "domain/error.hpp"
#include "domain/role.hpp"

#include <optional>
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
    // The director named her to read disability and minority answers. Counts only for a role
    // that may be named (`may_be_named_for_special_categories`): docs/design.md "Least privilege".
    bool special_categories_granted = false;
};

// Whether the director may name an account of this role to read special categories: those who
// read the records (coordinators, job coaches). The director reads them by her role; trainers and
// funders never read a record.
bool may_be_named_for_special_categories(Role role);

// What this account may do: what her role allows, and what the director granted her.
bool can(StaffAccount const& account, Permission permission);

// 3 to 40 characters: lower-case letters, digits, dots, hyphens and underscores, so that a
// username reads the same in every script and is typed easily on any keyboard.
bool is_valid_username(std::string_view username);

// Long passphrases are allowed and encouraged (NIST SP 800-63B 5.1.1: at least 8 characters).
Result<void> check_new_password(std::string_view password);

// A username as stored: without surrounding spaces, in lower case.
std::string normalised_username(std::string_view username);

struct NewStaffAccount {
    std::string username;
    std::string display_name;
    std::optional<Role> role; // none when the form's choice was left empty
    std::string password;
};

// The account to create, its username normalised and its name trimmed, or every problem.
Result<NewStaffAccount> validate_new_account(NewStaffAccount account);

} // namespace tremplin::domain

#pragma once

#include "domain/role.hpp"
#include "domain/staff_account.hpp"

#include <string>

namespace tremplin::service {

// Who is asking: the signed-in account (or the account behind an API token) and where from.
struct Actor {
    domain::StaffAccount account;
    std::string remote_address;

    long long organisation_id() const { return account.organisation_id; }
    bool can(domain::Permission permission) const { return domain::can(account, permission); }
};

} // namespace tremplin::service

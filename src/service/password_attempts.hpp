#pragma once

// A password typed to prove who she is — to sign in, or her current one before she chooses a
// new one — is counted before it is checked, against the same limits and in the same counts:
// docs/design.md "Sign-in limits". Whoever holds a stolen session guesses her current password
// no faster than a stranger guesses it at the sign-in form.

#include "domain/error.hpp"
#include "domain/staff_account.hpp"
#include "service/sign_in_limits.hpp"
#include "service/unit_of_work.hpp"

#include <string>

namespace tremplin::service {

struct PasswordAttempt {
    std::string username; // normalised
    std::string network;  // address_network of where it comes from
};

// Refuses with TooManyAttempts when this account and network, this network, or this account
// from everywhere has failed too often; otherwise counts the attempt and returns the id of its
// row, to forgive if the password is right. `account` is the account the username names, if
// any: the director is told (an audit row) when its failures reach the delay.
domain::Result<long long> count_password_attempt(UnitOfWork& unit, SignInLimits const& limits,
                                                 PasswordAttempt const& attempt,
                                                 domain::StaffAccount const* account);

// The password was right: this attempt and her earlier mistakes from her network are
// forgotten, the guesses from elsewhere still count.
void forgive_password_attempt(UnitOfWork& unit, long long id, PasswordAttempt const& attempt);

} // namespace tremplin::service

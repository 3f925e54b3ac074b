#pragma once

// How many wrong passwords Tremplin takes before it makes a guesser wait, as
// docs/design.md "Sign-in limits" explains. The counts are kept per account and address, per address, and per
// account from every address. An address is counted as its network: an IPv4 address alone, an
// IPv6 address by its /64, which one household or one attacker's machine holds whole.

#include <chrono>
#include <string>
#include <string_view>

namespace tremplin::service {

struct SignInLimits {
    // Wrong passwords for one account from one network, then that pair waits out the window:
    // someone who guesses her password from one place cannot lock her out everywhere.
    int per_account_and_address = 5;
    // Wrong passwords from one network, whatever the accounts.
    int per_address = 30;
    // Wrong passwords for one account from all networks together; from then on each attempt
    // waits a delay that doubles with every failure, up to `longest_delay`, and the director is
    // told the account is under attack.
    int before_delay = 10;
    std::chrono::seconds longest_delay = std::chrono::seconds(60);
    std::chrono::seconds window = std::chrono::minutes(15);
};

// The delay an attempt waits after the last failure when the account has had `failures`.
std::chrono::seconds delay_after(int failures, SignInLimits const& limits);

// The network an address is counted as: an IPv4 address itself ("192.0.2.10", also when
// written as IPv6, "::ffff:192.0.2.10"); an IPv6 address as its /64 ("2001:db8:1:2::/64");
// anything else unchanged.
std::string address_network(std::string_view address);

} // namespace tremplin::service

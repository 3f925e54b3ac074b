#pragma once

// What the public pages (no account: registering for an information session, applying)
// share: the centre they speak for, and a limit on how often one address may send a form,
// so that a bot cannot fill the register. Each public use case calls `admit` inside its
// write transaction, before it saves anything.

#include "domain/error.hpp"
#include "service/clock.hpp"
#include "store/database.hpp"

#include <string>

namespace tremplin::service {

struct PublicLimits {
    int submissions_per_hour = 20; // from one address, all public forms together
};

class PublicDesk {
  public:
    explicit PublicDesk(Clock const& clock, PublicLimits limits = {}) : m_clock(clock), m_limits(limits) {}

    // The centre this server runs: the organisation created first. Nothing when there is none.
    static std::optional<long long> centre(store::Connection& connection);

    // Counts one submission of `form` from `remote_address`, or refuses it (TooManyAttempts)
    // when that address has sent too many in the last hour.
    domain::Result<void> admit(store::Connection& connection, long long organisation_id, std::string const& form,
                               std::string const& remote_address) const;

  private:
    Clock const& m_clock;
    PublicLimits m_limits;
};

} // namespace tremplin::service

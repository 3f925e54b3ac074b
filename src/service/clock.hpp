#pragma once

#include "domain/timestamp.hpp"

namespace tremplin::service {

// Services ask a clock for the time, so that tests can fix it.
class Clock {
  public:
    virtual ~Clock() = default;
    virtual domain::Instant now() const = 0;

    domain::Date today() const { return domain::utc_date_of(now()); }
    std::string now_iso() const { return domain::iso_timestamp(now()); }
};

class SystemClock final : public Clock {
  public:
    domain::Instant now() const override
    {
        return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    }
};

} // namespace tremplin::service

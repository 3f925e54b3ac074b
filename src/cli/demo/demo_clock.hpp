#pragma once

// The demo's clock: its records are entered over the past years, so it is moved for each.

#include "service/clock.hpp"

#include <chrono>

namespace tremplin::cli {

class DemoClock final : public service::Clock {
  public:
    domain::Instant now() const override { return m_now; }
    void set(domain::Instant now) { m_now = now; }
    // `day` at `minutes` past midnight (UTC), never after `latest`.
    void set(domain::Date day, int minutes, domain::Instant latest)
    {
        auto const at =
            domain::Instant(std::chrono::days(day.days_since_epoch())) + std::chrono::minutes(minutes);
        m_now = std::min(at, latest);
    }

  private:
    domain::Instant m_now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
};

} // namespace tremplin::cli

#pragma once

#include "service/clock.hpp"

#include <atomic>

namespace tremplin::test_support {

// A clock the test moves by hand (server threads may read it meanwhile).
class FixedClock final : public service::Clock {
  public:
    explicit FixedClock(std::string_view iso = "2026-03-02T09:30:00Z")
        : m_seconds(domain::parse_iso_timestamp(iso)->time_since_epoch().count())
    {
    }

    domain::Instant now() const override { return domain::Instant(std::chrono::seconds(m_seconds.load())); }
    void advance(std::chrono::seconds by) { m_seconds += by.count(); }

  private:
    std::atomic<long long> m_seconds;
};

} // namespace tremplin::test_support

#pragma once

// The cohorts a reader of training may see: a trainer, those where she gives at least one lesson;
// everyone else who reads training, every cohort of her centre (docs/design.md "Least privilege").
// A cohort outside the scope is "not found", as another centre's is: a trainer learns nothing of
// the cohorts she does not teach, not even that they exist.

#include "domain/error.hpp"
#include "service/unit_of_work.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <vector>

namespace tremplin::service {

class CohortScope {
  public:
    // The scope of the unit's actor, read on the unit's connection.
    static CohortScope of(UnitOfWork& unit);

    bool includes(long long cohort_id) const { return !m_taught || m_taught->contains(cohort_id); }

    // Nothing, or "not found" for a cohort outside the scope.
    domain::Result<void> require(long long cohort_id) const;

    // Leaves out of `rows` those whose cohort (`cohort_of(row)`) is outside the scope.
    template <class Row, class CohortOf> void keep_within(std::vector<Row>& rows, CohortOf cohort_of) const
    {
        if (m_taught)
            std::erase_if(rows, [&](Row const& row) { return !includes(cohort_of(row)); });
    }

  private:
    explicit CohortScope(std::optional<std::set<long long>> taught) : m_taught(std::move(taught)) {}

    std::optional<std::set<long long>> m_taught; // none: every cohort of the centre
};

} // namespace tremplin::service

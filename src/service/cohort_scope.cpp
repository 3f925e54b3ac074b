#include "service/cohort_scope.hpp"

#include "store/cohort_repository.hpp"
#include "store/lesson_repository.hpp"

namespace tremplin::service {

CohortScope CohortScope::of(UnitOfWork& unit)
{
    if (!unit.has_actor() || unit.actor().account.role != domain::Role::Trainer)
        return CohortScope(std::nullopt);
    // A trainer's account is linked to her trainer record; an account without one teaches nothing.
    auto const trainer = unit.repository<store::TrainerRepository>().find_by_account(unit.organisation_id(),
                                                                                     unit.actor().account.id);
    std::set<long long> taught;
    if (trainer)
        for (auto const cohort_id : unit.repository<store::LessonRepository>().cohorts_taught_by(
                 unit.organisation_id(), trainer->id))
            taught.insert(cohort_id);
    return CohortScope(std::move(taught));
}

domain::Result<void> CohortScope::require(long long cohort_id) const
{
    if (!includes(cohort_id))
        return domain::fail(domain::Error::not_found());
    return {};
}

} // namespace tremplin::service

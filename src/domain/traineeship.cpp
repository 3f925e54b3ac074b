#include "domain/traineeship.hpp"

namespace tremplin::domain {

bool traineeship_may_become(TraineeshipStatus from, TraineeshipStatus to)
{
    using enum TraineeshipStatus;
    switch (from) {
    case Planned: // completed straight away when it is recorded after the fact
        return to == Ongoing || to == Completed || to == Interrupted;
    case Ongoing:
        return to == Completed || to == Interrupted;
    case Completed:
    case Interrupted:
        return false;
    }
    return false;
}

std::vector<FieldError> validate_traineeship(Traineeship const& traineeship,
                                             std::optional<TraineeshipPeriod> const& period,
                                             std::vector<Traineeship> const& her_others)
{
    std::vector<FieldError> errors;
    if (traineeship.partner_id == 0)
        errors.push_back({"partner_id", "errors.traineeship.partner_missing"});
    if (traineeship.ends_on < traineeship.starts_on)
        errors.push_back({"ends_on", "errors.traineeship.end_before_start"});
    else if (!period)
        errors.push_back({"starts_on", "errors.traineeship.cohort_without_period"});
    else if (traineeship.starts_on < period->starts_on || period->ends_on < traineeship.ends_on)
        errors.push_back({"starts_on", "errors.traineeship.outside_period"});
    else
        for (auto const& other : her_others)
            if (other.id != traineeship.id && other.starts_on <= traineeship.ends_on &&
                traineeship.starts_on <= other.ends_on) {
                errors.push_back({"starts_on", "errors.traineeship.overlaps_another"});
                break;
            }
    if (traineeship.hours_per_week < 1 || traineeship.hours_per_week > most_traineeship_hours_per_week)
        errors.push_back({"hours_per_week", "errors.traineeship.hours_invalid"});
    bool const interrupted = traineeship.status == TraineeshipStatus::Interrupted;
    if (interrupted && !traineeship.interruption)
        errors.push_back({"interruption", "errors.traineeship.interruption_missing"});
    return errors;
}

} // namespace tremplin::domain

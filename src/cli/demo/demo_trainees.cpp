#include "cli/demo/demo_trainees.hpp"

#include <array>

namespace tremplin::cli {

using domain::AttendanceMark;
using domain::WithdrawalReason;

WithdrawalReason withdrawal_reason(std::mt19937_64& random)
{
    static constexpr std::array<std::pair<WithdrawalReason, int>, 7> weights{{
        {WithdrawalReason::FoundJob, 35},
        {WithdrawalReason::Family, 20},
        {WithdrawalReason::Health, 15},
        {WithdrawalReason::OtherTraining, 10},
        {WithdrawalReason::MovedAway, 10},
        {WithdrawalReason::Excluded, 5},
        {WithdrawalReason::Other, 5},
    }};
    int draw = std::uniform_int_distribution<int>(0, 99)(random);
    for (auto const& [reason, weight] : weights) {
        if (draw < weight)
            return reason;
        draw -= weight;
    }
    return WithdrawalReason::Other;
}

Trainee trainee_in(domain::Cohort const& cohort, long long enrolment_id, long long participant_id,
                   std::mt19937_64& random)
{
    Trainee trainee;
    trainee.enrolment_id = enrolment_id;
    trainee.participant_id = participant_id;
    auto const draw = std::uniform_int_distribution<int>(0, 99)(random);
    trainee.fate = draw < 4 ? Fate::NeverCame : draw < 15 ? Fate::DropsOut : Fate::Completes;
    trainee.absence = std::uniform_real_distribution<double>(0.0, 0.08)(random);
    auto const length = cohort.ends_on.days_since_epoch() - cohort.starts_on.days_since_epoch();
    if (trainee.fate == Fate::NeverCame)
        trainee.leaves_on = cohort.starts_on.plus_days(7);
    else if (trainee.fate == Fate::DropsOut)
        trainee.leaves_on = cohort.starts_on.plus_days(
            std::uniform_int_distribution<long>(length * 15 / 100, length * 85 / 100)(random));
    trainee.reason =
        trainee.fate == Fate::NeverCame ? WithdrawalReason::NeverCame : withdrawal_reason(random);
    return trainee;
}

domain::AttendanceEntry mark_of(Trainee const& trainee, domain::Date day, int lesson_minutes,
                                std::mt19937_64& random)
{
    domain::AttendanceEntry entry;
    entry.enrolment_id = trainee.enrolment_id;
    if (trainee.fate == Fate::NeverCame) {
        entry.mark = AttendanceMark::Unexcused;
        return entry;
    }
    // She comes less in the fortnight before she gives up.
    bool const leaving = trainee.fate == Fate::DropsOut && day.plus_days(14) >= trainee.leaves_on;
    auto const absence = leaving ? 0.35 : trainee.absence;
    auto const draw = std::uniform_real_distribution<double>(0, 1)(random);
    if (draw < absence) {
        entry.mark = draw < absence * 0.6 && !leaving ? AttendanceMark::Excused : AttendanceMark::Unexcused;
    } else if (draw < absence + 0.06) {
        entry.mark = AttendanceMark::Late;
        entry.late_minutes = 5 * std::uniform_int_distribution<int>(1, 6)(random);
    } else if (draw < absence + 0.075 && lesson_minutes > 90) {
        entry.minutes_attended = lesson_minutes - 60; // left early for an appointment
    }
    return entry;
}

} // namespace tremplin::cli

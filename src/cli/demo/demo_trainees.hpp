#pragma once

// How the demo's trainees behave: who completes, who never comes, who drops out and why, and
// the mark each gets on a lesson.

#include "domain/attendance.hpp"
#include "domain/cohort.hpp"
#include "domain/enrolment.hpp"

#include <random>

namespace tremplin::cli {

enum class Fate { Completes, NeverCame, DropsOut };

struct Trainee {
    long long enrolment_id = 0;
    long long participant_id = 0;
    Fate fate = Fate::Completes;
    domain::Date leaves_on; // for those who withdraw
    domain::WithdrawalReason reason = domain::WithdrawalReason::Other;
    double absence = 0.03;      // her chance of missing a lesson
    bool absent_lately = false; // unexcused on the last three lessons (the alert list)
};

// How she will do in `cohort`: most complete, a few never come, some leave on the way.
Trainee trainee_in(domain::Cohort const& cohort, long long enrolment_id, long long participant_id,
                   std::mt19937_64& random);

// Why she left, drawn with the weights a centre sees (most leave for a job).
domain::WithdrawalReason withdrawal_reason(std::mt19937_64& random);

// Her mark on a lesson of `lesson_minutes` held on `day`.
domain::AttendanceEntry mark_of(Trainee const& trainee, domain::Date day, int lesson_minutes,
                                std::mt19937_64& random);

} // namespace tremplin::cli

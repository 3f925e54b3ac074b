// A traineeship's dates, hours and status. docs/domain.md "Traineeship record"

#include "domain/traineeship.hpp"

#include <gtest/gtest.h>

using namespace tremplin::domain;

namespace {

Date day(std::string_view iso)
{
    return *Date::parse_iso(iso);
}

TraineeshipPeriod const june{day("2026-06-01"), day("2026-06-26")};

Traineeship at_acme(std::string_view from = "2026-06-01", std::string_view to = "2026-06-26")
{
    Traineeship traineeship;
    traineeship.id = 1;
    traineeship.enrolment_id = 7;
    traineeship.partner_id = 3;
    traineeship.starts_on = day(from);
    traineeship.ends_on = day(to);
    traineeship.hours_per_week = 38;
    return traineeship;
}

std::vector<FieldError> errors_of(Traineeship const& traineeship, std::vector<Traineeship> const& others = {})
{
    return validate_traineeship(traineeship, june, others);
}

} // namespace

TEST(TraineeshipValidation, AcceptsDatesInsideTheCohortsPeriod)
{
    EXPECT_TRUE(errors_of(at_acme()).empty());
    EXPECT_TRUE(errors_of(at_acme("2026-06-08", "2026-06-08")).empty());
}

TEST(TraineeshipValidation, RefusesDatesOutsideThePeriodOrInTheWrongOrder)
{
    EXPECT_EQ(errors_of(at_acme("2026-05-29", "2026-06-26")),
              (std::vector<FieldError>{{"starts_on", "errors.traineeship.outside_period"}}));
    EXPECT_EQ(errors_of(at_acme("2026-06-01", "2026-06-29")),
              (std::vector<FieldError>{{"starts_on", "errors.traineeship.outside_period"}}));
    EXPECT_EQ(errors_of(at_acme("2026-06-10", "2026-06-09")),
              (std::vector<FieldError>{{"ends_on", "errors.traineeship.end_before_start"}}));
    EXPECT_EQ(validate_traineeship(at_acme(), std::nullopt, {}),
              (std::vector<FieldError>{{"starts_on", "errors.traineeship.cohort_without_period"}}));
}

TEST(TraineeshipValidation, RefusesAnOverlapWithAnotherOfHersButNotWithItself)
{
    auto first = at_acme("2026-06-01", "2026-06-12");
    auto second = at_acme("2026-06-12", "2026-06-26");
    second.id = 2;
    EXPECT_EQ(errors_of(second, {first}),
              (std::vector<FieldError>{{"starts_on", "errors.traineeship.overlaps_another"}}));
    second.starts_on = day("2026-06-15");
    EXPECT_TRUE(errors_of(second, {first, second}).empty()) << "one after the other, and itself is no other";
}

TEST(TraineeshipValidation, AsksForHoursAPartnerAndTheReasonOfAnInterruption)
{
    auto traineeship = at_acme();
    traineeship.partner_id = 0;
    traineeship.hours_per_week = 41;
    traineeship.status = TraineeshipStatus::Interrupted;
    EXPECT_EQ(errors_of(traineeship),
              (std::vector<FieldError>{{"partner_id", "errors.traineeship.partner_missing"},
                                       {"hours_per_week", "errors.traineeship.hours_invalid"},
                                       {"interruption", "errors.traineeship.interruption_missing"}}));
    traineeship = at_acme();
    traineeship.hours_per_week = 0;
    EXPECT_EQ(errors_of(traineeship),
              (std::vector<FieldError>{{"hours_per_week", "errors.traineeship.hours_invalid"}}));
}

TEST(TraineeshipStatus, MovesForwardOnlyAndClosesWhenItEnds)
{
    using enum TraineeshipStatus;
    EXPECT_TRUE(traineeship_may_become(Planned, Ongoing));
    EXPECT_TRUE(traineeship_may_become(Planned, Interrupted));
    EXPECT_TRUE(traineeship_may_become(Planned, Completed)) << "recorded after the fact";
    EXPECT_FALSE(traineeship_may_become(Planned, Planned));
    EXPECT_TRUE(traineeship_may_become(Ongoing, Completed));
    EXPECT_TRUE(traineeship_may_become(Ongoing, Interrupted));
    EXPECT_FALSE(traineeship_may_become(Ongoing, Planned));
    for (auto closed : {Completed, Interrupted})
        for (auto to : {Planned, Ongoing, Completed, Interrupted})
            EXPECT_FALSE(traineeship_may_become(closed, to));
}

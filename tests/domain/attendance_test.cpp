#include "domain/attendance.hpp"

#include <gtest/gtest.h>

using namespace tremplin::domain;

namespace {

using enum AttendanceMark;

constexpr int three_hours = 180;

AttendanceEntry entry(AttendanceMark mark, int late_minutes = 0, std::optional<int> minutes = std::nullopt)
{
    return {42, mark, late_minutes, minutes};
}

AttendanceRecord record(long long enrolment_id, std::vector<AttendanceMark> marks, long long attended,
                        long long held)
{
    return {enrolment_id, std::move(marks), attended, held};
}

std::vector<std::string> lines_of(std::vector<AttendanceAlert> const& alerts)
{
    std::vector<std::string> lines;
    for (auto const& alert : alerts)
        lines.push_back(std::to_string(alert.enrolment_id) + " " + std::string(code_of(alert.kind)) + " " +
                        std::to_string(alert.value));
    return lines;
}

} // namespace

TEST(MinutesAttended, FollowTheMarkWhenNoMinutesAreTyped)
{
    EXPECT_EQ(minutes_attended(entry(Present), three_hours), 180);
    EXPECT_EQ(minutes_attended(entry(Late, 20), three_hours), 160);
    EXPECT_EQ(minutes_attended(entry(Excused), three_hours), 0);
    EXPECT_EQ(minutes_attended(entry(Unexcused), three_hours), 0);
}

TEST(MinutesAttended, NeverFallBelowZeroForALongLateness)
{
    EXPECT_EQ(minutes_attended(entry(Late, 240), three_hours), 0);
}

TEST(MinutesAttended, TakeTheTypedMinutesForAPartialAttendance)
{
    EXPECT_EQ(minutes_attended(entry(Present, 0, 90), three_hours), 90);
    EXPECT_EQ(minutes_attended(entry(Late, 20, 120), three_hours), 120);
}

TEST(AttendanceValidation, AcceptsAPlausibleRow)
{
    EXPECT_TRUE(validate_attendance(entry(Present), three_hours).empty());
    EXPECT_TRUE(validate_attendance(entry(Late, 179), three_hours).empty());
    EXPECT_TRUE(validate_attendance(entry(Present, 0, 0), three_hours).empty());
    EXPECT_TRUE(validate_attendance(entry(Present, 0, 180), three_hours).empty());
    EXPECT_TRUE(validate_attendance(entry(Unexcused, 30), three_hours).empty());
}

TEST(AttendanceValidation, NamesTheRowOfNegativeOrTooManyMinutes)
{
    EXPECT_EQ(validate_attendance(entry(Present, 0, -60), three_hours),
              (std::vector<FieldError>{{"minutes-42", "errors.attendance.minutes_negative"}}));
    EXPECT_EQ(validate_attendance(entry(Present, 0, 181), three_hours),
              (std::vector<FieldError>{{"minutes-42", "errors.attendance.minutes_too_many"}}));
}

TEST(AttendanceValidation, AsksHowLateAndRefusesALatenessAsLongAsTheLesson)
{
    EXPECT_EQ(validate_attendance(entry(Late, 0), three_hours),
              (std::vector<FieldError>{{"late-42", "errors.attendance.late_missing"}}));
    EXPECT_EQ(validate_attendance(entry(Late, -5), three_hours),
              (std::vector<FieldError>{{"late-42", "errors.attendance.late_missing"}}));
    EXPECT_EQ(validate_attendance(entry(Late, 180), three_hours),
              (std::vector<FieldError>{{"late-42", "errors.attendance.late_too_long"}}));
}

TEST(AttendanceValidation, ListsBothProblemsOfARow)
{
    EXPECT_EQ(validate_attendance(entry(Late, 0, 200), three_hours),
              (std::vector<FieldError>{{"minutes-42", "errors.attendance.minutes_too_many"},
                                       {"late-42", "errors.attendance.late_missing"}}));
}

TEST(HoursOf, ShowsAtMostTwoDecimalsWithoutTrailingZeros)
{
    EXPECT_EQ(hours_of(390), "6.5");
    EXPECT_EQ(hours_of(420), "7");
    EXPECT_EQ(hours_of(135), "2.25");
    EXPECT_EQ(hours_of(20), "0.33");
    EXPECT_EQ(hours_of(40), "0.67");
    EXPECT_EQ(hours_of(0), "0");
    EXPECT_EQ(hours_of(1), "0.02");
    EXPECT_EQ(hours_of(66), "1.1");
    EXPECT_EQ(hours_of(123456789), "2057613.15");
    EXPECT_EQ(hours_of(-90), "-1.5");
}

TEST(ParseHours, ReadsHoursAsPeopleTypeThem)
{
    EXPECT_EQ(parse_hours("2,5"), 150);
    EXPECT_EQ(parse_hours("2.5"), 150);
    EXPECT_EQ(parse_hours("2h30"), 150);
    EXPECT_EQ(parse_hours("2H30"), 150);
    EXPECT_EQ(parse_hours("2h"), 120);
    EXPECT_EQ(parse_hours("2:30"), 150);
    EXPECT_EQ(parse_hours("3"), 180);
    EXPECT_EQ(parse_hours("0"), 0);
    EXPECT_EQ(parse_hours(" 2,25 "), 135);
    EXPECT_EQ(parse_hours("0,33"), 20);
    EXPECT_EQ(parse_hours("07:05"), 425);
}

TEST(ParseHours, ReadsANegativeFigureSoThatValidationCanSaySo)
{
    EXPECT_EQ(parse_hours("-1"), -60);
    EXPECT_EQ(parse_hours("-2,5"), -150);
}

TEST(ParseHours, RefusesWhatIsNotAnAmountOfHours)
{
    for (auto text : {"", " ", "two", "2,", ",5", "2,555", "2h3", "2h60", "2:", "2:5", "2 h", "2,5h", "--1",
                      "+1", "1e3", "12345", "2.5.1"})
        EXPECT_FALSE(parse_hours(text)) << text;
}

TEST(ParseHours, ReadsBackEveryFigureHoursOfShows)
{
    for (int minutes = 0; minutes <= 24 * 60; ++minutes)
        EXPECT_EQ(parse_hours(hours_of(minutes)), minutes) << hours_of(minutes);
}

TEST(AttendanceRecord, RatesTheMinutesAttendedRoundedHalfUp)
{
    EXPECT_FALSE(record(1, {}, 0, 0).rate_percent());
    EXPECT_EQ(record(1, {Present}, 180, 180).rate_percent(), 100);
    EXPECT_EQ(record(1, {Present, Unexcused}, 180, 360).rate_percent(), 50);
    EXPECT_EQ(record(1, {Present, Late}, 1, 3).rate_percent(), 33);
    EXPECT_EQ(record(1, {Present, Late}, 2, 3).rate_percent(), 67);
    EXPECT_EQ(record(1, {Present, Late}, 1, 8).rate_percent(), 13);
}

TEST(AttendanceAlerts, WarnOfThreeUnexcusedAbsencesInARowAnywhereInTheRecord)
{
    std::vector const records{
        record(
            1,
            {Unexcused, Unexcused, Unexcused, Present, Present, Present, Present, Present, Present, Present},
            1260, 1800),
        record(2, {Present, Present, Unexcused, Unexcused, Unexcused, Unexcused}, 360, 1080),
        record(3, {Unexcused, Unexcused, Present, Unexcused, Unexcused}, 180, 900),
    };
    EXPECT_EQ(lines_of(attendance_alerts(records, 0)),
              (std::vector<std::string>{"1 consecutive_unexcused 3", "2 consecutive_unexcused 4"}));
}

TEST(AttendanceAlerts, LetAnExcusedAbsenceEndARun)
{
    std::vector const records{record(1, {Unexcused, Unexcused, Excused, Unexcused, Unexcused}, 0, 900)};
    EXPECT_TRUE(attendance_alerts(records, 0).empty());
    EXPECT_EQ(lines_of(attendance_alerts(records, 0, 2)),
              (std::vector<std::string>{"1 consecutive_unexcused 2"}));
}

TEST(AttendanceAlerts, WarnOfARateUnderTheCentresMinimum)
{
    std::vector const records{
        record(1, {Present, Excused, Excused, Present}, 350, 720),
        record(2, {Present, Unexcused}, 360, 720),
        record(3, {}, 0, 0),
    };
    EXPECT_EQ(lines_of(attendance_alerts(records, 50)), (std::vector<std::string>{"1 low_rate 49"}));
    EXPECT_TRUE(attendance_alerts(records, 49).empty());
}

TEST(AttendanceAlerts, GiveBothAlertsForOneRecord)
{
    std::vector const records{record(7, {Present, Unexcused, Unexcused, Unexcused}, 180, 720)};
    EXPECT_EQ(lines_of(attendance_alerts(records, 80)),
              (std::vector<std::string>{"7 consecutive_unexcused 3", "7 low_rate 25"}));
}

TEST(AttendanceMark, HasStableCodes)
{
    for (auto mark : all_values<AttendanceMark>())
        EXPECT_EQ(from_code<AttendanceMark>(code_of(mark)), mark);
    EXPECT_EQ(code_of(Unexcused), "unexcused");
}

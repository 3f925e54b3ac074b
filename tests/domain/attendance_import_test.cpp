#include "domain/attendance_import.hpp"
#include "domain/csv.hpp"

#include <gtest/gtest.h>

using namespace tremplin::domain;

namespace {

std::optional<AttendanceMark> by_code(std::string_view text)
{
    return from_code<AttendanceMark>(text);
}

} // namespace

TEST(Csv, ReadsQuotedFieldsSemicolonsAndLineBreaks)
{
    auto const records =
        read_csv("\xEF\xBB\xBFnumber;name\r\n12;\"Amrani; \"\"Fatima\"\"\nsecond line\"\r\n\r\n13;Zoë\n");
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[1].line, 2);
    EXPECT_EQ(records[1].fields[1], "Amrani; \"Fatima\"\nsecond line");
    EXPECT_EQ(records[2].line, 5);
    EXPECT_EQ(records[2].fields[1], "Zoë");
}

TEST(AttendanceImport, ReadsEachLineAfterTheHeader)
{
    auto const marks =
        read_attendance_csv("Number,Name,Mark,Minutes late,Hours\n4,\"Benali Amina\",late,15,\n5,Peeters,"
                            "present,,2.5\n",
                            by_code);
    ASSERT_TRUE(marks);
    ASSERT_EQ(marks->size(), 2u);
    EXPECT_EQ(marks->at(0).line, 2);
    EXPECT_EQ(marks->at(0).entry.mark, AttendanceMark::Late);
    EXPECT_EQ(marks->at(0).entry.late_minutes, 15);
    EXPECT_EQ(marks->at(1).entry.minutes_attended, 150);
}

TEST(AttendanceImport, NamesTheLineOfTheFirstMistake)
{
    auto const wrong_mark = read_attendance_csv("4,A,present\n5,B,here\n", by_code);
    ASSERT_FALSE(wrong_mark);
    EXPECT_EQ(wrong_mark.error().line, 2);
    EXPECT_EQ(wrong_mark.error().message_key, "errors.import.mark");

    auto const twice = read_attendance_csv("4,A,present\n4,A,late,5\n", by_code);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().message_key, "errors.import.duplicate");

    auto const not_a_number = read_attendance_csv("4,A,present\nX,B,present\n", by_code);
    ASSERT_FALSE(not_a_number);
    EXPECT_EQ(not_a_number.error().line, 2);

    EXPECT_EQ(read_attendance_csv("Number,Name,Mark\n", by_code).error().message_key, "errors.import.empty");
    EXPECT_EQ(read_attendance_csv("4,A,late,soon\n", by_code).error().message_key, "errors.import.late");
    EXPECT_EQ(read_attendance_csv("4,A,present,,two\n", by_code).error().message_key, "errors.import.hours");
}

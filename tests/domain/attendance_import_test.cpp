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
    ASSERT_TRUE(records);
    ASSERT_EQ(records->size(), 3u);
    EXPECT_EQ(records->at(1).line, 2);
    EXPECT_EQ(records->at(1).fields[1], "Amrani; \"Fatima\"\nsecond line");
    EXPECT_EQ(records->at(2).line, 5);
    EXPECT_EQ(records->at(2).fields[1], "Zoë");
}

TEST(Csv, AnUnterminatedQuoteIsAnErrorOnTheLineItOpens)
{
    // The record starts on line 1; its second quoted field opens on line 2 and is never closed.
    auto const records = read_csv("1;\"two\nlines\";\"open\n2;x\n3;y\n");
    ASSERT_FALSE(records) << "the rest of the file was read into one field";
    EXPECT_EQ(records.error().line, 2);
    EXPECT_EQ(records.error().message_key, "errors.import.quote");
}

TEST(Csv, AQuoteClosedOnTheLastLineIsNoError)
{
    auto const records = read_csv("1;\"a\nb\"");
    ASSERT_TRUE(records);
    ASSERT_EQ(records->size(), 1u);
    EXPECT_EQ(records->at(0).fields[1], "a\nb");
}

TEST(Csv, TheSeparatorIsCountedOutsideQuotes)
{
    // A heading that lists the marks holds two commas, in quotes: the sheet is still read with ';'.
    auto const semicolons =
        read_csv("Numéro;Nom;\"Marque (présente, en retard, excusée)\"\n41;Amrani;present\n");
    ASSERT_TRUE(semicolons);
    ASSERT_EQ(semicolons->size(), 2u);
    EXPECT_EQ(semicolons->at(1).fields, (std::vector<std::string>{"41", "Amrani", "present"}));

    // A name written "last; first" in quotes, in a sheet separated with commas; a quoted cell that
    // goes on to the next line counts there too.
    auto const commas = read_csv("41,\"Amrani; Fatima; Zoë;\nInès\",present\n42,Claes,late\n");
    ASSERT_TRUE(commas);
    ASSERT_EQ(commas->size(), 2u);
    EXPECT_EQ(commas->at(0).fields,
              (std::vector<std::string>{"41", "Amrani; Fatima; Zoë;\nInès", "present"}));
    EXPECT_EQ(commas->at(1).fields, (std::vector<std::string>{"42", "Claes", "late"}));
}

TEST(AttendanceImport, RefusesASheetWithAQuoteNeverClosed)
{
    // Read on, the quote would take the lines of the two trainees after Claes into a sixth
    // column, which nobody reads: Claes would be marked and the others silently left out.
    auto const sheet = read_attendance_csv("Number,Name,Mark\n4,Claes,present,,,\"left early\n"
                                           "5,Peeters,late,10\n6,Benali,present\n",
                                           by_code);
    ASSERT_FALSE(sheet) << sheet->size() << " trainee(s) imported";
    EXPECT_EQ(sheet.error().line, 2);
    EXPECT_EQ(sheet.error().message_key, "errors.import.quote");
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
    auto const beyond_an_int = read_attendance_csv("4,A,late,4294967306\n", by_code);
    ASSERT_FALSE(beyond_an_int) << beyond_an_int->at(0).entry.late_minutes << " minutes late";
    EXPECT_EQ(beyond_an_int.error().message_key, "errors.import.late");
    EXPECT_EQ(read_attendance_csv("4,A,present,,two\n", by_code).error().message_key, "errors.import.hours");
}

TEST(AttendanceImport, RefusesAFileNoSheetCouldBeAndNamesTheFirstLineTooMany)
{
    std::string too_large(attendance_sheet_max_bytes + 1, ' ');
    auto const large = read_attendance_csv(too_large, by_code);
    ASSERT_FALSE(large);
    EXPECT_EQ(large.error().message_key, "errors.import.too_large");

    std::string lines;
    for (std::size_t number = 1; number <= attendance_sheet_max_lines + 1; ++number)
        lines += std::to_string(number) + ",A,present\n";
    auto const long_sheet = read_attendance_csv(lines, by_code);
    ASSERT_FALSE(long_sheet);
    EXPECT_EQ(long_sheet.error().message_key, "errors.import.too_many_lines");
    EXPECT_EQ(long_sheet.error().line, static_cast<int>(attendance_sheet_max_lines) + 1);
}

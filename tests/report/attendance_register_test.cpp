#include "document_fixture.hpp"

#include <nlohmann/json.hpp>

using namespace tremplin;
using namespace tremplin::report;
using namespace tremplin::report::testing;
using domain::AttendanceMark;

namespace {

AttendanceRegister sample_register()
{
    AttendanceRegister register_{centre(), "Développeuse web A", "Développement web", {}, {}};
    register_.lessons.push_back(
        {date("2026-03-02"), 9 * 60, 12 * 60 + 30, "Réseaux et sécurité", "Françoise Lefèvre"});
    register_.lessons.push_back(
        {date("2026-03-03"), 13 * 60 + 30, 16 * 60 + 30, "Algorithmique", "Zoë Weiß"});
    register_.rows.push_back(
        {"Hélène Müller-Noël",
         {RegisterMark{AttendanceMark::Present, 210, 0}, RegisterMark{AttendanceMark::Late, 150, 30}}});
    register_.rows.push_back({"Çelik, Ayşe", {RegisterMark{AttendanceMark::Excused, 0, 0}, std::nullopt}});
    register_.rows.push_back({"Nadia Benali", {RegisterMark{AttendanceMark::Unexcused, 0, 0}, std::nullopt}});
    return register_;
}

std::string const read_sheet = R"(
import sys, json, openpyxl
sheet = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
print(json.dumps({
    'title': sheet.title,
    'rows': [list(row) for row in sheet.iter_rows(values_only=True)],
    'freeze': sheet.freeze_panes,
    'merged': sorted(str(cells) for cells in sheet.merged_cells.ranges),
}, ensure_ascii=False, default=str))
)";

nlohmann::json read_back(std::string const& xlsx)
{
    TemporaryDirectory directory;
    auto const result = run_python(directory, read_sheet, directory.write("register.xlsx", xlsx));
    EXPECT_EQ(result.status, 0) << result.output;
    return nlohmann::json::parse(result.output);
}

} // namespace

TEST(AttendanceRegister, HasAColumnPairPerLessonUnderItsDateTimeAndModule)
{
    auto const sheet = read_back(attendance_register_xlsx(sample_register(), catalogue("fr")));
    auto const& rows = sheet["rows"];
    EXPECT_EQ(sheet["title"], "Présences");
    EXPECT_EQ(rows[1][0], "Registre des présences");
    EXPECT_EQ(rows[2][0], "Développement web – Développeuse web A");
    EXPECT_EQ(rows[4][0], "Participante");
    EXPECT_EQ(rows[4][1], "2 mars 2026\n09:00–12:30");
    EXPECT_EQ(rows[5][1], "Réseaux et sécurité");
    EXPECT_EQ(rows[6][1], "Françoise Lefèvre");
    EXPECT_EQ(rows[7][1], "Présence");
    EXPECT_EQ(rows[7][2], "Heures");
    EXPECT_EQ(rows[4][3], "3 mars 2026\n13:30–16:30");
    EXPECT_EQ(rows[5][3], "Algorithmique");
    EXPECT_EQ(rows[4][5], "Total des heures");
    for (auto const* range : {"A5:A8", "B5:C5", "B6:C6", "D5:E5", "F5:F8"})
        EXPECT_NE(std::ranges::find(sheet["merged"], range), sheet["merged"].end()) << range;
    EXPECT_EQ(sheet["freeze"], "B9");
}

TEST(AttendanceRegister, WritesMarksAsShortCodesAndHoursAsNumbers)
{
    auto const rows = read_back(attendance_register_xlsx(sample_register(), catalogue("fr")))["rows"];
    auto const& helene = rows[8];
    EXPECT_EQ(helene[0], "Hélène Müller-Noël");
    EXPECT_EQ(helene[1], "P");
    EXPECT_DOUBLE_EQ(helene[2].get<double>(), 3.5);
    EXPECT_EQ(helene[3], "R");
    EXPECT_DOUBLE_EQ(helene[4].get<double>(), 2.5);
    EXPECT_DOUBLE_EQ(helene[5].get<double>(), 6);
    auto const& ayse = rows[9];
    EXPECT_EQ(ayse[0], "Çelik, Ayşe");
    EXPECT_EQ(ayse[1], "AJ");
    EXPECT_DOUBLE_EQ(ayse[2].get<double>(), 0);
    EXPECT_TRUE(ayse[3].is_null()); // not marked
    EXPECT_DOUBLE_EQ(ayse[5].get<double>(), 0);
    EXPECT_EQ(rows[10][1], "ANJ");
}

TEST(AttendanceRegister, ExplainsItsCodesBelowTheTable)
{
    struct Expected {
        char const* language;
        char const* legend;
        std::vector<std::string> entries;
    };
    for (auto const& expected :
         {Expected{
              "fr",
              "Légende",
              {"P : présente", "R : en retard", "AJ : absence justifiée", "ANJ : absence non justifiée"}},
          Expected{"nl",
                   "Legende",
                   {"A: aanwezig", "L: te laat", "GA: gewettigd afwezig", "OA: ongewettigd afwezig"}},
          Expected{"en", "Key", {"P: present", "L: late", "AE: absent, excused", "AU: absent, unexcused"}}}) {
        auto const rows =
            read_back(attendance_register_xlsx(sample_register(), catalogue(expected.language)))["rows"];
        // Three trainees from row 9, a blank row, the legend's title, then one line per mark.
        ASSERT_EQ(rows.size(), 17u) << expected.language;
        EXPECT_EQ(rows[12][0], expected.legend);
        for (std::size_t i = 0; i < expected.entries.size(); ++i)
            EXPECT_EQ(rows[13 + i][0], expected.entries[i]) << expected.language;
    }
}

TEST(AttendanceRegister, WritesACohortWithoutLessons)
{
    auto register_ = sample_register();
    register_.lessons.clear();
    for (auto& row : register_.rows)
        row.marks.clear();
    auto const rows = read_back(attendance_register_xlsx(register_, catalogue("en")))["rows"];
    EXPECT_EQ(rows[4][0], "Trainee");
    EXPECT_EQ(rows[4][1], "Total hours");
    EXPECT_DOUBLE_EQ(rows[8][1].get<double>(), 0);
}

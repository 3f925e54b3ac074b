#include "document_fixture.hpp"
#include "report/csv.hpp"

#include <nlohmann/json.hpp>

using namespace tremplin;
using namespace tremplin::report;
using namespace tremplin::report::testing;

namespace {

MonthlyStatement sample_statement()
{
    MonthlyStatement statement{centre(), *domain::YearMonth::from_parts(2026, 3), "Bruxelles Formation", {}};
    statement.lines.push_back(
        {"Müller-Noël",
         "Hélène",
         "123/45-A",
         "Développeuse web A",
         {{date("2026-03-02"), 390}, {date("2026-03-03"), 420}, {date("2026-03-31"), 135}},
         945});
    statement.lines.push_back({"N'Diaye, \"Fatou\"",
                               "Zoë",
                               "987.65",
                               "Développeuse web A",
                               {{date("2026-03-02"), 420}, {date("2026-03-04"), 0}},
                               420});
    return statement;
}

// The cells of the first sheet, as JSON rows, and the pane and formats that matter.
std::string const read_sheet = R"(
import sys, json, openpyxl
sheet = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
print(json.dumps({
    'title': sheet.title,
    'rows': [list(row) for row in sheet.iter_rows(values_only=True)],
    'freeze': sheet.freeze_panes,
    'formats': [[cell.number_format for cell in row] for row in sheet.iter_rows()],
    'merged': sorted(str(cells) for cells in sheet.merged_cells.ranges),
    'types': [[cell.data_type for cell in row] for row in sheet.iter_rows()],
}, ensure_ascii=False, default=str))
)";

nlohmann::json read_back(std::string const& xlsx)
{
    TemporaryDirectory directory;
    auto const result = run_python(directory, read_sheet, directory.write("document.xlsx", xlsx));
    EXPECT_EQ(result.status, 0) << result.output;
    return nlohmann::json::parse(result.output);
}

} // namespace

TEST(MonthlyStatementCsv, QuotesFieldsAndListsTheMarkedDays)
{
    auto const csv = monthly_statement_csv(sample_statement(), catalogue("fr"));
    EXPECT_EQ(
        csv,
        "\xEF\xBB\xBF"
        "Nom,Prénom,Numéro Actiris,Groupe,2026-03-02,2026-03-03,2026-03-04,2026-03-31,Total des heures\r\n"
        "Müller-Noël,Hélène,123/45-A,Développeuse web A,6.5,7,,2.25,15.75\r\n"
        "\"N'Diaye, \"\"Fatou\"\"\",Zoë,987.65,Développeuse web A,7,,0,,7\r\n");
}

TEST(MonthlyStatementCsv, NamesItsColumnsInTheReadersLanguage)
{
    auto const dutch = monthly_statement_csv(sample_statement(), catalogue("nl"));
    EXPECT_TRUE(dutch.starts_with("\xEF\xBB\xBFNaam,Voornaam,Actiris-nummer,Groep,2026-03-02,")) << dutch;
    EXPECT_TRUE(dutch.find(",Totaal uren\r\n") != std::string::npos);
    auto const english = monthly_statement_csv(sample_statement(), catalogue("en"));
    EXPECT_TRUE(english.starts_with("\xEF\xBB\xBFLast name,First name,Actiris number,Cohort,")) << english;
}

TEST(MonthlyStatementCsv, QuotesLineBreaksInsideAField)
{
    auto statement = sample_statement();
    statement.lines.resize(1);
    statement.lines[0].cohort_name = "Groupe\r\nA";
    statement.lines[0].minutes_by_day.clear();
    EXPECT_TRUE(monthly_statement_csv(statement, catalogue("en"))
                    .ends_with("Müller-Noël,Hélène,123/45-A,\"Groupe\r\nA\",15.75\r\n"));
}

TEST(Csv, ATextThatASpreadsheetWouldRunStartsWithAQuote)
{
    EXPECT_EQ(spreadsheet_safe("=HYPERLINK(\"http://evil.example\",\"Voir\")"),
              "'=HYPERLINK(\"http://evil.example\",\"Voir\")");
    EXPECT_EQ(spreadsheet_safe("+32 470 12 34 56"), "'+32 470 12 34 56");
    EXPECT_EQ(spreadsheet_safe("-2+3"), "'-2+3");
    EXPECT_EQ(spreadsheet_safe("@SUM(A1:A9)"), "'@SUM(A1:A9)");
    EXPECT_EQ(spreadsheet_safe("\t=1"), "'\t=1");
    EXPECT_EQ(spreadsheet_safe("\r=1"), "'\r=1");
    EXPECT_EQ(spreadsheet_safe("Müller-Noël"), "Müller-Noël") << "only the first character counts";
    EXPECT_EQ(spreadsheet_safe(""), "");
    EXPECT_EQ(csv_text("=1+2,3"), "\"'=1+2,3\"");
    EXPECT_EQ(csv_text("a;b"), "\"a;b\"") << "a Belgian spreadsheet separates with ';'";
    EXPECT_EQ(csv_number("-2.5"), "-2.5") << "a number the program wrote stays a number";
}

TEST(MonthlyStatementCsv, ANameThatLooksLikeAFormulaIsWrittenAsText)
{
    auto statement = sample_statement();
    statement.lines[0].last_name = "=HYPERLINK(\"http://evil.example\",\"Voir\")";
    statement.lines[0].first_name = "@Hélène";
    statement.lines[0].actiris_number = "-123";
    statement.lines[0].cohort_name = "+WEB";
    auto const csv = monthly_statement_csv(statement, catalogue("en"));
    EXPECT_TRUE(csv.find("\r\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Voir\"\")\",'@Hélène,'-123,'+WEB,"
                         "6.5,7,,2.25,15.75\r\n") != std::string::npos)
        << csv;
}

TEST(MonthlyStatementXlsx, WritesNamesAsTextNeverAsFormulas)
{
    auto statement = sample_statement();
    statement.lines[0].last_name = "=HYPERLINK(\"http://evil.example\",\"Voir\")";
    auto const sheet = read_back(monthly_statement_xlsx(statement, catalogue("en")));
    EXPECT_EQ(sheet["rows"][6][0], "=HYPERLINK(\"http://evil.example\",\"Voir\")");
    EXPECT_EQ(sheet["types"][6][0], "s") << "a string cell, which a spreadsheet never runs";
    EXPECT_EQ(sheet["types"][6][5], "n");
}

TEST(MonthlyStatementXlsx, HoldsOneRowPerTraineeWithHoursAsNumbers)
{
    auto const sheet = read_back(monthly_statement_xlsx(sample_statement(), catalogue("fr")));
    EXPECT_EQ(sheet["title"], "Relevé");
    auto const& rows = sheet["rows"];
    EXPECT_EQ(rows[0][0], "Tremplin asbl");
    EXPECT_EQ(rows[1][0], "Relevé mensuel des heures de formation");
    EXPECT_EQ(rows[2][0], "Bruxelles Formation");
    EXPECT_EQ(rows[3][0], "mars 2026");

    auto const& header = rows[5];
    ASSERT_EQ(header.size(), 4u + 31u + 1u); // every day of March, then the total
    EXPECT_EQ(header[0], "Nom");
    EXPECT_EQ(header[4], "1");
    EXPECT_EQ(header[34], "31");
    EXPECT_EQ(header[35], "Total des heures");

    auto const& helene = rows[6];
    EXPECT_EQ(helene[0], "Müller-Noël");
    EXPECT_EQ(helene[1], "Hélène");
    EXPECT_EQ(helene[2], "123/45-A");
    EXPECT_EQ(helene[3], "Développeuse web A");
    EXPECT_TRUE(helene[4].is_null()); // 1 March: not marked
    EXPECT_DOUBLE_EQ(helene[5].get<double>(), 6.5);
    EXPECT_DOUBLE_EQ(helene[6].get<double>(), 7);
    EXPECT_DOUBLE_EQ(helene[34].get<double>(), 2.25);
    EXPECT_DOUBLE_EQ(helene[35].get<double>(), 15.75);
    EXPECT_EQ(sheet["formats"][6][5], "0.00");

    auto const& zoe = rows[7];
    EXPECT_EQ(zoe[0], "N'Diaye, \"Fatou\"");
    EXPECT_DOUBLE_EQ(zoe[7].get<double>(), 0); // marked absent on 4 March

    auto const& totals = rows[8];
    EXPECT_EQ(totals[0], "Total");
    EXPECT_DOUBLE_EQ(totals[5].get<double>(), 13.5);
    EXPECT_DOUBLE_EQ(totals[35].get<double>(), 22.75);
}

TEST(MonthlyStatementXlsx, KeepsTheHeaderAndTheNamesInView)
{
    auto const sheet = read_back(monthly_statement_xlsx(sample_statement(), catalogue("en")));
    EXPECT_EQ(sheet["freeze"], "C7");
    EXPECT_EQ(sheet["title"], "Statement");
    EXPECT_EQ(sheet["rows"][3][0], "March 2026");
    EXPECT_EQ(sheet["rows"][5][35], "Total hours");
}

TEST(MonthlyStatementXlsx, WritesAMonthWithoutTrainees)
{
    auto statement = sample_statement();
    statement.lines.clear();
    auto const sheet = read_back(monthly_statement_xlsx(statement, catalogue("nl")));
    EXPECT_EQ(sheet["rows"][3][0], "maart 2026");
    EXPECT_EQ(sheet["rows"][6][0], "Totaal");
    EXPECT_DOUBLE_EQ(sheet["rows"][6][35].get<double>(), 0);
}

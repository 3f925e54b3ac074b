#include "document_fixture.hpp"

#include <sstream>
#include <vector>

using namespace tremplin;
using namespace tremplin::report;
using namespace tremplin::report::testing;

namespace {

CalendarFeed sample_feed()
{
    CalendarFeed feed;
    feed.name = "Développeuse web, groupe A";
    feed.stamp = "20261124T120000Z";
    feed.events.push_back({"lesson-1@tremplin.example", date("2026-03-12"), 9 * 60, 12 * 60 + 30,
                           "Réseaux; sécurité, et « éthique »", "Salle Ève, 2e étage", "Françoise Lefèvre",
                           false, 0});
    feed.events.push_back({"lesson-2@tremplin.example", date("2026-06-15"), 13 * 60 + 30, 16 * 60 + 45,
                           "Straße und Café", "Salle Ève", "", true, 2});
    std::string long_summary;
    while (long_summary.size() < 200)
        long_summary += "Éléments d’algorithmique ";
    feed.events.push_back(
        {"lesson-3@tremplin.example", date("2026-10-26"), 9 * 60, 17 * 60, long_summary, "", "", false, 0});
    return feed;
}

std::vector<std::string> lines_of(std::string const& feed)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < feed.size()) {
        auto const end = feed.find("\r\n", start);
        if (end == std::string::npos) {
            lines.push_back(feed.substr(start));
            break;
        }
        lines.push_back(feed.substr(start, end - start));
        start = end + 2;
    }
    return lines;
}

std::string const read_events = R"(
import sys, icalendar
calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
print(calendar['X-WR-CALNAME'])
events = calendar.walk('VEVENT')
print(len(events))
for event in events:
    print('|'.join([str(event['SUMMARY']), event.decoded('DTSTART').isoformat(),
                    event.decoded('DTEND').isoformat(), str(event['STATUS']), str(event['SEQUENCE']),
                    str(event.get('LOCATION', '')), str(event.get('DESCRIPTION', ''))]))
)";

} // namespace

TEST(Icalendar, EndsEveryLineWithCrlfWithinSeventyFiveOctets)
{
    auto const feed = icalendar(sample_feed());
    ASSERT_TRUE(feed.ends_with("END:VCALENDAR\r\n"));
    for (std::size_t at = feed.find('\n'); at != std::string::npos; at = feed.find('\n', at + 1))
        EXPECT_EQ(feed[at - 1], '\r') << "a line feed without carriage return at octet " << at;
    for (auto const& line : lines_of(feed))
        EXPECT_LE(line.size(), 75u) << line;
}

TEST(Icalendar, FoldsLongLinesWithoutSplittingACharacter)
{
    auto const feed = icalendar(sample_feed());
    int continuations = 0;
    for (auto const& line : lines_of(feed)) {
        if (!line.starts_with(' '))
            continue;
        ++continuations;
        // A continuation never starts inside a UTF-8 sequence.
        ASSERT_GT(line.size(), 1u);
        EXPECT_NE(static_cast<unsigned char>(line[1]) & 0xC0, 0x80) << line;
    }
    EXPECT_GE(continuations, 2);
}

TEST(Icalendar, MovesAFoldBackToTheStartOfACharacter)
{
    // "SUMMARY:" then two-octet characters: octet 75 falls in the middle of one.
    CalendarFeed feed{"Agenda", "20261124T120000Z", {sample_feed().events[0]}};
    feed.events[0].summary.clear();
    for (int i = 0; i < 100; ++i)
        feed.events[0].summary += "é";
    auto const text = icalendar(feed);
    std::string expected_first = "SUMMARY:";
    for (int i = 0; i < 33; ++i)
        expected_first += "é";
    EXPECT_NE(text.find(expected_first + "\r\n é"), std::string::npos);
    std::string unfolded;
    for (auto const& line : lines_of(text)) {
        EXPECT_LE(line.size(), 75u);
        unfolded += line.starts_with(' ') ? line.substr(1) : "\n" + line;
    }
    EXPECT_NE(unfolded.find("\nSUMMARY:" + feed.events[0].summary + "\n"), std::string::npos);
}

TEST(Icalendar, EscapesTextValues)
{
    auto const feed = icalendar(sample_feed());
    EXPECT_NE(feed.find("SUMMARY:Réseaux\\; sécurité\\, et « éthique »\r\n"), std::string::npos);
    EXPECT_NE(feed.find("LOCATION:Salle Ève\\, 2e étage\r\n"), std::string::npos);
    CalendarFeed multiline{"Agenda", "20261124T120000Z", {sample_feed().events[0]}};
    multiline.events[0].description = "Françoise\nC:\\cours";
    EXPECT_NE(icalendar(multiline).find("DESCRIPTION:Françoise\\nC:\\\\cours\r\n"), std::string::npos);
}

TEST(Icalendar, DeclaresTheCalendarAndTheBrusselsTimeZone)
{
    auto const feed = icalendar(sample_feed());
    for (auto const* line :
         {"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", "PRODID:-//Tremplin//Tremplin//EN\r\n",
          "CALSCALE:GREGORIAN\r\n", "METHOD:PUBLISH\r\n", "X-WR-TIMEZONE:Europe/Brussels\r\n",
          "TZID:Europe/Brussels\r\n", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n",
          "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n", "DTSTART;TZID=Europe/Brussels:20260312T090000\r\n",
          "DTEND;TZID=Europe/Brussels:20260312T123000\r\n", "DTSTAMP:20261124T120000Z\r\n",
          "UID:lesson-1@tremplin.example\r\n", "SEQUENCE:2\r\n"})
        EXPECT_NE(feed.find(line), std::string::npos) << line;
}

TEST(Icalendar, IsReadBackByARealParser)
{
    TemporaryDirectory directory;
    auto const feed = sample_feed();
    auto const result = run_python(directory, read_events, directory.write("schedule.ics", icalendar(feed)));
    ASSERT_EQ(result.status, 0) << result.output;
    std::istringstream lines(result.output);
    std::string line;
    std::getline(lines, line);
    EXPECT_EQ(line, "Développeuse web, groupe A");
    std::getline(lines, line);
    EXPECT_EQ(line, "3");
    std::getline(lines, line);
    EXPECT_EQ(line, "Réseaux; sécurité, et « éthique »|2026-03-12T09:00:00+01:00|2026-03-12T12:30:00+01:00|"
                    "CONFIRMED|0|Salle Ève, 2e étage|Françoise Lefèvre");
    // Summer time, and a cancelled lesson.
    std::getline(lines, line);
    EXPECT_EQ(line,
              "Straße und Café|2026-06-15T13:30:00+02:00|2026-06-15T16:45:00+02:00|CANCELLED|2|Salle Ève|");
    // The 200-character summary with accents survives folding; the day after the clocks go
    // back is in winter time again.
    std::getline(lines, line);
    EXPECT_EQ(line,
              feed.events[2].summary + "|2026-10-26T09:00:00+01:00|2026-10-26T17:00:00+01:00|CONFIRMED|0||");
}

TEST(Icalendar, DescribesTheClockChangesOfBrussels)
{
    // The parser builds a zone from the feed's own VTIMEZONE: the clocks go forward on the
    // last Sunday of March 2026 (the 29th) and back on the last Sunday of October (the 25th).
    std::string const read_zone = R"(
import sys, datetime, icalendar
calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
zone = calendar.walk('VTIMEZONE')[0].to_tz()
for moment in [(2026, 3, 29, 1), (2026, 3, 29, 4), (2026, 10, 25, 1), (2026, 10, 25, 4)]:
    print(zone.localize(datetime.datetime(*moment)).strftime('%z'))
)";
    TemporaryDirectory directory;
    auto const result =
        run_python(directory, read_zone, directory.write("schedule.ics", icalendar(sample_feed())));
    ASSERT_EQ(result.status, 0) << result.output;
    EXPECT_EQ(result.output, "+0100\n+0200\n+0200\n+0100\n");
}

TEST(Icalendar, WritesAnEmptyScheduleAsAValidCalendar)
{
    TemporaryDirectory directory;
    auto const result = run_python(
        directory, read_events, directory.write("empty.ics", icalendar({"Agenda", "20261124T120000Z", {}})));
    ASSERT_EQ(result.status, 0) << result.output;
    EXPECT_EQ(result.output, "Agenda\n0\n");
}

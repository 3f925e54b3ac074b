// The schedule as an iCalendar feed (RFC 5545) that phones subscribe to. Calendar programs
// are strict readers, so the feed follows the RFC to the octet: CRLF, folded lines, escaped
// text, and the Brussels time zone spelled out rather than assumed.

#include "report/documents.hpp"

#include <cstdio>

namespace tremplin::report {

namespace {

// RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT.
std::string escaped_text(std::string_view value)
{
    std::string escaped;
    escaped.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        auto const character = value[i];
        if (character == '\\' || character == ';' || character == ',') {
            escaped += '\\';
            escaped += character;
        } else if (character == '\r') {
            escaped += "\\n";
            if (i + 1 < value.size() && value[i + 1] == '\n')
                ++i;
        } else if (character == '\n') {
            escaped += "\\n";
        } else {
            escaped += character;
        }
    }
    return escaped;
}

// RFC 5545 3.1: lines longer than 75 octets are folded with CRLF and one space; a fold must
// not split a UTF-8 sequence, so it moves back to the start of the character.
void append_line(std::string& feed, std::string_view line)
{
    constexpr std::size_t limit = 75;
    auto room = limit;
    while (line.size() > room) {
        auto cut = room;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut;
        feed.append(line.substr(0, cut));
        feed += "\r\n ";
        line.remove_prefix(cut);
        room = limit - 1; // the leading space takes one octet
    }
    feed.append(line);
    feed += "\r\n";
}

// Local date and time, "20260312T090000"; minutes past midnight may run into the next day.
std::string local_date_time(domain::Date day, int minutes)
{
    auto const date = day.plus_days(minutes / (24 * 60));
    minutes %= 24 * 60;
    char text[32];
    std::snprintf(text, sizeof text, "%04d%02d%02dT%02d%02d00", date.year(), date.month(), date.day(),
                  minutes / 60, minutes % 60);
    return text;
}

// Europe/Brussels since 1996 (EU Directive 2000/84/EC): summer time from the last Sunday of
// March at 02:00 to the last Sunday of October at 03:00.
constexpr std::string_view brussels_time_zone[] = {
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Brussels",
    "X-LIC-LOCATION:Europe/Brussels",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
};

void append_event(std::string& feed, CalendarEvent const& event, std::string const& stamp)
{
    append_line(feed, "BEGIN:VEVENT");
    append_line(feed, "UID:" + escaped_text(event.uid));
    append_line(feed, "DTSTAMP:" + stamp);
    append_line(feed, "DTSTART;TZID=Europe/Brussels:" + local_date_time(event.day, event.starts_at));
    append_line(feed, "DTEND;TZID=Europe/Brussels:" + local_date_time(event.day, event.ends_at));
    append_line(feed, "SUMMARY:" + escaped_text(event.summary));
    if (!event.location.empty())
        append_line(feed, "LOCATION:" + escaped_text(event.location));
    if (!event.description.empty())
        append_line(feed, "DESCRIPTION:" + escaped_text(event.description));
    append_line(feed, "SEQUENCE:" + std::to_string(event.sequence));
    // A cancelled lesson stays in the feed so that phones remove it (RFC 5545 3.8.1.11).
    append_line(feed, event.cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
    append_line(feed, "END:VEVENT");
}

} // namespace

std::string icalendar(CalendarFeed const& feed)
{
    std::string text;
    append_line(text, "BEGIN:VCALENDAR");
    append_line(text, "VERSION:2.0");
    append_line(text, "PRODID:-//Tremplin//Tremplin//EN");
    append_line(text, "CALSCALE:GREGORIAN");
    append_line(text, "METHOD:PUBLISH");
    append_line(text, "X-WR-CALNAME:" + escaped_text(feed.name));
    append_line(text, "X-WR-TIMEZONE:Europe/Brussels");
    for (auto line : brussels_time_zone)
        append_line(text, line);
    for (auto const& event : feed.events)
        append_event(text, event, feed.stamp);
    append_line(text, "END:VCALENDAR");
    return text;
}

} // namespace tremplin::report

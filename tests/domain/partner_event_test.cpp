// A partner's timeline: an entry is read with every problem at once (a kind, a real date not
// to come, a contact's id, a summary of a few lines without control characters), and the
// entries and the facts of the records come in one list, newest first.

#include "domain/partner_event.hpp"

#include <gtest/gtest.h>

using namespace tremplin::domain;

namespace {

Date const today = *Date::parse_iso("2026-12-07");

std::vector<std::string> problems_of(Result<PartnerEvent> const& result)
{
    std::vector<std::string> problems;
    if (!result)
        for (auto const& field : result.error().fields)
            problems.push_back(field.field + " " + field.message_key);
    return problems;
}

PartnerEvent noted(long long id, std::string const& on, std::string const& at)
{
    PartnerEvent event;
    event.id = id;
    event.happened_on = *Date::parse_iso(on);
    event.created_at = at;
    event.summary = "entry " + std::to_string(id);
    return event;
}

} // namespace

TEST(PartnerEvent, AMeetingWithAContactIsRead)
{
    auto const event = validate_partner_event({.kind = "meeting",
                                               .happened_on_day = "3",
                                               .happened_on_month = "12",
                                               .happened_on_year = "2026",
                                               .contact = " 12 ",
                                               .summary = "  Two trainees in March.\nTo confirm by mail.  "},
                                              today);
    ASSERT_TRUE(event) << problems_of(event).front();
    EXPECT_EQ(event->kind, PartnerEventKind::Meeting);
    EXPECT_EQ(event->happened_on.iso(), "2026-12-03");
    EXPECT_EQ(event->contact_id, 12);
    EXPECT_EQ(event->summary, "Two trainees in March.\nTo confirm by mail.");
}

TEST(PartnerEvent, WithoutADateItHappenedTodayAndWithoutAContactWithNobody)
{
    auto const event =
        validate_partner_event({.kind = "call", .summary = "Called about the job fair"}, today);
    ASSERT_TRUE(event);
    EXPECT_EQ(event->happened_on, today);
    EXPECT_FALSE(event->contact_id);
}

TEST(PartnerEvent, EveryProblemComesAtOnceInTheOrderOfTheForm)
{
    EXPECT_EQ(problems_of(validate_partner_event({.kind = "lunch",
                                                  .happened_on_day = "31",
                                                  .happened_on_month = "2",
                                                  .happened_on_year = "2026",
                                                  .contact = "Lena",
                                                  .summary = " "},
                                                 today)),
              (std::vector<std::string>{"kind errors.partner_event.kind_missing",
                                        "happened_on_day errors.happened_on.not_real",
                                        "contact errors.partner_event.contact_unknown",
                                        "summary errors.partner_event.summary_missing"}));
}

TEST(PartnerEvent, ADayToComeIsRefused)
{
    EXPECT_EQ(problems_of(validate_partner_event({.kind = "event",
                                                  .happened_on_day = "8",
                                                  .happened_on_month = "12",
                                                  .happened_on_year = "2026",
                                                  .summary = "Job fair"},
                                                 today)),
              (std::vector<std::string>{"happened_on_day errors.happened_on.future"}));
}

TEST(PartnerEvent, TheSummaryIsAFewLinesWithoutControlCharacters)
{
    auto const too_long = std::string(partner_event_summary_limit + 1, 'a');
    EXPECT_EQ(problems_of(validate_partner_event({.kind = "note", .summary = too_long}, today)),
              (std::vector<std::string>{"summary errors.partner_event.summary_too_long"}));
    EXPECT_TRUE(validate_partner_event(
        {.kind = "note", .summary = std::string(partner_event_summary_limit, 'a')}, today));
    EXPECT_EQ(problems_of(validate_partner_event({.kind = "note", .summary = "Bell\a rung"}, today)),
              (std::vector<std::string>{"summary errors.text.control_characters"}));
    EXPECT_TRUE(validate_partner_event({.kind = "note", .summary = "Line one\r\n\tline two"}, today));
}

TEST(PartnerHistory, EntriesAndFactsComeNewestFirst)
{
    // As the store gives them: the entries by the day they happened on, newest first.
    std::vector<PartnerEvent> const entries{noted(3, "2026-12-05", "2026-12-05T10:00:00Z"),
                                            noted(2, "2026-11-20", "2026-12-01T09:00:00Z"),
                                            noted(1, "2026-11-02", "2026-11-02T16:00:00Z")};
    std::vector<ContactAdded> const contacts{{"Lena Peeters", "2026-11-20T15:00:00Z"},
                                             {"Marc Dubois", "2026-11-01T09:00:01Z"}};
    auto const history = partner_history(entries, "2026-11-01T09:00:00Z", contacts);
    std::vector<std::string> lines;
    for (auto const& line : history) {
        switch (line.what) {
        case PartnerHistoryItem::What::Noted:
            lines.push_back(line.on.iso() + " " + line.noted->summary);
            break;
        case PartnerHistoryItem::What::PartnerAdded:
            lines.push_back(line.on.iso() + " partner added");
            break;
        case PartnerHistoryItem::What::ContactAdded:
            lines.push_back(line.on.iso() + " " + line.contact_name);
            break;
        }
    }
    // Within one day, the last recorded first: a meeting of 20 November noted on 1 December
    // comes before the contact added on 20 November.
    EXPECT_EQ(lines, (std::vector<std::string>{"2026-12-05 entry 3", "2026-11-20 entry 2",
                                               "2026-11-20 Lena Peeters", "2026-11-02 entry 1",
                                               "2026-11-01 Marc Dubois", "2026-11-01 partner added"}));
}

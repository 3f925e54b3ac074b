#include "domain/partner_event.hpp"

#include "domain/text.hpp"
#include "domain/timeline.hpp"
#include "domain/timestamp.hpp"

#include <algorithm>

namespace tremplin::domain {

namespace {

// The day of a recorded instant; the epoch's first day for one that cannot be read, which
// sorts last rather than hiding the line.
Date day_of(std::string const& timestamp)
{
    auto const instant = parse_iso_timestamp(timestamp);
    return instant ? utc_date_of(*instant) : Date();
}

} // namespace

Result<PartnerEvent> validate_partner_event(PartnerEventInput const& input, Date today)
{
    std::vector<FieldError> errors;
    PartnerEvent event;

    if (auto kind = from_code<PartnerEventKind>(trimmed(input.kind)))
        event.kind = *kind;
    else
        errors.push_back({"kind", "errors.partner_event.kind_missing"});

    event.happened_on = happened_on_typed(
        {input.happened_on_day, input.happened_on_month, input.happened_on_year}, today, errors);

    auto const contact = trimmed(input.contact);
    if (!contact.empty()) {
        event.contact_id = whole_number(contact);
        if (!event.contact_id || *event.contact_id <= 0) {
            event.contact_id.reset();
            errors.push_back({"contact", "errors.partner_event.contact_unknown"});
        }
    }

    event.summary = std::string(trimmed(input.summary));
    if (event.summary.empty())
        errors.push_back({"summary", "errors.partner_event.summary_missing"});
    else if (event.summary.size() > partner_event_summary_limit)
        errors.push_back({"summary", "errors.partner_event.summary_too_long"});
    else
        refuse_control_characters(errors, "summary", event.summary, Lines::Several);

    if (!errors.empty())
        return fail(Error::invalid(std::move(errors)));
    return event;
}

std::vector<PartnerHistoryItem> partner_history(std::vector<PartnerEvent> const& noted,
                                                std::string const& partner_created_at,
                                                std::vector<ContactAdded> const& contacts)
{
    std::vector<PartnerHistoryItem> history;
    for (auto const& event : noted)
        history.push_back({PartnerHistoryItem::What::Noted, event.happened_on, event.created_at, event, {}});
    for (auto const& contact : contacts)
        history.push_back({PartnerHistoryItem::What::ContactAdded, day_of(contact.created_at),
                           contact.created_at, std::nullopt, contact.name});
    history.push_back({PartnerHistoryItem::What::PartnerAdded,
                       day_of(partner_created_at),
                       partner_created_at,
                       std::nullopt,
                       {}});
    // Stable: within one instant the lines keep the order given, newest first, the partner last.
    std::ranges::stable_sort(history, [](PartnerHistoryItem const& a, PartnerHistoryItem const& b) {
        if (a.on != b.on)
            return a.on > b.on;
        return a.at > b.at;
    });
    return history;
}

} // namespace tremplin::domain

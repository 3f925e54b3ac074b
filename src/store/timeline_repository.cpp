#include "store/timeline_repository.hpp"

#include "store/query.hpp"

namespace tremplin::store {

long long TimelineRepository::insert(long long organisation_id, domain::TimelineEntry const& entry,
                                     std::optional<long long> author_staff_account_id)
{
    return Query(m_connection,
                 "INSERT INTO timeline_entries (organisation_id, participant_id, kind, happened_on, text, "
                 "author_staff_account_id, created_at) VALUES (:organisation, :participant, :kind, "
                 ":happened_on, :text, :author, :created_at) RETURNING id")
        .bind("organisation", organisation_id)
        .bind("participant", entry.participant_id)
        .bind("kind", std::string(domain::code_of(entry.kind)))
        .bind("happened_on", entry.happened_on.iso())
        .bind("text", entry.text)
        .bind("author", author_staff_account_id)
        .bind("created_at", entry.created_at)
        .scalar();
}

std::vector<domain::TimelineEntry> TimelineRepository::entries_of(long long organisation_id,
                                                                  long long participant_id)
{
    return Query(m_connection, "SELECT e.id, e.participant_id, e.kind, e.happened_on, e.text, "
                               "COALESCE(a.display_name, '') AS author, "
                               "e.created_at FROM timeline_entries e LEFT JOIN staff_accounts a ON a.id = "
                               "e.author_staff_account_id "
                               "WHERE e.organisation_id = :organisation AND e.participant_id = :participant "
                               "ORDER BY e.happened_on DESC, e.id DESC")
        .bind("organisation", organisation_id)
        .bind("participant", participant_id)
        .rows<domain::TimelineEntry>([](Row const& row) {
            domain::TimelineEntry entry;
            entry.id = row.integer("id");
            entry.participant_id = row.integer("participant_id");
            entry.kind =
                domain::from_code<domain::NoteKind>(row.text("kind")).value_or(domain::NoteKind::Note);
            entry.happened_on = domain::Date::parse_iso(row.text("happened_on")).value_or(domain::Date());
            entry.text = row.text("text");
            entry.author = row.text("author");
            entry.created_at = row.text("created_at");
            return entry;
        });
}

} // namespace tremplin::store

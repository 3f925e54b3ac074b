#include "store/possible_match_repository.hpp"

#include "store/query.hpp"

namespace tremplin::store {

namespace {

constexpr auto view_columns =
    "SELECT m.id, m.organisation_id, m.participant_id, m.known_id, m.source, m.found_at, m.resolved_at, "
    "m.resolution, p.first_name AS p_first, p.last_name AS p_last, k.first_name AS k_first, "
    "k.last_name AS k_last FROM possible_matches m JOIN participants p ON p.id = m.participant_id "
    "JOIN participants k ON k.id = m.known_id ";

PossibleMatch match_of(Row const& row)
{
    PossibleMatch match;
    match.id = row.integer("id");
    match.organisation_id = row.integer("organisation_id");
    match.participant_id = row.integer("participant_id");
    match.known_id = row.integer("known_id");
    match.source = row.text("source");
    match.found_at = row.text("found_at");
    match.resolved_at = row.optional_text("resolved_at");
    match.resolution = row.text("resolution");
    return match;
}

PossibleMatchView view_of(Row const& row)
{
    return {match_of(row), row.text("p_first") + " " + row.text("p_last"),
            row.text("k_first") + " " + row.text("k_last")};
}

} // namespace

long long PossibleMatchRepository::insert(PossibleMatch const& match)
{
    return Query(m_connection,
                 "INSERT INTO possible_matches (organisation_id, participant_id, known_id, source, "
                 "found_at) VALUES (:organisation, :participant, :known, :source, :found_at) "
                 "RETURNING id")
        .bind("organisation", match.organisation_id)
        .bind("participant", match.participant_id)
        .bind("known", match.known_id)
        .bind("source", match.source)
        .bind("found_at", match.found_at)
        .scalar();
}

std::optional<PossibleMatch> PossibleMatchRepository::find(long long organisation_id, long long id)
{
    return Query(m_connection,
                 std::string(view_columns) + "WHERE m.organisation_id = :organisation AND m.id = :id")
        .bind("organisation", organisation_id)
        .bind("id", id)
        .first_row<PossibleMatch>(match_of);
}

std::vector<PossibleMatchView> PossibleMatchRepository::open(long long organisation_id, int limit)
{
    return Query(m_connection, std::string(view_columns) +
                                   "WHERE m.organisation_id = :organisation AND m.resolved_at IS NULL "
                                   "ORDER BY m.found_at, m.id LIMIT :limit")
        .bind("organisation", organisation_id)
        .bind("limit", limit)
        .rows<PossibleMatchView>(view_of);
}

long long PossibleMatchRepository::count_open(long long organisation_id)
{
    return Query(m_connection, "SELECT COUNT(*) FROM possible_matches WHERE organisation_id = :organisation "
                               "AND resolved_at IS NULL")
        .bind("organisation", organisation_id)
        .scalar();
}

std::vector<PossibleMatchView> PossibleMatchRepository::open_of(long long organisation_id,
                                                                long long participant_id)
{
    return Query(m_connection, std::string(view_columns) +
                                   "WHERE m.organisation_id = :organisation AND m.resolved_at IS NULL "
                                   "AND (m.participant_id = :participant OR m.known_id = :known) "
                                   "ORDER BY m.found_at, m.id")
        .bind("organisation", organisation_id)
        .bind("participant", participant_id)
        .bind("known", participant_id)
        .rows<PossibleMatchView>(view_of);
}

void PossibleMatchRepository::resolve(long long id, std::string const& resolution, long long staff_id,
                                      std::string const& now)
{
    Query(m_connection, "UPDATE possible_matches SET resolved_at = :now, resolved_by = :staff, "
                        "resolution = :resolution WHERE id = :id")
        .bind("now", now)
        .bind("staff", id_or_null(staff_id))
        .bind("resolution", resolution)
        .bind("id", id)
        .run();
}

void PossibleMatchRepository::follow_merge(long long organisation_id, long long from, long long into,
                                           std::string const& now)
{
    for (auto const* column : {"participant_id", "known_id"})
        Query(m_connection, std::string("UPDATE possible_matches SET ") + column +
                                " = :into WHERE organisation_id = "
                                ":organisation AND " +
                                column + " = :from")
            .bind("into", into)
            .bind("organisation", organisation_id)
            .bind("from", from)
            .run();
    Query(m_connection,
          "UPDATE possible_matches SET resolved_at = :now, resolution = 'merged' "
          "WHERE organisation_id = :organisation AND participant_id = known_id AND resolved_at IS NULL")
        .bind("now", now)
        .bind("organisation", organisation_id)
        .run();
}

} // namespace tremplin::store

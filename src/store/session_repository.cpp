#include "store/session_repository.hpp"

#include "store/query.hpp"
#include "store/staff_account_repository.hpp"

namespace tremplin::store {

void SessionRepository::insert(StoredSession const& session)
{
    Query(m_connection,
          "INSERT INTO sessions (token_hash, organisation_id, staff_account_id, csrf_token, created_at, "
          "last_seen_at, expires_at) VALUES (:hash, :organisation, :account, :csrf, :created_at, "
          ":last_seen_at, :expires_at)")
        .bind("hash", session.token_hash)
        .bind("organisation", session.organisation_id)
        .bind("account", session.staff_account_id)
        .bind("csrf", session.csrf_token)
        .bind("created_at", session.created_at)
        .bind("last_seen_at", session.last_seen_at)
        .bind("expires_at", session.expires_at)
        .run();
}

std::optional<SessionWithAccount> SessionRepository::find(std::string const& token_hash)
{
    return Query(m_connection,
                 std::string("SELECT s.token_hash, s.organisation_id, s.staff_account_id, s.csrf_token, "
                             "s.created_at, s.last_seen_at, s.expires_at, ") +
                     staff_account_columns +
                     " FROM sessions s JOIN staff_accounts a ON a.id = s.staff_account_id "
                     "WHERE s.token_hash = :hash")
        .bind("hash", token_hash)
        .first_row<SessionWithAccount>([](Row const& row) {
            return SessionWithAccount{{row.text("token_hash"), row.integer("organisation_id"),
                                       row.integer("staff_account_id"), row.text("csrf_token"),
                                       row.text("created_at"), row.text("last_seen_at"),
                                       row.text("expires_at")},
                                      read_staff_account(row)};
        });
}

void SessionRepository::extend(std::string const& token_hash, std::string const& last_seen_at,
                               std::string const& expires_at)
{
    Query(m_connection, "UPDATE sessions SET last_seen_at = :last_seen_at, expires_at = :expires_at "
                        "WHERE token_hash = :hash")
        .bind("last_seen_at", last_seen_at)
        .bind("expires_at", expires_at)
        .bind("hash", token_hash)
        .run();
}

void SessionRepository::remove(std::string const& token_hash)
{
    Query(m_connection, "DELETE FROM sessions WHERE token_hash = :hash").bind("hash", token_hash).run();
}

void SessionRepository::remove_all_of(long long staff_account_id)
{
    Query(m_connection, "DELETE FROM sessions WHERE staff_account_id = :account")
        .bind("account", staff_account_id)
        .run();
}

void SessionRepository::remove_all_except(long long staff_account_id, std::string const& kept_token_hash)
{
    Query(m_connection, "DELETE FROM sessions WHERE staff_account_id = :account AND token_hash <> :kept")
        .bind("account", staff_account_id)
        .bind("kept", kept_token_hash)
        .run();
}

long long SessionRepository::remove_expired(std::string const& now)
{
    return Query(m_connection, "DELETE FROM sessions WHERE expires_at < :now").bind("now", now).run();
}

} // namespace tremplin::store

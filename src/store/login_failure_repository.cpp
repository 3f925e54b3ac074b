#include "store/login_failure_repository.hpp"

#include "store/query.hpp"

namespace tremplin::store {

long long LoginFailureRepository::record(std::string const& username, std::string const& remote_address,
                                         std::string const& occurred_at)
{
    return Query(m_connection, "INSERT INTO login_failures (username, remote_address, occurred_at) "
                               "VALUES (:username, :address, :at) RETURNING id")
        .bind("username", username)
        .bind("address", remote_address)
        .bind("at", occurred_at)
        .scalar();
}

long long LoginFailureRepository::count_for_pair_since(std::string const& username,
                                                       std::string const& remote_address,
                                                       std::string const& since)
{
    return Query(m_connection, "SELECT COUNT(*) FROM login_failures WHERE username = :username AND "
                               "remote_address = :address AND occurred_at >= :since")
        .bind("username", username)
        .bind("address", remote_address)
        .bind("since", since)
        .scalar();
}

std::string LoginFailureRepository::latest_for_username(std::string const& username)
{
    return Query(m_connection,
                 "SELECT MAX(occurred_at) AS latest FROM login_failures WHERE username = :username")
        .bind("username", username)
        .first_row<std::string>([](Row const& row) { return row.text("latest"); })
        .value_or("");
}

std::vector<std::pair<std::string, long long>>
LoginFailureRepository::usernames_with_at_least(long long threshold, std::string const& since)
{
    return Query(m_connection, "SELECT username, COUNT(*) AS failures FROM login_failures "
                               "WHERE occurred_at >= :since GROUP BY username HAVING COUNT(*) >= :threshold "
                               "ORDER BY failures DESC, username")
        .bind("since", since)
        .bind("threshold", threshold)
        .rows<std::pair<std::string, long long>>([](Row const& row) {
            return std::pair{row.text("username"), row.integer("failures")};
        });
}

void LoginFailureRepository::forget(long long id)
{
    Query(m_connection, "DELETE FROM login_failures WHERE id = :id").bind("id", id).run();
}

void LoginFailureRepository::forget_pair(std::string const& username, std::string const& remote_address)
{
    Query(m_connection, "DELETE FROM login_failures WHERE username = :username AND remote_address = :address")
        .bind("username", username)
        .bind("address", remote_address)
        .run();
}

long long LoginFailureRepository::count_for_username_since(std::string const& username,
                                                           std::string const& since)
{
    return Query(m_connection,
                 "SELECT COUNT(*) FROM login_failures WHERE username = :username AND occurred_at >= :since")
        .bind("username", username)
        .bind("since", since)
        .scalar();
}

long long LoginFailureRepository::count_for_address_since(std::string const& remote_address,
                                                          std::string const& since)
{
    return Query(m_connection, "SELECT COUNT(*) FROM login_failures WHERE remote_address = :address AND "
                               "occurred_at >= :since")
        .bind("address", remote_address)
        .bind("since", since)
        .scalar();
}

long long LoginFailureRepository::forget_before(std::string const& before)
{
    return Query(m_connection, "DELETE FROM login_failures WHERE occurred_at < :before")
        .bind("before", before)
        .run();
}

} // namespace tremplin::store

#include "store/login_failure_repository.hpp"

#include "store/query.hpp"

namespace tremplin::store {

void LoginFailureRepository::record(std::string const& username, std::string const& remote_address,
                                    std::string const& occurred_at)
{
    Query(m_connection, "INSERT INTO login_failures (username, remote_address, occurred_at) "
                        "VALUES (:username, :address, :at)")
        .bind("username", username)
        .bind("address", remote_address)
        .bind("at", occurred_at)
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

void LoginFailureRepository::forget_username(std::string const& username)
{
    Query(m_connection, "DELETE FROM login_failures WHERE username = :username")
        .bind("username", username)
        .run();
}

long long LoginFailureRepository::forget_before(std::string const& before)
{
    return Query(m_connection, "DELETE FROM login_failures WHERE occurred_at < :before")
        .bind("before", before)
        .run();
}

} // namespace tremplin::store

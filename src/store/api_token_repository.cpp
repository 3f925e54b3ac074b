#include "store/api_token_repository.hpp"

#include "store/query.hpp"
#include "store/staff_account_repository.hpp"

namespace tremplin::store {

void ApiTokenRepository::insert(std::string const& token_hash, domain::StaffAccount const& account,
                                std::string const& label, std::string const& created_at)
{
    Query(m_connection,
          "INSERT INTO api_tokens (token_hash, organisation_id, staff_account_id, label, created_at) "
          "VALUES (:hash, :organisation, :account, :label, :created_at)")
        .bind("hash", token_hash)
        .bind("organisation", account.organisation_id)
        .bind("account", account.id)
        .bind("label", label)
        .bind("created_at", created_at)
        .run();
}

std::optional<domain::StaffAccount> ApiTokenRepository::find_account(std::string const& token_hash)
{
    return Query(m_connection, std::string("SELECT ") + staff_account_columns +
                                   " FROM api_tokens t JOIN staff_accounts a ON a.id = t.staff_account_id "
                                   "WHERE t.token_hash = :hash AND t.revoked_at IS NULL")
        .bind("hash", token_hash)
        .first_row<domain::StaffAccount>([](Row const& row) { return read_staff_account(row); });
}

void ApiTokenRepository::revoke_all_of(long long staff_account_id, std::string const& revoked_at)
{
    Query(m_connection,
          "UPDATE api_tokens SET revoked_at = :at WHERE staff_account_id = :account AND revoked_at IS NULL")
        .bind("at", revoked_at)
        .bind("account", staff_account_id)
        .run();
}

} // namespace tremplin::store

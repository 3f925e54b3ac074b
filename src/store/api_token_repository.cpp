#include "store/api_token_repository.hpp"

#include "store/query.hpp"
#include "store/staff_account_repository.hpp"

namespace tremplin::store {

namespace {

// The hash's first characters name a token in lists and on the command line.
constexpr std::size_t reference_length = 12;

} // namespace

void ApiTokenRepository::insert(std::string const& token_hash, domain::StaffAccount const& account,
                                std::string const& label, domain::TokenScope scope,
                                std::string const& created_at, std::string const& expires_at)
{
    Query(m_connection,
          "INSERT INTO api_tokens (token_hash, organisation_id, staff_account_id, label, scope, "
          "created_at, expires_at) VALUES (:hash, :organisation, :account, :label, :scope, "
          ":created_at, :expires_at)")
        .bind("hash", token_hash)
        .bind("organisation", account.organisation_id)
        .bind("account", account.id)
        .bind("label", label)
        .bind("scope", std::string(domain::code_of(scope)))
        .bind("created_at", created_at)
        .bind("expires_at", expires_at)
        .run();
}

std::optional<FoundToken> ApiTokenRepository::find(std::string const& token_hash)
{
    return Query(m_connection,
                 std::string("SELECT ") + staff_account_columns +
                     ", t.scope, t.created_at AS token_created_at, t.expires_at, t.last_used_at "
                     "FROM api_tokens t JOIN staff_accounts a ON a.id = t.staff_account_id "
                     "WHERE t.token_hash = :hash AND t.revoked_at IS NULL")
        .bind("hash", token_hash)
        .first_row<FoundToken>([](Row const& row) {
            return FoundToken{read_staff_account(row),
                              choice_at<domain::TokenScope>(row, "scope").value_or(domain::TokenScope::Read),
                              row.text("token_created_at"), row.text("expires_at"), row.text("last_used_at")};
        });
}

void ApiTokenRepository::mark_used(std::string const& token_hash, std::string const& at)
{
    Query(m_connection, "UPDATE api_tokens SET last_used_at = :at WHERE token_hash = :hash")
        .bind("at", at)
        .bind("hash", token_hash)
        .run();
}

std::vector<domain::ApiTokenSummary> ApiTokenRepository::list(std::optional<std::string> const& username)
{
    return Query(m_connection,
                 "SELECT t.token_hash, a.username, t.label, t.scope, t.created_at, t.expires_at, "
                 "t.last_used_at, t.revoked_at FROM api_tokens t "
                 "JOIN staff_accounts a ON a.id = t.staff_account_id "
                 "WHERE :anyone = 1 OR a.username = :username "
                 "ORDER BY t.created_at DESC, t.token_hash")
        .bind("anyone", !username.has_value())
        .bind("username", username.value_or(""))
        .rows<domain::ApiTokenSummary>([](Row const& row) {
            return domain::ApiTokenSummary{
                row.text("token_hash").substr(0, reference_length),
                row.text("username"),
                row.text("label"),
                choice_at<domain::TokenScope>(row, "scope").value_or(domain::TokenScope::Read),
                row.text("created_at"),
                row.text("expires_at"),
                row.text("last_used_at"),
                row.text("revoked_at")};
        });
}

std::optional<domain::StaffAccount> ApiTokenRepository::revoke(std::string const& reference,
                                                               std::string const& revoked_at)
{
    if (reference.size() < 6 || reference.find_first_not_of("0123456789abcdef") != std::string::npos)
        return std::nullopt;
    auto const fitting = Query(m_connection, std::string("SELECT t.token_hash, ") + staff_account_columns +
                                                 " FROM api_tokens t JOIN staff_accounts a ON a.id = "
                                                 "t.staff_account_id WHERE t.token_hash LIKE :prefix AND "
                                                 "t.revoked_at IS NULL")
                             .bind("prefix", reference + "%")
                             .rows<std::pair<std::string, domain::StaffAccount>>([](Row const& row) {
                                 return std::pair{row.text("token_hash"), read_staff_account(row)};
                             });
    if (fitting.size() != 1)
        return std::nullopt;
    Query(m_connection, "UPDATE api_tokens SET revoked_at = :at WHERE token_hash = :hash")
        .bind("at", revoked_at)
        .bind("hash", fitting.front().first)
        .run();
    return fitting.front().second;
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

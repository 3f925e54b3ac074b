#include "store/staff_account_repository.hpp"

#include "store/query.hpp"

namespace tremplin::store {

domain::StaffAccount read_staff_account(Row const& row)
{
    domain::StaffAccount account;
    account.id = row.integer("account_id");
    account.organisation_id = row.integer("account_organisation_id");
    account.username = row.text("username");
    account.display_name = row.text("display_name");
    account.role = domain::from_code<domain::Role>(row.text("role")).value_or(domain::Role::Funder);
    account.language = row.text("account_language");
    account.disabled = row.boolean("disabled");
    account.special_categories_granted = row.boolean("special_categories_granted");
    return account;
}

namespace {

domain::StaffAccount read_account(Row const& row)
{
    return read_staff_account(row);
}

} // namespace

long long StaffAccountRepository::insert(domain::StaffAccount const& account,
                                         std::string const& password_hash, std::string const& created_at)
{
    return Query(m_connection, "INSERT INTO staff_accounts (organisation_id, username, display_name, role, "
                               "password_hash, language, "
                               "disabled, created_at) VALUES (:organisation, :username, :display_name, "
                               ":role, :hash, :language, "
                               ":disabled, :created_at) RETURNING id")
        .bind("organisation", account.organisation_id)
        .bind("username", account.username)
        .bind("display_name", account.display_name)
        .bind("role", std::string(domain::code_of(account.role)))
        .bind("hash", password_hash)
        .bind("language", account.language)
        .bind("disabled", account.disabled)
        .bind("created_at", created_at)
        .scalar();
}

std::optional<domain::StaffAccount> StaffAccountRepository::find(long long id)
{
    return Query(m_connection,
                 std::string("SELECT ") + staff_account_columns + " FROM staff_accounts a WHERE a.id = :id")
        .bind("id", id)
        .first_row<domain::StaffAccount>(read_account);
}

std::optional<StoredCredentials> StaffAccountRepository::find_credentials(std::string const& username)
{
    return Query(m_connection, std::string("SELECT ") + staff_account_columns +
                                   ", a.password_hash FROM staff_accounts a WHERE a.username = :username")
        .bind("username", username)
        .first_row<StoredCredentials>([](Row const& row) {
            return StoredCredentials{read_account(row), row.text("password_hash")};
        });
}

std::optional<StoredCredentials> StaffAccountRepository::find_credentials(long long id)
{
    return Query(m_connection, std::string("SELECT ") + staff_account_columns +
                                   ", a.password_hash FROM staff_accounts a WHERE a.id = :id")
        .bind("id", id)
        .first_row<StoredCredentials>([](Row const& row) {
            return StoredCredentials{read_staff_account(row), row.text("password_hash")};
        });
}

std::vector<domain::StaffAccount> StaffAccountRepository::all_in(long long organisation_id)
{
    return Query(m_connection, std::string("SELECT ") + staff_account_columns +
                                   " FROM staff_accounts a WHERE a.organisation_id = :organisation"
                                   " ORDER BY a.display_name, a.id")
        .bind("organisation", organisation_id)
        .rows<domain::StaffAccount>([](Row const& row) { return read_staff_account(row); });
}

void StaffAccountRepository::set_password_hash(long long id, std::string const& password_hash)
{
    Query(m_connection, "UPDATE staff_accounts SET password_hash = :hash WHERE id = :id")
        .bind("hash", password_hash)
        .bind("id", id)
        .run();
}

void StaffAccountRepository::set_disabled(long long id, bool disabled)
{
    Query(m_connection, "UPDATE staff_accounts SET disabled = :disabled WHERE id = :id")
        .bind("disabled", disabled)
        .bind("id", id)
        .run();
}

void StaffAccountRepository::set_language(long long id, std::string const& language)
{
    Query(m_connection, "UPDATE staff_accounts SET language = :language WHERE id = :id")
        .bind("language", language)
        .bind("id", id)
        .run();
}

void StaffAccountRepository::set_special_categories_granted(long long id, bool granted)
{
    Query(m_connection, "UPDATE staff_accounts SET special_categories_granted = :granted WHERE id = :id")
        .bind("granted", granted)
        .bind("id", id)
        .run();
}

} // namespace tremplin::store

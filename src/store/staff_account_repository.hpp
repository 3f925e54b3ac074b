#pragma once

#include "domain/staff_account.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::store {

class Row;

struct StoredCredentials {
    domain::StaffAccount account;
    std::string password_hash;
};

class StaffAccountRepository {
  public:
    explicit StaffAccountRepository(Connection& connection) : m_connection(connection) {}

    long long insert(domain::StaffAccount const& account, std::string const& password_hash,
                     std::string const& created_at);
    std::optional<domain::StaffAccount> find(long long id);
    std::optional<StoredCredentials> find_credentials(std::string const& username);
    std::optional<StoredCredentials> find_credentials(long long id);
    std::vector<domain::StaffAccount> all_in(long long organisation_id); // by name

    void set_password_hash(long long id, std::string const& password_hash);
    void set_disabled(long long id, bool disabled);
    void set_language(long long id, std::string const& language);
    void set_special_categories_granted(long long id, bool granted);

  private:
    Connection& m_connection;
};

// The columns every query that reads an account selects, from alias `a`; those another table
// of the same query may also have are renamed.
inline constexpr auto staff_account_columns =
    "a.id AS account_id, a.organisation_id AS account_organisation_id, a.username, a.display_name, a.role, "
    "a.language AS account_language, a.disabled, a.special_categories_granted";

// Reads those columns, by name.
domain::StaffAccount read_staff_account(Row const& row);

} // namespace tremplin::store

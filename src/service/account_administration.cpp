#include "service/account_administration.hpp"

#include "service/audit_trail.hpp"
#include "store/api_token_repository.hpp"
#include "store/session_repository.hpp"
#include "store/staff_account_repository.hpp"

namespace tremplin::service {

using domain::Error;
using domain::ErrorCode;
using domain::fail;
using domain::Permission;
using store::Transaction;

namespace {

// The account, if it belongs to the actor's centre.
std::optional<domain::StaffAccount> colleague(store::StaffAccountRepository& accounts, Actor const& actor,
                                              long long id)
{
    auto found = accounts.find(id);
    if (!found || found->organisation_id != actor.organisation_id())
        return std::nullopt;
    return found;
}

} // namespace

domain::Result<std::vector<domain::StaffAccount>> AccountAdministration::accounts(Actor const& actor)
{
    if (!actor.can(Permission::ManageAccounts))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    return store::StaffAccountRepository(connection).all_in(actor.organisation_id());
}

domain::Result<domain::StaffAccount> AccountAdministration::account(Actor const& actor, long long id)
{
    if (!actor.can(Permission::ManageAccounts))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    store::StaffAccountRepository accounts(connection);
    auto found = colleague(accounts, actor, id);
    if (!found)
        return fail(Error::not_found());
    return *found;
}

domain::Result<domain::StaffAccount> AccountAdministration::create(Actor const& actor,
                                                                   domain::NewStaffAccount const& new_account)
{
    if (!actor.can(Permission::ManageAccounts))
        return fail(Error::forbidden());
    auto valid = domain::validate_new_account(new_account);
    if (!valid)
        return fail(std::move(valid.error()));
    auto const password_hash = hash_password(valid->password, m_hashing);

    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    store::StaffAccountRepository accounts(connection);
    if (accounts.find_credentials(valid->username))
        return fail({ErrorCode::Conflict, {}, {{"username", "errors.username.taken"}}});
    domain::StaffAccount account;
    account.organisation_id = actor.organisation_id();
    account.username = valid->username;
    account.display_name = valid->display_name;
    account.role = *valid->role;
    account.id = accounts.insert(account, password_hash, m_clock.now_iso());
    record_audit(
        connection, m_clock, actor,
        {"staff_account.created", "staff_account", account.id, std::string(domain::code_of(account.role))});
    transaction.commit();
    return account;
}

domain::Result<void> AccountAdministration::set_access(Actor const& actor, long long id, AccountAccess access)
{
    if (!actor.can(Permission::ManageAccounts))
        return fail(Error::forbidden());
    if (id == actor.account.id)
        return fail({ErrorCode::Conflict, "errors.account.own_access", {}});
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    store::StaffAccountRepository accounts(connection);
    if (!colleague(accounts, actor, id))
        return fail(Error::not_found());
    bool const closing = access == AccountAccess::Closed;
    accounts.set_disabled(id, closing);
    if (closing) {
        store::SessionRepository(connection).remove_all_of(id);
        store::ApiTokenRepository(connection).revoke_all_of(id, m_clock.now_iso());
    }
    record_audit(connection, m_clock, actor,
                 {closing ? "staff_account.disabled" : "staff_account.enabled", "staff_account", id, {}});
    transaction.commit();
    return {};
}

domain::Result<void> AccountAdministration::reset_password(Actor const& actor, long long id,
                                                           std::string const& password)
{
    if (!actor.can(Permission::ManageAccounts))
        return fail(Error::forbidden());
    if (auto checked = domain::check_new_password(password); !checked)
        return checked;
    auto const password_hash = hash_password(password, m_hashing);
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    store::StaffAccountRepository accounts(connection);
    if (!colleague(accounts, actor, id))
        return fail(Error::not_found());
    accounts.set_password_hash(id, password_hash);
    store::SessionRepository(connection).remove_all_of(id);
    record_audit(connection, m_clock, actor, {"staff_account.password_changed", "staff_account", id, {}});
    transaction.commit();
    return {};
}

} // namespace tremplin::service

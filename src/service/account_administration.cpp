#include "service/account_administration.hpp"

#include "store/api_token_repository.hpp"
#include "store/login_failure_repository.hpp"
#include "store/session_repository.hpp"
#include "store/staff_account_repository.hpp"

namespace tremplin::service {

using domain::Error;
using domain::ErrorCode;
using domain::fail;
using domain::found;
using domain::Permission;
using domain::Result;

namespace {

// The account, if it belongs to the unit's centre.
Result<domain::StaffAccount> colleague(UnitOfWork& unit, long long id)
{
    auto account = TRY(found(unit.repository<store::StaffAccountRepository>().find(id)));
    if (account.organisation_id != unit.organisation_id())
        return fail(Error::not_found());
    return account;
}

SpecialCategoriesAccess special_categories_access(domain::StaffAccount const& account)
{
    if (domain::can(account.role, Permission::ViewSpecialCategories))
        return SpecialCategoriesAccess::ByRole;
    if (!domain::may_be_named_for_special_categories(account.role))
        return SpecialCategoriesAccess::Never;
    return account.special_categories_granted ? SpecialCategoriesAccess::Granted
                                              : SpecialCategoriesAccess::NotGranted;
}

} // namespace

Result<AccountList> AccountAdministration::accounts(Actor const& actor)
{
    return m_units.read(actor, Permission::ManageAccounts, [&](UnitOfWork& unit) -> Result<AccountList> {
        AccountList list{
            unit.repository<store::StaffAccountRepository>().all_in(unit.organisation_id()), {}, {}};
        for (auto const& account : list.accounts)
            list.special_categories[account.id] = special_categories_access(account);
        auto const since = domain::iso_timestamp(unit.clock().now() - m_limits.window);
        auto const guessed = unit.repository<store::LoginFailureRepository>().usernames_with_at_least(
            m_limits.before_delay, since);
        for (auto const& [username, failures] : guessed)
            for (auto const& account : list.accounts)
                if (account.username == username)
                    list.under_attack[account.id] = failures;
        return list;
    });
}

Result<domain::StaffAccount> AccountAdministration::account(Actor const& actor, long long id)
{
    return m_units.read(actor, Permission::ManageAccounts,
                        [&](UnitOfWork& unit) { return colleague(unit, id); });
}

Result<void> AccountAdministration::may_create(Actor const& actor) const
{
    if (!actor.can(Permission::ManageAccounts))
        return fail(Error::forbidden());
    return {};
}

Result<domain::StaffAccount> AccountAdministration::create(Actor const& actor,
                                                           domain::NewStaffAccount const& new_account)
{
    if (!actor.can(Permission::ManageAccounts))
        return fail(Error::forbidden());
    auto const valid = TRY(domain::validate_new_account(new_account));
    auto const password_hash = hash_password(valid.password, m_hashing);

    return m_units.write(
        actor, Permission::ManageAccounts, [&](UnitOfWork& unit) -> Result<domain::StaffAccount> {
            auto accounts = unit.repository<store::StaffAccountRepository>();
            if (accounts.find_credentials(valid.username))
                return fail({ErrorCode::Conflict, {}, {{"username", "errors.username.taken"}}});
            domain::StaffAccount account;
            account.organisation_id = unit.organisation_id();
            account.username = valid.username;
            account.display_name = valid.display_name;
            account.role = *valid.role;
            account.id = accounts.insert(account, password_hash, unit.clock().now_iso());
            unit.audit({"staff_account.created", "staff_account", account.id,
                        std::string(domain::code_of(account.role))});
            return account;
        });
}

Result<void> AccountAdministration::set_access(Actor const& actor, long long id, AccountAccess access)
{
    if (!actor.can(Permission::ManageAccounts))
        return fail(Error::forbidden());
    if (id == actor.account.id)
        return fail({ErrorCode::Conflict, "errors.account.own_access", {}});
    return m_units.write(actor, Permission::ManageAccounts, [&](UnitOfWork& unit) -> Result<void> {
        TRY(colleague(unit, id));
        bool const closing = access == AccountAccess::Closed;
        unit.repository<store::StaffAccountRepository>().set_disabled(id, closing);
        if (closing) {
            unit.repository<store::SessionRepository>().remove_all_of(id);
            unit.repository<store::ApiTokenRepository>().revoke_all_of(id, unit.clock().now_iso());
        }
        unit.audit({closing ? "staff_account.disabled" : "staff_account.enabled", "staff_account", id, {}});
        return {};
    });
}

Result<void> AccountAdministration::set_special_categories(Actor const& actor, long long id, bool granted)
{
    return m_units.write(actor, Permission::ManageAccounts, [&](UnitOfWork& unit) -> Result<void> {
        auto const account = TRY(colleague(unit, id));
        if (!domain::may_be_named_for_special_categories(account.role))
            return fail({ErrorCode::Conflict, "errors.account.special_categories_role", {}});
        if (account.special_categories_granted == granted)
            return {}; // nothing given nor taken
        unit.repository<store::StaffAccountRepository>().set_special_categories_granted(id, granted);
        unit.audit({granted ? "staff_account.special_categories_granted"
                            : "staff_account.special_categories_withdrawn",
                    "staff_account", id, std::string(domain::code_of(account.role))});
        return {};
    });
}

Result<void> AccountAdministration::reset_password(Actor const& actor, long long id,
                                                   std::string const& password)
{
    if (!actor.can(Permission::ManageAccounts))
        return fail(Error::forbidden());
    // Her own password is changed with her current one (AccountService::change_own_password):
    // a session left open on the director's desk must not be enough to take her account.
    if (id == actor.account.id)
        return fail({ErrorCode::Conflict, "errors.account.own_password", {}});
    TRY(domain::check_new_password(password));
    auto const password_hash = hash_password(password, m_hashing);
    return m_units.write(actor, Permission::ManageAccounts, [&](UnitOfWork& unit) -> Result<void> {
        TRY(colleague(unit, id));
        unit.repository<store::StaffAccountRepository>().set_password_hash(id, password_hash);
        // Her sessions end and her API tokens are revoked: whoever had them, had them with the old one.
        unit.repository<store::SessionRepository>().remove_all_of(id);
        unit.repository<store::ApiTokenRepository>().revoke_all_of(id, unit.clock().now_iso());
        unit.audit({"staff_account.password_changed", "staff_account", id, {}});
        return {};
    });
}

} // namespace tremplin::service

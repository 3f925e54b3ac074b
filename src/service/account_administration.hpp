#pragma once

// The director's side of the staff accounts: who has an account, adding one, closing or
// reopening it, and giving a colleague a new password. Every change is audited.

#include "domain/error.hpp"
#include "domain/staff_account.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "service/secrets.hpp"
#include "service/sign_in_limits.hpp"
#include "service/unit_of_work.hpp"
#include "store/database.hpp"

#include <map>
#include <vector>

namespace tremplin::service {

enum class AccountAccess { Open, Closed };

// Whether an account reads disability and minority answers (docs/design.md "Least privilege"):
// by her role (the director), because the director named her, not (yet), or never (a role that
// reads no record).
enum class SpecialCategoriesAccess { ByRole, Granted, NotGranted, Never };

// The accounts of the director's centre, and those whose password someone is guessing now.
struct AccountList {
    std::vector<domain::StaffAccount> accounts; // by name
    // Account → wrong passwords in the current window, for those past SignInLimits::before_delay.
    std::map<long long, long long> under_attack;
    // Account → whether she reads special categories, and so whether she may be named.
    std::map<long long, SpecialCategoriesAccess> special_categories;
};

class AccountAdministration {
  public:
    AccountAdministration(store::Database& database, Clock const& clock, PasswordHashing hashing,
                          SignInLimits limits = {})
        : m_units(database, clock), m_hashing(hashing), m_limits(limits)
    {
    }

    domain::Result<AccountList> accounts(Actor const& actor);
    domain::Result<domain::StaffAccount> account(Actor const& actor, long long id);

    // Whether she may add an account: the refusal `create` would give, before the form is shown.
    domain::Result<void> may_create(Actor const& actor) const;
    domain::Result<domain::StaffAccount> create(Actor const& actor, domain::NewStaffAccount const& account);

    // Closing an account ends its sessions and revokes its API tokens; nobody closes her own.
    domain::Result<void> set_access(Actor const& actor, long long id, AccountAccess access);

    // Names a colleague who reads disability and minority answers, or withdraws it; audited.
    // Only an account whose role reads the records may be named. Her sessions and API tokens
    // follow at once: they read her account on every request.
    domain::Result<void> set_special_categories(Actor const& actor, long long id, bool granted);

    // A password the director gives a colleague who forgot hers; her sessions end. Never her own.
    domain::Result<void> reset_password(Actor const& actor, long long id, std::string const& password);

  private:
    UnitsOfWork m_units;
    PasswordHashing m_hashing;
    SignInLimits m_limits;
};

} // namespace tremplin::service

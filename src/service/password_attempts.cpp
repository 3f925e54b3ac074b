#include "service/password_attempts.hpp"

#include "store/login_failure_repository.hpp"

namespace tremplin::service {

using domain::Error;
using domain::ErrorCode;
using domain::fail;
using domain::Result;

Result<long long> count_password_attempt(UnitOfWork& unit, SignInLimits const& limits,
                                         PasswordAttempt const& attempt, domain::StaffAccount const* account)
{
    auto const now = unit.clock().now();
    auto const window_start = domain::iso_timestamp(now - limits.window);
    auto const too_many = [] { return Error{ErrorCode::TooManyAttempts, "errors.sign_in.too_many", {}}; };

    auto failures = unit.repository<store::LoginFailureRepository>();
    if (failures.count_for_pair_since(attempt.username, attempt.network, window_start) >=
            limits.per_account_and_address ||
        failures.count_for_address_since(attempt.network, window_start) >= limits.per_address)
        return fail(too_many());
    auto const account_failures =
        static_cast<int>(failures.count_for_username_since(attempt.username, window_start));
    if (auto const wait = delay_after(account_failures, limits); wait.count() > 0) {
        auto const latest = domain::parse_iso_timestamp(failures.latest_for_username(attempt.username));
        if (latest && now < *latest + wait)
            return fail(too_many());
    }
    auto const id = failures.record(attempt.username, attempt.network, domain::iso_timestamp(now));
    if (account && account_failures + 1 == limits.before_delay)
        // Once a window: the director reads it in the audit trail and on the accounts page.
        unit.audit(NoActor{account->organisation_id},
                   {"staff_account.under_attack", "staff_account", account->id,
                    std::to_string(limits.before_delay) + " failed sign-ins"});
    return id;
}

void forgive_password_attempt(UnitOfWork& unit, long long id, PasswordAttempt const& attempt)
{
    auto failures = unit.repository<store::LoginFailureRepository>();
    failures.forget(id);
    failures.forget_pair(attempt.username, attempt.network);
}

} // namespace tremplin::service

#include "service/account_service.hpp"

#include "domain/contact_details.hpp"
#include "service/password_attempts.hpp"
#include "store/api_token_repository.hpp"
#include "store/login_failure_repository.hpp"
#include "store/organisation_repository.hpp"
#include "store/session_repository.hpp"
#include "store/staff_account_repository.hpp"

#include <algorithm>

namespace tremplin::service {

using domain::Error;
using domain::ErrorCode;
using domain::fail;
using domain::found;
using domain::Result;

namespace {

// A session's last request is written at most this often, so that most requests only read; its
// idle time is counted from the last one written, a minute early at most.
constexpr auto session_extension_step = std::chrono::minutes(1);

// When a session ends, docs/design.md "Sessions": the first of its idle timeout after the last
// request written, its lifetime after signing in, and the end written with it. Each is checked
// here, so that a session written under longer settings ends by the present ones. None when a
// time does not read.
std::optional<domain::Instant> session_end(store::StoredSession const& session,
                                           AccountSettings const& settings)
{
    auto const created = domain::parse_iso_timestamp(session.created_at);
    auto const last_seen = domain::parse_iso_timestamp(session.last_seen_at);
    auto const written_end = domain::parse_iso_timestamp(session.expires_at);
    if (!created || !last_seen || !written_end)
        return std::nullopt;
    return std::min(
        {*written_end, *last_seen + settings.session_idle_timeout, *created + settings.session_lifetime});
}

Error wrong_credentials()
{
    return {ErrorCode::Unauthenticated, "errors.sign_in.wrong", {}};
}

} // namespace

AccountService::AccountService(store::Database& database, Clock const& clock,
                               std::vector<std::string> languages, AccountSettings settings)
    : m_units(database, clock), m_languages(std::move(languages)), m_settings(settings),
      m_decoy_hash(hash_password(random_token(), settings.password_hashing))
{
}

bool AccountService::is_language(std::string_view language) const
{
    return std::ranges::find(m_languages, language) != m_languages.end();
}

// Signing in, out and a session's lookup are nobody's yet: their units are opened for no actor,
// and their audit rows name the account the work finds.
Result<SignIn> AccountService::sign_in(std::string_view username_typed, std::string_view password,
                                       std::string_view remote_address_view)
{
    std::string const remote_address(remote_address_view);
    PasswordAttempt const typed{domain::normalised_username(username_typed), address_network(remote_address)};

    // The attempt is counted before the password is checked, and stays counted unless it
    // succeeds: a hundred guesses sent at once meet the limit as a hundred sent one by one.
    struct Attempt {
        long long id = 0;
        std::optional<store::StoredCredentials> credentials;
    };
    auto const attempt = TRY(m_units.write(NoActor{}, [&](UnitOfWork& unit) -> Result<Attempt> {
        Attempt counted{0, unit.repository<store::StaffAccountRepository>().find_credentials(typed.username)};
        counted.id =
            TRY(count_password_attempt(unit, m_settings.sign_in_limits, typed,
                                       counted.credentials ? &counted.credentials->account : nullptr));
        return counted;
    }));
    auto const& credentials = attempt.credentials;

    // The slow part runs outside any transaction, and runs whether or not the account exists.
    bool const password_matches =
        verify_password(password, credentials ? credentials->password_hash : m_decoy_hash);
    bool const accepted = credentials && password_matches && !credentials->account.disabled;

    NoActor const centre{credentials ? credentials->account.organisation_id : 0};
    if (!accepted) {
        if (credentials)
            TRY(m_units.write(centre, [&](UnitOfWork& unit) -> Result<void> {
                unit.audit(Actor{credentials->account, remote_address},
                           {"session.sign_in_refused", "staff_account", credentials->account.id, {}});
                return {};
            }));
        return fail(wrong_credentials());
    }

    return m_units.write(centre, [&](UnitOfWork& unit) -> Result<SignIn> {
        auto const now = unit.clock().now();
        SignIn signed_in{random_token(), random_token(), credentials->account};
        unit.repository<store::SessionRepository>().insert(
            {token_hash(signed_in.session_token), credentials->account.organisation_id,
             credentials->account.id, signed_in.csrf_token, domain::iso_timestamp(now),
             domain::iso_timestamp(now),
             domain::iso_timestamp(now +
                                   std::min(m_settings.session_idle_timeout, m_settings.session_lifetime))});
        forgive_password_attempt(unit, attempt.id, typed);
        unit.audit(Actor{credentials->account, remote_address},
                   {"session.signed_in", "staff_account", credentials->account.id, {}});
        return signed_in;
    });
}

std::optional<SignedInSession> AccountService::session(std::string_view session_token)
{
    if (session_token.empty())
        return std::nullopt;
    auto const hash = token_hash(session_token);
    auto stored =
        m_units.read(NoActor{}, [&](UnitOfWork& unit) -> Result<std::optional<store::SessionWithAccount>> {
            return unit.repository<store::SessionRepository>().find(hash);
        });
    if (!stored || !*stored)
        return std::nullopt;
    auto& current = **stored;

    // Most requests only read; the few that end or extend a session write once more, as before.
    auto const now = m_units.clock().now();
    auto const ends = session_end(current.session, m_settings);
    if (!ends || *ends <= now || current.account.disabled) {
        m_units.write(NoActor{current.session.organisation_id}, [&](UnitOfWork& unit) -> Result<void> {
            unit.repository<store::SessionRepository>().remove(hash);
            return {};
        });
        return std::nullopt;
    }
    auto const last_seen = domain::parse_iso_timestamp(current.session.last_seen_at);
    auto const created = domain::parse_iso_timestamp(current.session.created_at);
    if (now - *last_seen >= session_extension_step)
        m_units.write(NoActor{current.session.organisation_id}, [&](UnitOfWork& unit) -> Result<void> {
            unit.repository<store::SessionRepository>().extend(
                hash, domain::iso_timestamp(now),
                domain::iso_timestamp(
                    std::min(now + m_settings.session_idle_timeout, *created + m_settings.session_lifetime)));
            return {};
        });
    return SignedInSession{std::move(current.account), std::move(current.session.csrf_token)};
}

void AccountService::sign_out(std::string_view session_token)
{
    if (session_token.empty())
        return;
    m_units.write(NoActor{}, [&](UnitOfWork& unit) -> Result<void> {
        auto sessions = unit.repository<store::SessionRepository>();
        auto const hash = token_hash(session_token);
        if (auto const signed_in = sessions.find(hash)) {
            sessions.remove(hash);
            unit.audit(Actor{signed_in->account, {}},
                       {"session.signed_out", "staff_account", signed_in->account.id, {}});
        }
        return {};
    });
}

void AccountService::tidy()
{
    m_units.write(NoActor{}, [&](UnitOfWork& unit) -> Result<void> {
        auto const now = unit.clock().now();
        unit.repository<store::SessionRepository>().remove_expired(domain::iso_timestamp(now));
        unit.repository<store::LoginFailureRepository>().forget_before(
            domain::iso_timestamp(now - m_settings.sign_in_limits.window));
        return {};
    });
}

// Any account changes its own password and language, whatever its role: no permission is
// asked, and the audit row names her. Her current password is asked and counted as at signing
// in, so that a session left open, or stolen, is not enough to take the account over.
Result<void> AccountService::change_own_password(Actor const& actor, std::string_view current_password,
                                                 std::string const& new_password,
                                                 std::string_view session_token)
{
    NoActor const centre{actor.organisation_id()};
    PasswordAttempt const attempt{actor.account.username, address_network(actor.remote_address)};
    std::vector<domain::FieldError> problems;
    if (auto checked = domain::check_new_password(new_password); !checked)
        problems.push_back({"new_password", checked.error().fields.front().message_key});

    struct Counted {
        long long id = 0;
        std::optional<store::StoredCredentials> credentials;
    };
    auto counted = m_units.write(centre, [&](UnitOfWork& unit) -> Result<Counted> {
        Counted result{0,
                       unit.repository<store::StaffAccountRepository>().find_credentials(actor.account.id)};
        result.id = TRY(count_password_attempt(unit, m_settings.sign_in_limits, attempt,
                                               result.credentials ? &result.credentials->account : nullptr));
        return result;
    });
    if (!counted) {
        if (counted.error().code == ErrorCode::TooManyAttempts)
            return fail({ErrorCode::TooManyAttempts,
                         counted.error().message_key,
                         {{"current_password", "errors.current_password.too_many"}}});
        return fail(std::move(counted.error()));
    }

    // The slow part runs outside any transaction.
    if (!counted->credentials || !verify_password(current_password, counted->credentials->password_hash)) {
        TRY(m_units.write(centre, [&](UnitOfWork& unit) -> Result<void> {
            unit.audit(actor,
                       {"staff_account.current_password_refused", "staff_account", actor.account.id, {}});
            return {};
        }));
        problems.insert(problems.begin(), {"current_password", "errors.current_password.wrong"});
        return fail(Error::invalid(std::move(problems)));
    }
    if (!problems.empty()) {
        // She knew her current password: only the new one is to type again.
        TRY(m_units.write(centre, [&](UnitOfWork& unit) -> Result<void> {
            forgive_password_attempt(unit, counted->id, attempt);
            return {};
        }));
        return fail(Error::invalid(std::move(problems)));
    }
    auto const password_hash = hash_password(new_password, m_settings.password_hashing);

    return m_units.write(centre, [&](UnitOfWork& unit) -> Result<void> {
        unit.repository<store::StaffAccountRepository>().set_password_hash(actor.account.id, password_hash);
        unit.repository<store::SessionRepository>().remove_all_except(actor.account.id,
                                                                      token_hash(session_token));
        unit.repository<store::ApiTokenRepository>().revoke_all_of(actor.account.id, unit.clock().now_iso());
        forgive_password_attempt(unit, counted->id, attempt);
        unit.audit(actor, {"staff_account.password_changed", "staff_account", actor.account.id, {}});
        return {};
    });
}

Result<void> AccountService::choose_language(Actor const& actor, std::string const& language)
{
    if (!is_language(language))
        return fail(Error::invalid({{"language", "errors.language.choose"}}));
    return m_units.write(NoActor{actor.organisation_id()}, [&](UnitOfWork& unit) -> Result<void> {
        unit.repository<store::StaffAccountRepository>().set_language(actor.account.id, language);
        unit.audit(actor, {"staff_account.language_chosen", "staff_account", actor.account.id, language});
        return {};
    });
}

std::optional<ApiCaller> AccountService::account_for_api_token(std::string_view token)
{
    if (token.empty())
        return std::nullopt;
    auto const hash = token_hash(token);
    auto found = m_units.read(NoActor{}, [&](UnitOfWork& unit) -> Result<std::optional<store::FoundToken>> {
        return unit.repository<store::ApiTokenRepository>().find(hash);
    });
    if (!found || !*found || (*found)->account.disabled)
        return std::nullopt;
    auto const& stored = **found;
    auto const now = m_units.clock().now();
    auto const made = domain::parse_iso_timestamp(stored.created_at);
    auto const ends =
        stored.expires_at.empty()
            ? (made ? std::optional(*made + std::chrono::days(domain::longest_token_days)) : std::nullopt)
            : domain::parse_iso_timestamp(stored.expires_at);
    if (!ends || now >= *ends)
        return std::nullopt;
    // Its last use, for `tremplin token list`: written once an hour, not at every request.
    auto const used = domain::parse_iso_timestamp(stored.last_used_at);
    if (!used || now - *used >= std::chrono::hours(1))
        (void)m_units.write(NoActor{stored.account.organisation_id}, [&](UnitOfWork& unit) -> Result<void> {
            unit.repository<store::ApiTokenRepository>().mark_used(hash, domain::iso_timestamp(now));
            return {};
        });
    return ApiCaller{stored.account, stored.scope};
}

// The command line names an account, not its centre: each audit row below is written for the
// centre of the account the work finds, and names no account.
Result<domain::StaffAccount> AccountService::add_account(NewAccount const& new_account)
{
    auto valid = domain::validate_new_account(
        {new_account.username, new_account.display_name, new_account.role, new_account.password});
    if (!valid)
        return fail(std::move(valid.error()));
    auto const& username = valid->username;
    auto const& display_name = valid->display_name;

    auto const password_hash = hash_password(new_account.password, m_settings.password_hashing);
    return m_units.write(NoActor{}, [&](UnitOfWork& unit) -> Result<domain::StaffAccount> {
        auto accounts = unit.repository<store::StaffAccountRepository>();
        if (accounts.find_credentials(username))
            return fail({ErrorCode::Conflict, {}, {{"username", "errors.username.taken"}}});

        auto organisations = unit.repository<store::OrganisationRepository>();
        domain::StaffAccount account;
        if (new_account.organisation_id) {
            if (!organisations.find(*new_account.organisation_id))
                return fail({ErrorCode::NotFound, "errors.organisation.unknown", {}});
            account.organisation_id = *new_account.organisation_id;
        } else {
            auto const all = organisations.all();
            if (all.size() > 1)
                return fail({ErrorCode::InvalidInput, "errors.organisation.ambiguous", {}});
            account.organisation_id =
                all.empty()
                    ? organisations.insert({0, new_account.organisation_name, "fr"}, unit.clock().now_iso())
                    : all.front().id;
        }
        account.username = username;
        account.display_name = display_name;
        account.role = new_account.role;
        account.id = accounts.insert(account, password_hash, unit.clock().now_iso());
        unit.audit(NoActor{account.organisation_id}, {"staff_account.created", "staff_account", account.id,
                                                      std::string(domain::code_of(account.role))});
        return account;
    });
}

Result<void> AccountService::set_password(std::string const& username, std::string const& password)
{
    if (auto checked = domain::check_new_password(password); !checked)
        return checked;
    auto const password_hash = hash_password(password, m_settings.password_hashing);
    return m_units.write(NoActor{}, [&](UnitOfWork& unit) -> Result<void> {
        auto accounts = unit.repository<store::StaffAccountRepository>();
        auto const stored = TRY(found(accounts.find_credentials(domain::normalised_username(username))));
        accounts.set_password_hash(stored.account.id, password_hash);
        // A new password ends every session and revokes every API token.
        unit.repository<store::SessionRepository>().remove_all_of(stored.account.id);
        unit.repository<store::ApiTokenRepository>().revoke_all_of(stored.account.id, unit.clock().now_iso());
        unit.audit(NoActor{stored.account.organisation_id},
                   {"staff_account.password_changed", "staff_account", stored.account.id, {}});
        return {};
    });
}

Result<void> AccountService::disable(std::string const& username)
{
    return m_units.write(NoActor{}, [&](UnitOfWork& unit) -> Result<void> {
        auto accounts = unit.repository<store::StaffAccountRepository>();
        auto const stored = TRY(found(accounts.find_credentials(domain::normalised_username(username))));
        accounts.set_disabled(stored.account.id, true);
        unit.repository<store::SessionRepository>().remove_all_of(stored.account.id);
        unit.repository<store::ApiTokenRepository>().revoke_all_of(stored.account.id, unit.clock().now_iso());
        unit.audit(NoActor{stored.account.organisation_id},
                   {"staff_account.disabled", "staff_account", stored.account.id, {}});
        return {};
    });
}

Result<std::string> AccountService::create_api_token(std::string const& username, std::string const& label,
                                                     domain::TokenScope scope, int days)
{
    if (days < 1 || days > domain::longest_token_days)
        return fail(Error::invalid({{"days", "errors.api_token.days"}}));
    return m_units.write(NoActor{}, [&](UnitOfWork& unit) -> Result<std::string> {
        auto const stored = TRY(found(unit.repository<store::StaffAccountRepository>().find_credentials(
            domain::normalised_username(username))));
        if (stored.account.disabled)
            return fail(Error::not_found());
        auto token = random_token();
        auto const now = unit.clock().now();
        unit.repository<store::ApiTokenRepository>().insert(
            token_hash(token), stored.account, label, scope, domain::iso_timestamp(now),
            domain::iso_timestamp(now + std::chrono::days(days)));
        unit.audit(
            NoActor{stored.account.organisation_id},
            {"api_token.created", "staff_account", stored.account.id,
             label + " (" + std::string(domain::code_of(scope)) + ", " + std::to_string(days) + " days)"});
        return token;
    });
}

std::vector<domain::ApiTokenSummary> AccountService::api_tokens(std::optional<std::string> const& username)
{
    auto const wanted = username ? std::optional(domain::normalised_username(*username)) : std::nullopt;
    return m_units
        .read(NoActor{},
              [&](UnitOfWork& unit) -> Result<std::vector<domain::ApiTokenSummary>> {
                  return unit.repository<store::ApiTokenRepository>().list(wanted);
              })
        .value();
}

Result<void> AccountService::revoke_api_token(std::string const& reference)
{
    return m_units.write(NoActor{}, [&](UnitOfWork& unit) -> Result<void> {
        auto const account = TRY(
            found(unit.repository<store::ApiTokenRepository>().revoke(reference, unit.clock().now_iso())));
        unit.audit(NoActor{account.organisation_id},
                   {"api_token.revoked", "staff_account", account.id, reference});
        return {};
    });
}

} // namespace tremplin::service

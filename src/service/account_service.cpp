#include "service/account_service.hpp"

#include "domain/contact_details.hpp"
#include "service/audit_trail.hpp"
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
using store::Transaction;

namespace {

// A session's expiry moves forward at most this often, so that most requests only read.
constexpr auto session_extension_step = std::chrono::minutes(5);

Error wrong_credentials()
{
    return {ErrorCode::Unauthenticated, "errors.sign_in.wrong", {}};
}

} // namespace

AccountService::AccountService(store::Database& database, Clock const& clock,
                               std::vector<std::string> languages, AccountSettings settings)
    : m_database(database), m_clock(clock), m_languages(std::move(languages)), m_settings(settings),
      m_decoy_hash(hash_password(random_token(), settings.password_hashing))
{
}

bool AccountService::is_language(std::string_view language) const
{
    return std::ranges::find(m_languages, language) != m_languages.end();
}

domain::Result<SignIn> AccountService::sign_in(std::string_view username_typed, std::string_view password,
                                               std::string_view remote_address_view)
{
    auto const username = domain::normalised_username(username_typed);
    std::string const remote_address(remote_address_view);
    auto const now = m_clock.now();
    auto const window_start = domain::iso_timestamp(now - m_settings.failure_window);

    std::optional<store::StoredCredentials> credentials;
    {
        auto connection = m_database.connect();
        store::LoginFailureRepository failures(connection);
        if (failures.count_for_username_since(username, window_start) >= m_settings.failures_per_username ||
            failures.count_for_address_since(remote_address, window_start) >= m_settings.failures_per_address)
            return fail({ErrorCode::TooManyAttempts, "errors.sign_in.too_many", {}});
        credentials = store::StaffAccountRepository(connection).find_credentials(username);
    }

    // The slow part runs outside any transaction, and runs whether or not the account exists.
    bool const password_matches =
        verify_password(password, credentials ? credentials->password_hash : m_decoy_hash);
    bool const accepted = credentials && password_matches && !credentials->account.disabled;

    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    if (!accepted) {
        store::LoginFailureRepository(connection)
            .record(username, remote_address, domain::iso_timestamp(now));
        if (credentials)
            record_audit(connection, m_clock, {credentials->account, remote_address},
                         {"session.sign_in_refused", "staff_account", credentials->account.id, {}});
        transaction.commit();
        return fail(wrong_credentials());
    }

    SignIn signed_in{random_token(), random_token(), credentials->account};
    auto const now_text = domain::iso_timestamp(now);
    store::SessionRepository(connection)
        .insert({token_hash(signed_in.session_token), credentials->account.organisation_id,
                 credentials->account.id, signed_in.csrf_token, now_text, now_text,
                 domain::iso_timestamp(now + m_settings.session_idle_timeout)});
    store::LoginFailureRepository(connection).forget_username(username);
    record_audit(connection, m_clock, {credentials->account, remote_address},
                 {"session.signed_in", "staff_account", credentials->account.id, {}});
    transaction.commit();
    return signed_in;
}

std::optional<SignedInSession> AccountService::session(std::string_view session_token)
{
    if (session_token.empty())
        return std::nullopt;
    auto const hash = token_hash(session_token);
    auto connection = m_database.connect();
    store::SessionRepository sessions(connection);
    auto found = sessions.find(hash);
    if (!found)
        return std::nullopt;

    auto const now = m_clock.now();
    auto const expires_at = domain::parse_iso_timestamp(found->session.expires_at);
    if (!expires_at || *expires_at <= now || found->account.disabled) {
        sessions.remove(hash);
        return std::nullopt;
    }
    auto const last_seen = domain::parse_iso_timestamp(found->session.last_seen_at);
    if (!last_seen || now - *last_seen >= session_extension_step)
        sessions.extend(hash, domain::iso_timestamp(now),
                        domain::iso_timestamp(now + m_settings.session_idle_timeout));
    return SignedInSession{std::move(found->account), std::move(found->session.csrf_token)};
}

void AccountService::sign_out(std::string_view session_token)
{
    if (session_token.empty())
        return;
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    store::SessionRepository sessions(connection);
    auto const hash = token_hash(session_token);
    if (auto found = sessions.find(hash)) {
        sessions.remove(hash);
        record_audit(connection, m_clock, {found->account, {}},
                     {"session.signed_out", "staff_account", found->account.id, {}});
    }
    transaction.commit();
}

void AccountService::tidy()
{
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    auto const now = m_clock.now();
    store::SessionRepository(connection).remove_expired(domain::iso_timestamp(now));
    store::LoginFailureRepository(connection)
        .forget_before(domain::iso_timestamp(now - m_settings.failure_window));
    transaction.commit();
}

domain::Result<void> AccountService::change_own_password(Actor const& actor,
                                                         std::string_view current_password,
                                                         std::string const& new_password,
                                                         std::string_view session_token)
{
    std::optional<store::StoredCredentials> credentials;
    {
        auto connection = m_database.connect();
        credentials = store::StaffAccountRepository(connection).find_credentials(actor.account.id);
    }
    if (!credentials || !verify_password(current_password, credentials->password_hash))
        return fail(Error::invalid({{"current_password", "errors.current_password.wrong"}}));
    if (auto checked = domain::check_new_password(new_password); !checked)
        return fail(Error::invalid({{"new_password", checked.error().fields.front().message_key}}));
    auto const password_hash = hash_password(new_password, m_settings.password_hashing);

    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    store::StaffAccountRepository(connection).set_password_hash(actor.account.id, password_hash);
    store::SessionRepository(connection).remove_all_except(actor.account.id, token_hash(session_token));
    record_audit(connection, m_clock, actor,
                 {"staff_account.password_changed", "staff_account", actor.account.id, {}});
    transaction.commit();
    return {};
}

domain::Result<void> AccountService::choose_language(Actor const& actor, std::string const& language)
{
    if (!is_language(language))
        return fail(Error::invalid({{"language", "errors.language.choose"}}));
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    store::StaffAccountRepository(connection).set_language(actor.account.id, language);
    record_audit(connection, m_clock, actor,
                 {"staff_account.language_chosen", "staff_account", actor.account.id, language});
    transaction.commit();
    return {};
}

std::optional<domain::StaffAccount> AccountService::account_for_api_token(std::string_view token)
{
    if (token.empty())
        return std::nullopt;
    auto connection = m_database.connect();
    auto account = store::ApiTokenRepository(connection).find_account(token_hash(token));
    if (!account || account->disabled)
        return std::nullopt;
    return account;
}

domain::Result<domain::StaffAccount> AccountService::add_account(NewAccount const& new_account)
{
    auto valid = domain::validate_new_account(
        {new_account.username, new_account.display_name, new_account.role, new_account.password});
    if (!valid)
        return fail(std::move(valid.error()));
    auto const& username = valid->username;
    auto const& display_name = valid->display_name;

    auto const password_hash = hash_password(new_account.password, m_settings.password_hashing);
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    store::StaffAccountRepository accounts(connection);
    if (accounts.find_credentials(username))
        return fail({ErrorCode::Conflict, {}, {{"username", "errors.username.taken"}}});

    store::OrganisationRepository organisations(connection);
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
            all.empty() ? organisations.insert({0, new_account.organisation_name, "fr"}, m_clock.now_iso())
                        : all.front().id;
    }
    account.username = username;
    account.display_name = display_name;
    account.role = new_account.role;
    account.id = accounts.insert(account, password_hash, m_clock.now_iso());
    record_system_audit(
        connection, m_clock, account.organisation_id,
        {"staff_account.created", "staff_account", account.id, std::string(domain::code_of(account.role))});
    transaction.commit();
    return account;
}

domain::Result<void> AccountService::set_password(std::string const& username, std::string const& password)
{
    if (auto checked = domain::check_new_password(password); !checked)
        return checked;
    auto const password_hash = hash_password(password, m_settings.password_hashing);
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    store::StaffAccountRepository accounts(connection);
    auto found = accounts.find_credentials(domain::normalised_username(username));
    if (!found)
        return fail(Error::not_found());
    accounts.set_password_hash(found->account.id, password_hash);
    store::SessionRepository(connection)
        .remove_all_of(found->account.id); // a new password ends every session
    record_system_audit(connection, m_clock, found->account.organisation_id,
                        {"staff_account.password_changed", "staff_account", found->account.id, {}});
    transaction.commit();
    return {};
}

domain::Result<void> AccountService::disable(std::string const& username)
{
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    store::StaffAccountRepository accounts(connection);
    auto found = accounts.find_credentials(domain::normalised_username(username));
    if (!found)
        return fail(Error::not_found());
    accounts.set_disabled(found->account.id, true);
    store::SessionRepository(connection).remove_all_of(found->account.id);
    store::ApiTokenRepository(connection).revoke_all_of(found->account.id, m_clock.now_iso());
    record_system_audit(connection, m_clock, found->account.organisation_id,
                        {"staff_account.disabled", "staff_account", found->account.id, {}});
    transaction.commit();
    return {};
}

domain::Result<std::string> AccountService::create_api_token(std::string const& username,
                                                             std::string const& label)
{
    auto connection = m_database.connect();
    Transaction transaction(connection, Transaction::Mode::Write);
    auto found =
        store::StaffAccountRepository(connection).find_credentials(domain::normalised_username(username));
    if (!found || found->account.disabled)
        return fail(Error::not_found());
    auto token = random_token();
    store::ApiTokenRepository(connection).insert(token_hash(token), found->account, label, m_clock.now_iso());
    record_system_audit(connection, m_clock, found->account.organisation_id,
                        {"api_token.created", "staff_account", found->account.id, label});
    transaction.commit();
    return token;
}

} // namespace tremplin::service

#include "service_fixture.hpp"

using namespace tremplin;
using domain::ErrorCode;
using test_support::ServiceTest;

class Accounts : public ServiceTest {};
TREMPLIN_ON_EVERY_BACKEND(Accounts);

TEST_P(Accounts, SignInOpensASessionTheCookieFindsAgain)
{
    auto signed_in = accounts.sign_in(" Coordinator ", password, "192.0.2.10");
    ASSERT_TRUE(signed_in);
    EXPECT_EQ(signed_in->account.username, "coordinator");
    auto session = accounts.session(signed_in->session_token);
    ASSERT_TRUE(session);
    EXPECT_EQ(session->account.role, domain::Role::Coordinator);
    EXPECT_EQ(session->csrf_token, signed_in->csrf_token);
    EXPECT_EQ(count("SELECT COUNT(*) FROM sessions WHERE token_hash = '" + signed_in->session_token + "'"), 0)
        << "the database keeps only a hash of the token";
}

TEST_P(Accounts, AWrongPasswordAndAnUnknownAccountGetTheSameAnswer)
{
    auto wrong_password = accounts.sign_in("coordinator", "not the password", "192.0.2.10");
    auto unknown_account = accounts.sign_in("nobody", password, "192.0.2.10");
    ASSERT_FALSE(wrong_password);
    ASSERT_FALSE(unknown_account);
    EXPECT_EQ(wrong_password.error().code, ErrorCode::Unauthenticated);
    EXPECT_EQ(wrong_password.error().message_key, unknown_account.error().message_key);
    EXPECT_EQ(count("SELECT COUNT(*) FROM login_failures"), 2);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'session.sign_in_refused'"), 1);
}

TEST_P(Accounts, RefuseSignInAfterTooManyFailures)
{
    for (int attempt = 0; attempt < 5; ++attempt)
        ASSERT_EQ(accounts.sign_in("coordinator", "guess", "192.0.2.10").error().code,
                  ErrorCode::Unauthenticated);
    auto refused = accounts.sign_in("coordinator", password, "192.0.2.10");
    ASSERT_FALSE(refused) << "even the right password waits out the window";
    EXPECT_EQ(refused.error().code, ErrorCode::TooManyAttempts);

    clock.advance(std::chrono::minutes(16));
    EXPECT_TRUE(accounts.sign_in("coordinator", password, "192.0.2.10"));
}

TEST_P(Accounts, GuessesFromElsewhereDoNotLockHerOut)
{
    // Five wrong passwords every quarter of an hour from one place no longer lock the account.
    for (int attempt = 0; attempt < 5; ++attempt)
        (void)accounts.sign_in("director", "guess", "203.0.113.66");
    EXPECT_EQ(accounts.sign_in("director", password, "203.0.113.66").error().code, ErrorCode::TooManyAttempts)
        << "the guesser's own network waits out the window";
    EXPECT_TRUE(accounts.sign_in("director", password, "192.0.2.10")) << "she signs in from hers";
}

TEST_P(Accounts, CountOneIpv6NetworkAsOneAddress)
{
    // Six wrong passwords from six addresses of one /64: the sixth attempt is refused.
    for (int attempt = 1; attempt <= 5; ++attempt)
        ASSERT_EQ(
            accounts.sign_in("coordinator", "guess", "2001:db8:1:2::" + std::to_string(attempt)).error().code,
            ErrorCode::Unauthenticated);
    EXPECT_EQ(accounts.sign_in("coordinator", password, "2001:db8:1:2:ffff::6").error().code,
              ErrorCode::TooManyAttempts);
    EXPECT_TRUE(accounts.sign_in("coordinator", password, "2001:db8:1:3::1"))
        << "the next /64 is another network";
}

TEST_P(Accounts, GuessesFromManyNetworksWaitLongerAndLonger)
{
    for (int attempt = 0; attempt < 10; ++attempt)
        ASSERT_EQ(
            accounts.sign_in("coordinator", "guess", "198.51.100." + std::to_string(attempt)).error().code,
            ErrorCode::Unauthenticated);
    // The tenth failure: every attempt now waits, from any network, right password or not.
    EXPECT_EQ(accounts.sign_in("coordinator", password, "192.0.2.10").error().code,
              ErrorCode::TooManyAttempts);
    clock.advance(std::chrono::seconds(2));
    ASSERT_EQ(accounts.sign_in("coordinator", "guess", "198.51.100.77").error().code,
              ErrorCode::Unauthenticated);
    clock.advance(std::chrono::seconds(1));
    EXPECT_EQ(accounts.sign_in("coordinator", password, "192.0.2.10").error().code,
              ErrorCode::TooManyAttempts)
        << "after the eleventh, one second is not enough";
    clock.advance(std::chrono::seconds(1));
    EXPECT_TRUE(accounts.sign_in("coordinator", password, "192.0.2.10"));
}

TEST_P(Accounts, CountAnAttemptBeforeCheckingItsPassword)
{
    // Only what the check of the password itself decides is undone: an attempt that fails stays
    // counted, one that succeeds is forgotten with her earlier mistakes from her network.
    (void)accounts.sign_in("coordinator", "guess", "192.0.2.10");
    ASSERT_TRUE(accounts.sign_in("coordinator", password, "192.0.2.10"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM login_failures"), 0);
    (void)accounts.sign_in("coordinator", "guess", "198.51.100.1");
    ASSERT_TRUE(accounts.sign_in("coordinator", password, "192.0.2.10"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM login_failures"), 1) << "a guess from elsewhere still counts";
}

TEST_P(Accounts, RefuseAnAddressThatTriesManyAccounts)
{
    for (int attempt = 0; attempt < 30; ++attempt)
        (void)accounts.sign_in("user" + std::to_string(attempt), "guess", "198.51.100.7");
    auto refused = accounts.sign_in("coordinator", password, "198.51.100.7");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::TooManyAttempts);
    EXPECT_TRUE(accounts.sign_in("coordinator", password, "192.0.2.99"))
        << "other addresses are not affected";
}

TEST_P(Accounts, ASessionEndsAfterThirtyMinutesWithoutARequest)
{
    auto signed_in = accounts.sign_in("coordinator", password, "192.0.2.10");
    ASSERT_TRUE(signed_in);
    clock.advance(std::chrono::minutes(29));
    ASSERT_TRUE(accounts.session(signed_in->session_token)) << "use keeps it alive";
    clock.advance(std::chrono::minutes(29));
    ASSERT_TRUE(accounts.session(signed_in->session_token));
    clock.advance(std::chrono::minutes(31));
    EXPECT_FALSE(accounts.session(signed_in->session_token)) << "idle 31 minutes";
    EXPECT_EQ(count("SELECT COUNT(*) FROM sessions"), 0) << "an ended session is removed";
}

TEST_P(Accounts, ASessionEndsTwelveHoursAfterSigningInHoweverBusy)
{
    auto signed_in = accounts.sign_in("coordinator", password, "192.0.2.10");
    ASSERT_TRUE(signed_in);
    for (int quarter = 1; quarter < 12 * 4; ++quarter) {
        clock.advance(std::chrono::minutes(15));
        ASSERT_TRUE(accounts.session(signed_in->session_token)) << quarter << " quarters after signing in";
    }
    clock.advance(std::chrono::minutes(14) + std::chrono::seconds(59));
    ASSERT_TRUE(accounts.session(signed_in->session_token));
    clock.advance(std::chrono::seconds(1));
    EXPECT_FALSE(accounts.session(signed_in->session_token)) << "twelve hours, not a second more";
}

TEST_P(Accounts, ASessionWrittenUnderLongerSettingsEndsByThePresentOnes)
{
    service::AccountService before(database(), clock, {"fr", "nl", "en"},
                                   {.session_idle_timeout = std::chrono::hours(4),
                                    .session_lifetime = std::chrono::days(30),
                                    .password_hashing = service::PasswordHashing::Minimal});
    auto signed_in = before.sign_in("coordinator", password, "192.0.2.10");
    ASSERT_TRUE(signed_in);
    EXPECT_EQ(count("SELECT COUNT(*) FROM sessions WHERE expires_at = '2026-03-02T13:30:00Z'"), 1)
        << "the row says four hours";
    clock.advance(std::chrono::minutes(31));
    EXPECT_FALSE(accounts.session(signed_in->session_token)) << "the row's own end is not trusted alone";
}

TEST_P(Accounts, ASessionsLastRequestIsWrittenAtMostOnceAMinute)
{
    auto const signed_in_at = clock.now_iso();
    auto signed_in = accounts.sign_in("coordinator", password, "192.0.2.10");
    ASSERT_TRUE(signed_in);
    auto const last_seen_at = [&](std::string const& when) {
        return count("SELECT COUNT(*) FROM sessions WHERE last_seen_at = '" + when + "'");
    };
    ASSERT_EQ(last_seen_at(signed_in_at), 1);
    clock.advance(std::chrono::seconds(59));
    ASSERT_TRUE(accounts.session(signed_in->session_token));
    EXPECT_EQ(last_seen_at(signed_in_at), 1) << "a request within the minute only reads";
    clock.advance(std::chrono::seconds(1));
    ASSERT_TRUE(accounts.session(signed_in->session_token));
    EXPECT_EQ(last_seen_at(clock.now_iso()), 1) << "a minute later, it is written";
}

TEST_P(Accounts, SigningOutEndsTheSession)
{
    auto signed_in = accounts.sign_in("coordinator", password, "192.0.2.10");
    accounts.sign_out(signed_in->session_token);
    EXPECT_FALSE(accounts.session(signed_in->session_token));
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'session.signed_out'"), 1);
}

TEST_P(Accounts, ADisabledAccountCannotSignInNorUseItsSessionsOrTokens)
{
    auto signed_in = accounts.sign_in("coordinator", password, "192.0.2.10");
    auto token = accounts.create_api_token("coordinator", "export");
    ASSERT_TRUE(token);
    ASSERT_TRUE(accounts.account_for_api_token(*token));

    ASSERT_TRUE(accounts.disable("coordinator"));
    EXPECT_FALSE(accounts.session(signed_in->session_token));
    EXPECT_FALSE(accounts.account_for_api_token(*token));
    EXPECT_FALSE(accounts.sign_in("coordinator", password, "192.0.2.10"));
}

TEST_P(Accounts, ATokenEndsOnItsDayAndSaysWhatItMayDo)
{
    auto const reader = accounts.create_api_token("coordinator", "dashboard", domain::TokenScope::Read, 30);
    ASSERT_TRUE(reader);
    auto const caller = accounts.account_for_api_token(*reader);
    ASSERT_TRUE(caller);
    EXPECT_EQ(caller->account.username, "coordinator");
    EXPECT_EQ(caller->scope, domain::TokenScope::Read);
    clock.advance(std::chrono::days(30) - std::chrono::seconds(1));
    EXPECT_TRUE(accounts.account_for_api_token(*reader));
    clock.advance(std::chrono::seconds(1));
    EXPECT_FALSE(accounts.account_for_api_token(*reader)) << "thirty days, not a second more";

    EXPECT_FALSE(accounts.create_api_token("coordinator", "forever", domain::TokenScope::Read, 366));
    EXPECT_FALSE(accounts.create_api_token("coordinator", "never", domain::TokenScope::Read, 0));
}

TEST_P(Accounts, ATokenIsListedByItsReferenceWithItsLastUseAndRevokedByIt)
{
    auto const token =
        accounts.create_api_token("coordinator", "export", domain::TokenScope::Read, 90).value();
    auto listed = accounts.api_tokens(std::string("Coordinator"));
    ASSERT_EQ(listed.size(), 1U);
    EXPECT_EQ(listed[0].label, "export");
    EXPECT_EQ(listed[0].scope, domain::TokenScope::Read);
    EXPECT_TRUE(listed[0].last_used_at.empty());
    EXPECT_EQ(listed[0].reference.size(), 12U);
    EXPECT_EQ(listed[0].reference.find(token.substr(0, 6)), std::string::npos) << "a hash, not the token";

    ASSERT_TRUE(accounts.account_for_api_token(token));
    EXPECT_FALSE(accounts.api_tokens(std::nullopt)[0].last_used_at.empty()) << "its last use is noted";
    EXPECT_TRUE(accounts.api_tokens(std::string("director")).empty());

    EXPECT_FALSE(accounts.revoke_api_token("abc")) << "a reference too short names nothing";
    ASSERT_TRUE(accounts.revoke_api_token(listed[0].reference));
    EXPECT_FALSE(accounts.account_for_api_token(token));
    EXPECT_FALSE(accounts.api_tokens(std::nullopt)[0].revoked_at.empty());
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'api_token.revoked'"), 1);
}

TEST_P(Accounts, EveryNewPasswordRevokesTheAccountsTokens)
{
    auto const from_the_command_line = accounts.create_api_token("coordinator", "a").value();
    ASSERT_TRUE(accounts.set_password("coordinator", "another long passphrase"));
    EXPECT_FALSE(accounts.account_for_api_token(from_the_command_line));

    auto const her_own = accounts.create_api_token("coordinator", "b").value();
    auto const signed_in = accounts.sign_in("coordinator", "another long passphrase", "192.0.2.10").value();
    auto const actor = service::Actor{signed_in.account, "192.0.2.10"};
    ASSERT_TRUE(accounts.change_own_password(actor, "another long passphrase", "a third long passphrase",
                                             signed_in.session_token));
    EXPECT_FALSE(accounts.account_for_api_token(her_own));
}

TEST_P(Accounts, ANewPasswordEndsEverySession)
{
    auto signed_in = accounts.sign_in("coordinator", password, "192.0.2.10");
    EXPECT_FALSE(accounts.set_password("coordinator", "short")) << "NIST: at least 8 characters";
    ASSERT_TRUE(accounts.set_password("coordinator", "another long passphrase"));
    EXPECT_FALSE(accounts.session(signed_in->session_token));
    EXPECT_TRUE(accounts.sign_in("coordinator", "another long passphrase", "192.0.2.10"));
}

TEST_P(Accounts, RefuseASecondAccountWithTheSameUsername)
{
    auto again = accounts.add_account({"Coordinator", "Someone else", domain::Role::Trainer, password});
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().fields.front().message_key, "errors.username.taken");
    auto invalid = accounts.add_account({"x", "", domain::Role::Trainer, "short"});
    ASSERT_FALSE(invalid);
    EXPECT_EQ(invalid.error().fields.size(), 3u);
}

TEST_P(Accounts, TidyingRemovesEndedSessionsAndStaleFailures)
{
    auto kept = accounts.sign_in("coordinator", password, "192.0.2.10");
    (void)accounts.sign_in("coordinator", "wrong", "192.0.2.10");
    clock.advance(std::chrono::minutes(20));
    auto recent = accounts.sign_in("director", password, "192.0.2.10");
    clock.advance(std::chrono::minutes(15));
    accounts.tidy();
    EXPECT_EQ(count("SELECT COUNT(*) FROM sessions"), 1) << "the first session ended five minutes ago";
    EXPECT_TRUE(accounts.session(recent->session_token));
    EXPECT_FALSE(accounts.session(kept->session_token));
    EXPECT_EQ(count("SELECT COUNT(*) FROM login_failures"), 0);
}

TEST_P(Accounts, SheChangesHerOwnPasswordKnowingTheCurrentOne)
{
    auto here = accounts.sign_in("coordinator", password, "192.0.2.10");
    auto elsewhere = accounts.sign_in("coordinator", password, "198.51.100.3");
    auto wrong =
        accounts.change_own_password(coordinator, "not it", "a brand new password", here->session_token);
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().fields.front().field, "current_password");
    auto weak = accounts.change_own_password(coordinator, password, "short", here->session_token);
    ASSERT_FALSE(weak);
    EXPECT_EQ(weak.error().fields.front().field, "new_password");

    ASSERT_TRUE(
        accounts.change_own_password(coordinator, password, "a brand new password", here->session_token));
    EXPECT_TRUE(accounts.session(here->session_token)) << "she stays signed in where she changed it";
    EXPECT_FALSE(accounts.session(elsewhere->session_token));
    EXPECT_TRUE(accounts.sign_in("coordinator", "a brand new password", "192.0.2.10"));
}

TEST_P(Accounts, WrongCurrentPasswordsAreCountedAsSignInsAndAudited)
{
    auto here = accounts.sign_in("coordinator", password, "192.0.2.10");
    ASSERT_TRUE(here);
    for (int guess = 0; guess < 5; ++guess) {
        auto wrong = accounts.change_own_password(coordinator, "guess " + std::to_string(guess),
                                                  "a brand new password", here->session_token);
        ASSERT_FALSE(wrong);
        EXPECT_EQ(wrong.error().code, ErrorCode::InvalidInput);
    }
    auto refused =
        accounts.change_own_password(coordinator, password, "a brand new password", here->session_token);
    ASSERT_FALSE(refused) << "even the right one waits out the window";
    EXPECT_EQ(refused.error().code, ErrorCode::TooManyAttempts);
    EXPECT_EQ(refused.error().fields.front().field, "current_password");
    EXPECT_EQ(refused.error().fields.front().message_key, "errors.current_password.too_many");
    EXPECT_EQ(accounts.sign_in("coordinator", password, "192.0.2.10").error().code,
              ErrorCode::TooManyAttempts)
        << "the same counts as signing in";
    EXPECT_EQ(
        count("SELECT COUNT(*) FROM audit_events WHERE action = 'staff_account.current_password_refused' "
              "AND staff_account_id = " +
              std::to_string(coordinator.account.id)),
        5);

    clock.advance(std::chrono::minutes(16));
    ASSERT_TRUE(
        accounts.change_own_password(coordinator, password, "a brand new password", here->session_token));
    EXPECT_EQ(count("SELECT COUNT(*) FROM login_failures"), 0) << "her own mistakes are forgiven";
}

TEST_P(Accounts, RememberTheChosenLanguage)
{
    ASSERT_TRUE(accounts.choose_language(coordinator, "nl"));
    EXPECT_FALSE(accounts.choose_language(coordinator, "de"));
    auto signed_in = accounts.sign_in("coordinator", password, "192.0.2.10");
    EXPECT_EQ(signed_in->account.language, "nl");
}

TEST_P(Accounts, SigningInAndOutIsHersInTheAuditTrailTheCommandLineIsNobodys)
{
    auto const her = std::to_string(coordinator.account.id);
    auto const centre = std::to_string(coordinator.organisation_id());
    auto rows = [&](std::string const& action, std::string const& who) {
        return count("SELECT COUNT(*) FROM audit_events WHERE action = '" + action +
                     "' AND organisation_id = " + centre + " AND staff_account_id " + who);
    };
    ASSERT_FALSE(accounts.sign_in("coordinator", "not the password", "192.0.2.20"));
    auto signed_in = accounts.sign_in("coordinator", password, "192.0.2.20");
    ASSERT_TRUE(signed_in);
    accounts.sign_out(signed_in->session_token);
    ASSERT_TRUE(accounts.disable("coordinator"));

    EXPECT_EQ(rows("session.sign_in_refused", "= " + her), 1);
    EXPECT_EQ(rows("session.signed_in", "= " + her), 1);
    EXPECT_EQ(rows("session.signed_out", "= " + her), 1);
    EXPECT_EQ(
        count("SELECT COUNT(*) FROM audit_events WHERE action = 'session.signed_in' AND remote_address = "
              "'192.0.2.20'"),
        1);
    EXPECT_EQ(rows("staff_account.disabled", "IS NULL"), 1) << "the command line is nobody's";
}

#include "service/account_administration.hpp"
#include "service_fixture.hpp"

using namespace tremplin;
using domain::ErrorCode;
using test_support::ServiceTest;

class Administration : public ServiceTest {
  protected:
    service::AccountAdministration administration{database(), clock, service::PasswordHashing::Minimal};

    domain::NewStaffAccount colleague(std::string username)
    {
        return {std::move(username), "Amina Diallo", domain::Role::Trainer, "a first password"};
    }
};
TREMPLIN_ON_EVERY_BACKEND(Administration);

TEST_P(Administration, IsTheDirectorsAlone)
{
    EXPECT_EQ(administration.accounts(coordinator).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(administration.may_create(coordinator).error().code, ErrorCode::Forbidden)
        << "the form is refused as its sending would be";
    EXPECT_TRUE(administration.may_create(director));
    EXPECT_EQ(administration.create(coordinator, colleague("amina")).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(administration.set_access(coordinator, trainer.account.id, service::AccountAccess::Closed)
                  .error()
                  .code,
              ErrorCode::Forbidden);
    EXPECT_EQ(
        administration.reset_password(trainer, coordinator.account.id, "hijacked password").error().code,
        ErrorCode::Forbidden);
    EXPECT_TRUE(accounts.sign_in("coordinator", password, "192.0.2.10")) << "nothing changed";
}

TEST_P(Administration, TheDirectorCannotGiveHerselfANewPassword)
{
    auto own = administration.reset_password(director, director.account.id, "a password of my choosing");
    ASSERT_FALSE(own) << "her own is changed with her current one";
    EXPECT_EQ(own.error().code, ErrorCode::Conflict);
    EXPECT_EQ(own.error().message_key, "errors.account.own_password");
    EXPECT_TRUE(accounts.sign_in("director", password, "192.0.2.10")) << "nothing changed";
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'staff_account.password_changed'"), 0);
}

TEST_P(Administration, ListsTheCentresAccountsByName)
{
    auto list = administration.accounts(director);
    ASSERT_TRUE(list);
    ASSERT_EQ(list->accounts.size(), 4u);
    EXPECT_EQ(list->accounts.front().display_name, "Name of coordinator");
    EXPECT_TRUE(list->under_attack.empty());
}

TEST_P(Administration, AddsAnAccountThatCanSignInAndAuditsWhoAddedIt)
{
    auto created = administration.create(director, colleague(" Amina.Diallo "));
    ASSERT_TRUE(created);
    EXPECT_EQ(created->username, "amina.diallo");
    EXPECT_EQ(created->organisation_id, director.organisation_id());
    EXPECT_TRUE(accounts.sign_in("amina.diallo", "a first password", "192.0.2.10"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'staff_account.created' AND "
                    "staff_account_id = " +
                    std::to_string(director.account.id)),
              1);
}

TEST_P(Administration, ExplainsEveryProblemOfANewAccount)
{
    auto invalid = administration.create(director, {"", " ", std::nullopt, "short"});
    ASSERT_FALSE(invalid);
    std::vector<std::string> keys;
    for (auto const& error : invalid.error().fields)
        keys.push_back(error.message_key);
    EXPECT_EQ(keys, (std::vector<std::string>{"errors.new_username.missing", "errors.display_name.missing",
                                              "errors.role.choose", "errors.password.too_short"}));
    auto taken = administration.create(director, colleague("trainer"));
    ASSERT_FALSE(taken);
    EXPECT_EQ(taken.error().fields.front().message_key, "errors.username.taken");
    EXPECT_EQ(count("SELECT COUNT(*) FROM staff_accounts"), 4);
}

TEST_P(Administration, ClosesAndReopensAnAccount)
{
    auto session = accounts.sign_in("trainer", password, "192.0.2.10");
    auto token = accounts.create_api_token("trainer", "sync");
    ASSERT_TRUE(administration.set_access(director, trainer.account.id, service::AccountAccess::Closed));
    EXPECT_FALSE(accounts.session(session->session_token));
    EXPECT_FALSE(accounts.account_for_api_token(*token));
    EXPECT_FALSE(accounts.sign_in("trainer", password, "192.0.2.10"));

    ASSERT_TRUE(administration.set_access(director, trainer.account.id, service::AccountAccess::Open));
    EXPECT_TRUE(accounts.sign_in("trainer", password, "192.0.2.10"));
    EXPECT_FALSE(accounts.account_for_api_token(*token)) << "a revoked token stays revoked";
}

TEST_P(Administration, NobodyClosesHerOwnAccount)
{
    auto refused = administration.set_access(director, director.account.id, service::AccountAccess::Closed);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_EQ(refused.error().message_key, "errors.account.own_access");
}

TEST_P(Administration, GivesAColleagueANewPasswordAndEndsHerSessions)
{
    auto session = accounts.sign_in("trainer", password, "192.0.2.10");
    EXPECT_FALSE(administration.reset_password(director, trainer.account.id, "short"));
    ASSERT_TRUE(administration.reset_password(director, trainer.account.id, "a brand new password"));
    EXPECT_FALSE(accounts.session(session->session_token));
    EXPECT_FALSE(accounts.sign_in("trainer", password, "192.0.2.10"));
    EXPECT_TRUE(accounts.sign_in("trainer", "a brand new password", "192.0.2.10"));
}

TEST_P(Administration, StaysWithinTheCentre)
{
    auto const other = another_centre();
    auto stranger = accounts.add_account({"elsewhere", "Elsewhere", domain::Role::Trainer, password, other});
    ASSERT_TRUE(stranger);
    EXPECT_EQ(administration.account(director, stranger->id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(administration.set_access(director, stranger->id, service::AccountAccess::Closed).error().code,
              ErrorCode::NotFound);
    EXPECT_EQ(administration.reset_password(director, stranger->id, "a brand new password").error().code,
              ErrorCode::NotFound);
    EXPECT_EQ(administration.accounts(director)->accounts.size(), 4u);
}

TEST_P(Administration, ANewPasswordFromTheDirectorRevokesHerColleaguesTokens)
{
    auto const token = accounts.create_api_token("trainer", "sync").value();
    ASSERT_TRUE(administration.reset_password(director, trainer.account.id, "a brand new passphrase"));
    EXPECT_FALSE(accounts.account_for_api_token(token));
}

TEST_P(Administration, TellsTheDirectorWhoseAccountIsUnderAttack)
{
    for (int attempt = 0; attempt < 10; ++attempt)
        (void)accounts.sign_in("coordinator", "guess", "198.51.100." + std::to_string(attempt));
    auto const list = administration.accounts(director).value();
    ASSERT_EQ(list.under_attack.size(), 1U);
    EXPECT_EQ(list.under_attack.at(coordinator.account.id), 10);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'staff_account.under_attack'"), 1)
        << "once, when the count reaches the threshold";
}

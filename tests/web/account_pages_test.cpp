#include "web_fixture.hpp"

using namespace tremplin;
using test_support::WebTest;

namespace {

bool contains(std::string const& text, std::string const& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

class AccountPages : public WebTest {};
TREMPLIN_ON_EVERY_BACKEND(AccountPages);

TEST_P(AccountPages, TheDirectorSeesEveryAccountOfTheCentre)
{
    auto director = signed_in("director");
    EXPECT_TRUE(contains(get(director, "/").body, "href=\"/accounts\""));
    auto list = get(director, "/accounts", {{"Accept-Language", "en"}});
    EXPECT_EQ(list.status, 200);
    EXPECT_TRUE(contains(list.body, "Name of trainer"));
    EXPECT_TRUE(contains(list.body, "Name of director <span class=\"muted\">(you)</span>"));

    auto coordinator = signed_in("coordinator");
    EXPECT_FALSE(contains(get(coordinator, "/").body, "href=\"/accounts\""));
    EXPECT_EQ(get(coordinator, "/accounts").status, 403);
    EXPECT_EQ(get(coordinator, "/accounts/new").status, 403);
    EXPECT_EQ(post(coordinator, "/accounts",
                   "csrf_token=" + coordinator.csrf_token +
                       "&display_name=Eve&username=eve&role=director&password=a+long+password")
                  .status,
              403);
    EXPECT_EQ(count("SELECT COUNT(*) FROM staff_accounts WHERE username = 'eve'"), 0);
}

TEST_P(AccountPages, TheDirectorIsWarnedWhenSomeoneGuessesAColleaguesPassword)
{
    auto director = signed_in("director");
    EXPECT_FALSE(contains(get(director, "/accounts", {{"Accept-Language", "en"}}).body, "wrong passwords"));
    for (int attempt = 0; attempt < 10; ++attempt)
        (void)accounts.sign_in("trainer", "guess", "198.51.100." + std::to_string(attempt));
    auto const list = get(director, "/accounts", {{"Accept-Language", "en"}});
    EXPECT_TRUE(contains(list.body, "Someone is trying to guess a password")) << list.body;
    EXPECT_TRUE(contains(list.body, "Name of trainer: 10 wrong passwords in the last 15 minutes"));
}

TEST_P(AccountPages, AnAccountFormWithMistakesComesBackExplained)
{
    auto director = signed_in("director");
    auto reply =
        post(director, "/accounts",
             "csrf_token=" + director.csrf_token + "&display_name=Amina&username=Amina+D&password=short",
             {{"Accept-Language", "en"}});
    EXPECT_EQ(reply.status, 422);
    EXPECT_TRUE(contains(reply.body, "<title>Error: Add an account"));
    EXPECT_TRUE(contains(reply.body, "<a href=\"#username\">The username must be 3 to 40"));
    EXPECT_TRUE(contains(reply.body, "<a href=\"#role-director\">Choose a role</a>"));
    EXPECT_TRUE(contains(reply.body, "<a href=\"#password\">The password must be at least 8 characters</a>"));
    EXPECT_TRUE(contains(reply.body, "value=\"Amina\""));
    EXPECT_FALSE(contains(reply.body, "value=\"short\"")) << "a password is never sent back";
    EXPECT_EQ(count("SELECT COUNT(*) FROM staff_accounts"), 3);
}

TEST_P(AccountPages, AnAccountAddedCanSignInAndOnceClosedCannot)
{
    auto director = signed_in("director");
    auto created =
        post(director, "/accounts",
             "csrf_token=" + director.csrf_token +
                 "&display_name=Amina+Diallo&username=amina&role=trainer&password=a+first+password");
    EXPECT_EQ(created.status, 303);
    EXPECT_EQ(created.header("location"), "/accounts?notice=created");
    auto const id = std::to_string(count("SELECT id FROM staff_accounts WHERE username = 'amina'"));
    EXPECT_TRUE(accounts.sign_in("amina", "a first password", "192.0.2.1"));

    auto closed =
        post(director, "/accounts/" + id + "/access", "csrf_token=" + director.csrf_token + "&access=closed");
    EXPECT_EQ(closed.header("location"), "/accounts?notice=closed");
    EXPECT_FALSE(accounts.sign_in("amina", "a first password", "192.0.2.1"));

    auto own = post(director,
                    "/accounts/" +
                        std::to_string(count("SELECT id FROM staff_accounts WHERE username = 'director'")) +
                        "/access",
                    "csrf_token=" + director.csrf_token + "&access=closed", {{"Accept-Language", "en"}});
    EXPECT_EQ(own.status, 409);
    EXPECT_TRUE(contains(own.body, "You cannot close your own account"));
}

TEST_P(AccountPages, TheDirectorGivesAColleagueANewPassword)
{
    auto director = signed_in("director");
    auto const id = std::to_string(count("SELECT id FROM staff_accounts WHERE username = 'trainer'"));
    auto form = get(director, "/accounts/" + id + "/password", {{"Accept-Language", "en"}});
    EXPECT_TRUE(contains(form.body, "New password for Name of trainer"));
    auto weak = post(director, "/accounts/" + id + "/password",
                     "csrf_token=" + director.csrf_token + "&new_password=short");
    EXPECT_EQ(weak.status, 422);
    auto reset = post(director, "/accounts/" + id + "/password",
                      "csrf_token=" + director.csrf_token + "&new_password=a+brand+new+password");
    EXPECT_EQ(reset.header("location"), "/accounts?notice=password");
    EXPECT_TRUE(accounts.sign_in("trainer", "a brand new password", "192.0.2.1"));
}

TEST_P(AccountPages, TheDirectorChangesHerOwnPasswordOnlyWithHerCurrentOne)
{
    auto director = signed_in("director");
    auto const own = "/accounts/" +
                     std::to_string(count("SELECT id FROM staff_accounts WHERE username = 'director'")) +
                     "/password";
    EXPECT_EQ(get(director, own).header("location"), "/account/password") << "the form that asks for it";
    auto refused =
        post(director, own, "csrf_token=" + director.csrf_token + "&new_password=a+brand+new+password",
             {{"Accept-Language", "en"}});
    EXPECT_EQ(refused.status, 409);
    EXPECT_TRUE(contains(refused.body, "Your own password is changed on “Change my password”"));
    EXPECT_TRUE(accounts.sign_in("director", password, "192.0.2.1")) << "nothing changed";
}

TEST_P(AccountPages, WrongCurrentPasswordsAreThrottledLikeSignIns)
{
    auto trainer = signed_in("trainer");
    auto const guess = [&](std::string const& current) {
        return post(trainer, "/account/password",
                    "csrf_token=" + trainer.csrf_token + "&current_password=" + current +
                        "&new_password=a+brand+new+password",
                    {{"Accept-Language", "en"}});
    };
    for (int attempt = 0; attempt < 5; ++attempt)
        EXPECT_EQ(guess("guess" + std::to_string(attempt)).status, 422);
    auto throttled = guess(password_form);
    EXPECT_EQ(throttled.status, 429);
    EXPECT_TRUE(contains(
        throttled.body,
        "<a href=\"#current_password\">Too many wrong passwords: wait 15 minutes before trying again</a>"))
        << throttled.body;
    EXPECT_FALSE(accounts.sign_in("trainer", "a brand new password", "192.0.2.1"));
    EXPECT_EQ(
        count("SELECT COUNT(*) FROM audit_events WHERE action = 'staff_account.current_password_refused'"),
        5);
}

TEST_P(AccountPages, EveryoneChangesHerOwnPassword)
{
    auto trainer = signed_in("trainer");
    auto wrong =
        post(trainer, "/account/password",
             "csrf_token=" + trainer.csrf_token + "&current_password=nope&new_password=a+brand+new+password",
             {{"Accept-Language", "en"}});
    EXPECT_EQ(wrong.status, 422);
    EXPECT_TRUE(contains(wrong.body, "<a href=\"#current_password\">The current password is not right</a>"));
    auto changed = post(trainer, "/account/password",
                        "csrf_token=" + trainer.csrf_token + "&current_password=" + password_form +
                            "&new_password=a+brand+new+password");
    EXPECT_EQ(changed.header("location"), "/account/password?notice=changed");
    EXPECT_EQ(get(trainer, "/account/password").status, 200) << "still signed in";
    EXPECT_TRUE(accounts.sign_in("trainer", "a brand new password", "192.0.2.1"));
}

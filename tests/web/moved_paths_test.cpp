#include "web_fixture.hpp"

using namespace tremplin;
using test_support::WebTest;

class MovedPaths : public WebTest {};
TREMPLIN_ON_EVERY_BACKEND(MovedPaths);

// A change of state is a resource now ("/confirmation", not "/confirm"). A page loaded before
// the change may still post to the old address: 308 sends the same POST, body and all, on.
TEST_P(MovedPaths, OldAddressesOfStateChangesSendThePostOn)
{
    Browser visitor;
    for (auto const& [old_path, new_path] : std::vector<std::pair<std::string, std::string>>{
             {"/admission-rounds/7/confirm", "/admission-rounds/7/confirmation"},
             {"/admission-rounds/7/rerun", "/admission-rounds/7/reruns"},
             {"/closures/3/remove?year=2026", "/closures/3/removal?year=2026"},
             {"/applications/move", "/applications/moves"},
             {"/participants/5/enrol", "/participants/5/enrolments"},
             {"/lessons/9/edit", "/lessons/9"},
             {"/lessons/9/attendance/import", "/lessons/9/attendance/imports"}}) {
        auto const moved = post(visitor, old_path, "csrf_token=whatever");
        EXPECT_EQ(moved.status, 308) << old_path;
        EXPECT_EQ(moved.header("location"), new_path) << old_path;
    }
    EXPECT_EQ(get(visitor, "/lessons/9/edit").status, 303) << "the form itself has not moved: sign in first";
}

TEST_P(MovedPaths, ThePostSentOnPassesTheCsrfCheckAndDoesItsWork)
{
    auto browser = signed_in("director");
    get(browser, "/closures?year=2026");
    post(browser, "/closures",
         "csrf_token=" + browser.csrf_token + "&day=2026-11-02&label=Staff+training+day");
    auto const id = std::to_string(count("SELECT id FROM closure_days"));
    auto const body = "csrf_token=" + browser.csrf_token + "&year=2026";

    auto const moved = post(browser, "/closures/" + id + "/remove", body);
    ASSERT_EQ(moved.status, 308);
    auto const removed = post(browser, moved.header("location"), body);
    EXPECT_EQ(removed.status, 303);
    EXPECT_EQ(removed.header("location"), "/closures?year=2026&notice=removed");
    EXPECT_EQ(count("SELECT COUNT(*) FROM closure_days"), 0);

    auto const forged = post(browser, "/closures/" + id + "/remove", "csrf_token=forged&year=2026");
    ASSERT_EQ(forged.status, 308) << "the old address checks nothing; the new one does";
    EXPECT_EQ(post(browser, forged.header("location"), "csrf_token=forged&year=2026").status, 403);
}

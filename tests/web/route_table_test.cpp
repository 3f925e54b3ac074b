#include "web/route_table.hpp"
#include "web_fixture.hpp"

#include <map>

using namespace tremplin;
using test_support::WebTest;

class RouteTable : public WebTest {};
TREMPLIN_ON_EVERY_BACKEND(RouteTable);

// The router answers with the first route that matches: a second one with the same method and
// path would never be reached.
TEST_P(RouteTable, NoTwoRoutesHaveTheSameMethodAndPath)
{
    web::Services services{database(),  accounts, participants, audit,        administration, training,
                           recruitment, partners, offers,       traineeships, evaluations,    placement};
    web::Router router;
    web::add_routes(router, services);

    std::map<std::pair<std::string, std::string>, int> count;
    for (auto const& route : router.routes())
        ++count[route];
    EXPECT_GT(count.size(), 100u);
    for (auto const& [route, times] : count)
        EXPECT_EQ(times, 1) << route.first << " " << route.second;
}

TEST(Router, ListsItsRoutesWithTheirValuesUnnamed)
{
    web::Router router;
    router.add("GET", "/", web::Access::SignedIn, {});
    router.add("POST", "/participants/{id}/timeline", web::Access::SignedIn, {});
    EXPECT_EQ(router.routes(), (std::vector<std::pair<std::string, std::string>>{
                                   {"GET", "/"}, {"POST", "/participants/{}/timeline"}}));
}

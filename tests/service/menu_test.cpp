// The menu follows the role's permissions: each part is offered to the roles whose use cases
// would let them in, and to no other.

#include "service/menu.hpp"

#include <gtest/gtest.h>

namespace tremplin {
namespace {

service::Menu menu_for(domain::Role role)
{
    service::Actor actor;
    actor.account.role = role;
    return service::menu_of(actor);
}

TEST(Menu, TheDirectorIsOfferedEveryPart)
{
    auto const menu = menu_for(domain::Role::Director);
    EXPECT_TRUE(menu.participants && menu.add_participants && menu.information_sessions && menu.partners &&
                menu.applications && menu.outbox && menu.lessons && menu.cohorts && menu.tracks &&
                menu.training_hours && menu.audit && menu.accounts);
}

TEST(Menu, ATrainerIsOfferedHerTrainingAndNoWomanSRecord)
{
    auto const menu = menu_for(domain::Role::Trainer);
    EXPECT_TRUE(menu.lessons && menu.cohorts && menu.tracks);
    EXPECT_FALSE(menu.participants || menu.add_participants || menu.applications || menu.outbox);
    EXPECT_FALSE(menu.audit || menu.accounts || menu.information_sessions || menu.partners);
}

TEST(Menu, AFunderIsOfferedFiguresOnly)
{
    auto const menu = menu_for(domain::Role::Funder);
    EXPECT_TRUE(menu.training_hours);
    EXPECT_FALSE(menu.participants || menu.lessons || menu.cohorts || menu.audit || menu.accounts ||
                 menu.partners);
}

TEST(Menu, AJobCoachFollowsTheWomenButPlansNoSession)
{
    auto const menu = menu_for(domain::Role::JobCoach);
    EXPECT_TRUE(menu.participants && menu.add_participants && menu.applications && menu.lessons &&
                menu.partners);
    EXPECT_FALSE(menu.information_sessions || menu.audit || menu.accounts);
}

TEST(Menu, TheCoordinatorReadsThePartners)
{
    EXPECT_TRUE(menu_for(domain::Role::Coordinator).partners);
}

} // namespace
} // namespace tremplin

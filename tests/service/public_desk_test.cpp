// The public pages speak for the centre created first, and one address may send only so many
// forms an hour.

#include "service/public_desk.hpp"
#include "service_fixture.hpp"

using namespace tremplin;
using test_support::ServiceTest;

class PublicForms : public ServiceTest {};
TREMPLIN_ON_EVERY_BACKEND(PublicForms);

TEST_P(PublicForms, SpeakForTheCentreCreatedFirst)
{
    auto connection = database().connect();
    EXPECT_EQ(service::PublicDesk::centre(connection), director.organisation_id());
}

TEST_P(PublicForms, RefuseAnAddressPastItsLimitUntilAnHourHasGone)
{
    service::PublicDesk desk(clock, {.submissions_per_hour = 3});
    auto connection = database().connect();
    auto const centre = director.organisation_id();
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(desk.admit(connection, centre, "application", "198.51.100.7"));

    auto const refused = desk.admit(connection, centre, "info_session", "198.51.100.7");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, domain::ErrorCode::TooManyAttempts);
    EXPECT_TRUE(desk.admit(connection, centre, "application", "198.51.100.8")) << "another address";

    clock.advance(std::chrono::minutes(61));
    EXPECT_TRUE(desk.admit(connection, centre, "application", "198.51.100.7"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM public_submissions"), 5);
}

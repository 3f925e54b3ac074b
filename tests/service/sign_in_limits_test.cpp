// Sign-in limits without a database: the network an address counts as, and the delays.

#include "service/sign_in_limits.hpp"

#include <gtest/gtest.h>

using namespace tremplin;
using std::chrono::seconds;

TEST(SignInLimits, CountAnIpv6AddressAsItsSlash64AndAnIpv4AddressAlone)
{
    EXPECT_EQ(service::address_network("192.0.2.10"), "192.0.2.10");
    EXPECT_EQ(service::address_network("::ffff:192.0.2.10"), "192.0.2.10");
    EXPECT_EQ(service::address_network("2001:db8:1:2:aaaa:bbbb:cccc:dddd"), "2001:db8:1:2::/64");
    EXPECT_EQ(service::address_network("2001:db8:1:2::1"),
              service::address_network("2001:0db8:0001:0002:ffff::"));
    EXPECT_NE(service::address_network("2001:db8:1:2::1"), service::address_network("2001:db8:1:3::1"));
    EXPECT_EQ(service::address_network("not an address"), "not an address");
}

TEST(SignInLimits, DoubleTheDelayFromTheThresholdUpToTheLongest)
{
    service::SignInLimits const limits;
    EXPECT_EQ(service::delay_after(limits.before_delay - 1, limits), seconds(0));
    EXPECT_EQ(service::delay_after(limits.before_delay, limits), seconds(1));
    EXPECT_EQ(service::delay_after(limits.before_delay + 3, limits), seconds(8));
    EXPECT_EQ(service::delay_after(limits.before_delay + 100, limits), limits.longest_delay);
}

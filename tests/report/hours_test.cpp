#include "report/hours.hpp"

#include <gtest/gtest.h>

using namespace tremplin::report;

TEST(Hours, DropTrailingZeros)
{
    EXPECT_EQ(hours_text(420), "7");
    EXPECT_EQ(hours_text(390), "6.5");
    EXPECT_EQ(hours_text(135), "2.25");
    EXPECT_EQ(hours_text(0), "0");
}

TEST(Hours, RoundToTwoDecimals)
{
    EXPECT_EQ(hours_text(20), "0.33");
    EXPECT_EQ(hours_text(40), "0.67");
    EXPECT_EQ(hours_text(1), "0.02");
    EXPECT_DOUBLE_EQ(hours_number(20), 0.33);
    EXPECT_DOUBLE_EQ(hours_number(135), 2.25);
}

TEST(Hours, UseTheReadersDecimalSeparator)
{
    EXPECT_EQ(hours_text(390, ","), "6,5");
    EXPECT_EQ(hours_text(2490, ","), "41,5");
}

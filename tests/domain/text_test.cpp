// Typed text as the rules read it: blanks around a value are not part of it, and a number is a
// whole number or nothing.

#include "domain/text.hpp"

#include <gtest/gtest.h>

using tremplin::domain::trimmed;
using tremplin::domain::whole_number;

TEST(TypedText, LosesTheBlanksAroundIt)
{
    EXPECT_EQ(trimmed("  Salle 2\t"), "Salle 2");
    EXPECT_EQ(trimmed("12\r\n"), "12") << "a line of a file from Windows";
    EXPECT_EQ(trimmed(" \t "), "");
    EXPECT_EQ(trimmed(""), "");
    EXPECT_EQ(trimmed("a b"), "a b");
}

TEST(TypedText, KeepsTheNoBreakSpacesThatBelongToIt)
{
    // A document writes "12\u00A0h" so that a number and its unit stay on one line: such a
    // space is part of the text, not a blank around it.
    EXPECT_EQ(trimmed("\u00A012\u00A0h\u00A0"), "\u00A012\u00A0h\u00A0");
    EXPECT_EQ(trimmed(" \u00A0 "), "\u00A0");
}

TEST(TypedText, IsAWholeNumberOrNothing)
{
    EXPECT_EQ(whole_number("12"), 12);
    EXPECT_EQ(whole_number(" -3 "), -3);
    EXPECT_EQ(whole_number(""), std::nullopt);
    EXPECT_EQ(whole_number("12a"), std::nullopt);
    EXPECT_EQ(whole_number("1.5"), std::nullopt);
    EXPECT_EQ(whole_number("99999999999999999999"), std::nullopt);
}

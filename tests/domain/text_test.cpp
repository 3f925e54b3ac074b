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

TEST(TypedText, HoldsNoControlCharacterOnOneLine)
{
    using tremplin::domain::holds_control_characters;
    EXPECT_FALSE(holds_control_characters("Hélène O'Brien-Dupont"));
    EXPECT_FALSE(holds_control_characters("\u00A0€ 12\u00A0h ✓")) << "printable UTF-8 is text";
    EXPECT_TRUE(holds_control_characters("Ana\r\nSet-Cookie: x=1")) << "a header injected through a name";
    EXPECT_TRUE(holds_control_characters("Ana\n"));
    EXPECT_TRUE(holds_control_characters("Ana\tB")) << "a tab is no part of a name";
    EXPECT_TRUE(holds_control_characters(std::string_view("Ana\0B", 5)));
    EXPECT_TRUE(holds_control_characters("Ana\x1B[31m")) << "an escape sequence for a terminal";
    EXPECT_TRUE(holds_control_characters("Ana\x7F")) << "DEL";
    EXPECT_TRUE(holds_control_characters("Ana\xC2\x85")) << "NEL, U+0085, a C1 control";
    EXPECT_TRUE(holds_control_characters("Ana\xC2\x9F"));
    EXPECT_FALSE(holds_control_characters("Ana\xC2\xA0")) << "a no-break space is text";
}

TEST(TypedText, ANoteOfSeveralLinesMayHoldLineEndsAndTabsOnly)
{
    using tremplin::domain::holds_control_characters;
    using tremplin::domain::Lines;
    EXPECT_FALSE(holds_control_characters("Rappel\r\n\tdemain\nà 10 h", Lines::Several));
    EXPECT_TRUE(holds_control_characters("Rappel\x0B", Lines::Several)) << "a vertical tab";
    EXPECT_TRUE(holds_control_characters(std::string_view("a\0b", 3), Lines::Several));
    EXPECT_TRUE(holds_control_characters("a\x7F", Lines::Several));
    EXPECT_TRUE(holds_control_characters("a\xC2\x80", Lines::Several));
}

TEST(TypedText, AControlCharacterIsRefusedOnItsField)
{
    using tremplin::domain::control_characters_error;
    EXPECT_FALSE(control_characters_error("place", "Salle 2"));
    auto const refused = control_characters_error("place", "Salle\n2");
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->field, "place");
    EXPECT_EQ(refused->message_key, "errors.text.control_characters");
}

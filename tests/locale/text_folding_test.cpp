#include "locale/text_folding.hpp"

#include <gtest/gtest.h>

using namespace tremplin::locale;

TEST(TextFolding, IgnoresAccentsCaseAndPunctuation)
{
    EXPECT_EQ(fold("Hélène N'Diaye-Kaboré"), "helene ndiaye kabore");
    EXPECT_EQ(fold("  ÉLODIE   d’Hondt "), "elodie dhondt");
    EXPECT_EQ(fold("Grâce Mbuyi"), "grace mbuyi");
}

TEST(TextFolding, TransliteratesOtherScriptsAndLetters)
{
    EXPECT_EQ(fold("Ayşe Yılmaz"), "ayse yilmaz");
    EXPECT_EQ(fold("Małgorzata Wiśniewska"), "malgorzata wisniewska");
    EXPECT_EQ(fold("Мария"), "maria");
    EXPECT_EQ(fold("Ängström Øre Straße"), "angstrom ore strasse");
}

TEST(TextFolding, SplitsIntoWords)
{
    EXPECT_EQ(folded_words("El Amrani"), (std::vector<std::string>{"el", "amrani"}));
    EXPECT_TRUE(folded_words("  --  ").empty());
}

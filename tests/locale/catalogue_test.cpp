#include "locale/catalogues.hpp"
#include "locale/countries.hpp"

#include <set>

#include <gtest/gtest.h>

using namespace tremplin::locale;

namespace {

Catalogues const& catalogues()
{
    static Catalogues const loaded = Catalogues::embedded();
    return loaded;
}

} // namespace

TEST(Catalogues, SpeakFrenchDutchAndEnglish)
{
    auto const& languages = catalogues().languages();
    EXPECT_EQ(std::set<std::string>(languages.begin(), languages.end()),
              (std::set<std::string>{"en", "fr", "nl"}));
}

TEST(Catalogues, EveryLanguageHasEveryKey)
{
    std::set<std::string> all_keys;
    for (auto const& language : catalogues().languages())
        for (auto const& key : catalogues().find(language)->keys())
            all_keys.insert(key);
    for (auto const& language : catalogues().languages()) {
        auto const& catalogue = *catalogues().find(language);
        for (auto const& key : all_keys)
            EXPECT_TRUE(catalogue.has(key)) << language << " has no message " << key;
    }
}

TEST(Catalogues, RefuseAPatternIcuCannotParse)
{
    EXPECT_THROW(
        Catalogues::parse("xx", R"({"_meta": {"locale": "en"}, "broken": "{count, plural, one {#}"})"),
        std::invalid_argument);
    EXPECT_THROW(Catalogues::parse("xx", R"({"_meta": {"locale": "en"}, "number": 3})"),
                 std::invalid_argument);
}

TEST(Catalogue, FormatsPluralsPerLanguage)
{
    auto const& french = *catalogues().find("fr");
    EXPECT_EQ(
        french.format("participants.list.search_status", {{"count", 1LL}, {"query", std::string("fatima")}}),
        "1 participante correspond à « fatima »");
    EXPECT_EQ(
        french.format("participants.list.search_status", {{"count", 3LL}, {"query", std::string("fatima")}}),
        "3 participantes correspondent à « fatima »");
    auto const& dutch = *catalogues().find("nl");
    EXPECT_EQ(dutch.format("pagination.page", {{"page", 2LL}}), "Pagina 2");
}

TEST(Catalogue, ReadsAnUnknownKeyAsItself)
{
    EXPECT_EQ(catalogues().find("en")->text("no.such.key"), "no.such.key");
}

TEST(Catalogue, FormatsDatesAndNumbersForBelgium)
{
    auto const date = *tremplin::domain::Date::parse_iso("2026-03-12");
    EXPECT_EQ(catalogues().find("fr")->date(date), "12 mars 2026");
    EXPECT_EQ(catalogues().find("nl")->date(date), "12 maart 2026");
    EXPECT_EQ(catalogues().find("en")->date(date), "12 March 2026");
    EXPECT_EQ(catalogues().find("en")->number(100000), "100,000");
    EXPECT_EQ(catalogues().find("nl")->number(100000), "100.000");
    EXPECT_EQ(catalogues().find("fr")->month_year(*tremplin::domain::YearMonth::parse_iso("2025-09")),
              "septembre 2025");
}

TEST(Catalogues, NegotiateTheBrowsersLanguage)
{
    EXPECT_EQ(catalogues().negotiate("nl-BE,nl;q=0.9,en;q=0.8"), "nl");
    EXPECT_EQ(catalogues().negotiate("de-DE, en;q=0.5, fr;q=0.7"), "fr");
    EXPECT_EQ(catalogues().negotiate("de, es"), "");
    EXPECT_EQ(catalogues().negotiate(""), "");
}

TEST(Countries, AreNamedInTheReadersLanguageByIcu)
{
    EXPECT_EQ(country_name("BE", "fr-BE"), "Belgique");
    EXPECT_EQ(country_name("BE", "nl-BE"), "België");
    EXPECT_EQ(country_name("BE", "en-BE"), "Belgium");
    EXPECT_EQ(country_name("CD", "fr-BE"), "Congo-Kinshasa");
}

TEST(Countries, KnowEveryIsoCodeAndNothingElse)
{
    EXPECT_TRUE(is_country_code("MA"));
    EXPECT_TRUE(is_country_code("SY"));
    EXPECT_FALSE(is_country_code("ZZ"));
    EXPECT_FALSE(is_country_code("EU"));
    EXPECT_FALSE(is_country_code("be"));
    EXPECT_GT(countries_for("en-BE").size(), 240u);
}

TEST(Countries, AreSortedForTheReader)
{
    auto const& french = countries_for("fr-BE");
    auto position = [&](std::string const& code) {
        for (std::size_t i = 0; i < french.size(); ++i)
            if (french[i].code == code)
                return i;
        return french.size();
    };
    // "Égypte" sorts with the E's in French, not after "Zimbabwe".
    EXPECT_LT(position("EG"), position("ES"));
    EXPECT_GT(position("EG"), position("DK"));
}

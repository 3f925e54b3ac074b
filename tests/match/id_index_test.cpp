// The id table behind the preparation: exact on short, long, empty and look-alike ids.

#include "match/id_index.hpp"

#include <string>

#include <gtest/gtest.h>

using namespace tremplin::match;
using namespace std::string_literals;

TEST(IdIndex, FindsEveryIdItWasGivenAndNothingElse)
{
    std::vector<std::string> ids;
    for (int i = 0; i < 50'000; ++i)
        ids.push_back(i % 3 == 0   ? "a" + std::to_string(i)                 // short
                      : i % 3 == 1 ? "participant-2026-" + std::to_string(i) // long, shared start
                                   : std::string(static_cast<std::size_t>(i % 20), 'x') + std::to_string(i));
    IdIndex index(ids.size());
    for (auto const& id : ids)
        ASSERT_TRUE(index.insert(id)) << id;
    for (std::size_t i = 0; i < ids.size(); ++i)
        ASSERT_EQ(index.find(ids[i]), i) << ids[i];
    for (auto const* unknown : {"a1", "participant-2026-0", "participant-2026-1x", "", "x", "a"})
        EXPECT_EQ(index.find(unknown), IdIndex::absent) << unknown;

    std::vector<std::string_view> views(ids.begin(), ids.end());
    views.push_back("nobody");
    std::vector<std::uint32_t> found(views.size());
    index.find_all(views, found);
    for (std::size_t i = 0; i < ids.size(); ++i)
        ASSERT_EQ(found[i], i);
    EXPECT_EQ(found.back(), IdIndex::absent);
}

TEST(IdIndex, RefusesAnIdItAlreadyHas)
{
    IdIndex index(4);
    EXPECT_TRUE(index.insert("c1"));
    EXPECT_TRUE(index.insert("a-much-longer-id"));
    EXPECT_FALSE(index.insert("c1"));
    EXPECT_FALSE(index.insert("a-much-longer-id"));
    EXPECT_EQ(index.find("a-much-longer-id"), 1u);
}

TEST(IdIndex, TellsApartIdsThatDifferOnlyByTrailingZeroBytesOrAfterTheEighthByte)
{
    IdIndex index(8);
    for (auto const& id :
         {""s, "ab"s, "ab\0"s, "ab\0\0"s, "12345678"s, "12345678\0"s, "123456789"s, "123456780"s})
        ASSERT_TRUE(index.insert(id));
    EXPECT_EQ(index.find(""), 0u);
    EXPECT_EQ(index.find("ab"), 1u);
    EXPECT_EQ(index.find("ab\0"s), 2u);
    EXPECT_EQ(index.find("ab\0\0"s), 3u);
    EXPECT_EQ(index.find("12345678"), 4u);
    EXPECT_EQ(index.find("12345678\0"s), 5u);
    EXPECT_EQ(index.find("123456789"), 6u);
    EXPECT_EQ(index.find("123456780"), 7u);
    EXPECT_EQ(index.find("123456781"), IdIndex::absent);
}

#include "store/failure.hpp"
#include "store/query.hpp"
#include "store_fixture.hpp"

#include <set>

using namespace tremplin;
using test_support::StoreTest;

class Queries : public StoreTest {};
TREMPLIN_ON_EVERY_BACKEND(Queries);

TEST_P(Queries, BindTheSameNameTwice)
{
    auto connection = database().connect();
    auto const count =
        store::Query(connection, "SELECT COUNT(*) FROM organisations WHERE id = :id OR id = :id + 1000")
            .bind("id", organisation_id)
            .scalar();
    EXPECT_EQ(count, 1);
}

TEST_P(Queries, KeepValuesAsDataNeverAsSql)
{
    auto connection = database().connect();
    auto const hostile = std::string("x'); DROP TABLE organisations; --");
    auto const id = store::Query(connection, "INSERT INTO organisations (name, default_language, created_at) "
                                             "VALUES (:name, 'fr', '2026-01-01T00:00:00Z') RETURNING id")
                        .bind("name", hostile)
                        .scalar();
    auto const name = store::Query(connection, "SELECT name FROM organisations WHERE id = :id")
                          .bind("id", id)
                          .first_row<std::string>([](store::Row const& row) { return row.text("name"); });
    EXPECT_EQ(name, hostile);
    EXPECT_EQ(store::Query(connection, "SELECT COUNT(*) FROM organisations").scalar(), 2);
}

TEST_P(Queries, ReadNullsAsAbsent)
{
    auto connection = database().connect();
    store::Query(connection, "SELECT NULL AS missing, 42 AS answer, 'text' AS word")
        .for_each_row([](store::Row const& row) {
            EXPECT_TRUE(row.is_null("missing"));
            EXPECT_FALSE(row.optional_integer("missing"));
            EXPECT_EQ(row.text("missing"), "");
            EXPECT_EQ(row.integer("answer"), 42);
            EXPECT_EQ(row.text("answer"), "42");
            EXPECT_EQ(row.text("word"), "text");
        });
}

TEST_P(Queries, RollBackWhatIsNotCommitted)
{
    auto connection = database().connect();
    {
        store::Transaction transaction(connection, store::Transaction::Mode::Write);
        store::Query(connection, "INSERT INTO organisations (name, default_language, created_at) "
                                 "VALUES ('Gone', 'fr', '2026-01-01T00:00:00Z')")
            .run();
    }
    EXPECT_EQ(store::Query(connection, "SELECT COUNT(*) FROM organisations").scalar(), 1);
}

TEST_P(Queries, FindEachRowOnceThroughAnInListPaddedWithItsLastValue)
{
    auto connection = database().connect();
    std::vector<long long> ids{organisation_id};
    for (auto const* name : {"Antenne Nord", "Antenne Sud", "Antenne Est", "Antenne Ouest"})
        ids.push_back(
            store::OrganisationRepository(connection).insert({0, name, "fr"}, "2026-01-01T00:00:00Z"));
    auto const names_of = [&](std::vector<long long> const& wanted) {
        return store::Query(connection, "SELECT name FROM organisations WHERE id IN (" +
                                            store::placeholders("id", wanted.size()) + ") ORDER BY name")
            .bind_each("id", wanted)
            .rows<std::string>([](store::Row const& row) { return row.text("name"); });
    };
    using Names = std::vector<std::string>;
    // Three values are written as four places, the fourth repeating "Antenne Sud".
    EXPECT_EQ(names_of({ids[0], ids[1], ids[2]}), (Names{"Antenne Nord", "Antenne Sud", "Centre"}));
    // The same statement again, its four places given four other values.
    EXPECT_EQ(names_of({ids[1], ids[2], ids[3], ids[4]}),
              (Names{"Antenne Est", "Antenne Nord", "Antenne Ouest", "Antenne Sud"}));
    EXPECT_EQ(names_of({ids[4]}), (Names{"Antenne Ouest"}));
    EXPECT_EQ(names_of({ids[4], ids[0], ids[2], ids[1], ids[3]}),
              (Names{"Antenne Est", "Antenne Nord", "Antenne Ouest", "Antenne Sud", "Centre"}));
}

TEST(InLists, AreWrittenForAFewLengthsOnly)
{
    EXPECT_EQ(store::placeholders("id", 3), store::placeholders("id", 4));
    EXPECT_EQ(store::placeholders("id", 3), ":id0, :id1, :id2, :id3");
    EXPECT_EQ(store::placeholders("id", 1), ":id0");
    EXPECT_EQ(store::placeholders("id", 5), store::placeholders("id", 8));
    EXPECT_NE(store::placeholders("id", 8), store::placeholders("id", 9));
    EXPECT_EQ(store::placeholders("id", 0), "");

    // The services ask for up to 400 values at a time: ten statements cover every length.
    std::set<std::string> texts;
    for (std::size_t count = 1; count <= 400; ++count)
        texts.insert(store::placeholders("id", count));
    EXPECT_EQ(texts.size(), 10u);
    EXPECT_EQ(store::placeholders("id", 600), store::placeholders("id", 1024));
}

TEST(PrefixUpperBound, IsTheNextTextAfterEveryExtension)
{
    EXPECT_EQ(store::prefix_upper_bound("fat"), "fau");
    EXPECT_EQ(store::prefix_upper_bound("az"), "a{");
    EXPECT_EQ(store::prefix_upper_bound(""), "");
}

TEST_P(Queries, LogADatabaseFailureByItsKindAndNeverByItsValues)
{
    auto connection = database().connect();
    store::Query(connection, "CREATE TEMPORARY TABLE contacts (email TEXT UNIQUE)").run();
    auto insert = [&] {
        store::Query(connection, "INSERT INTO contacts (email) VALUES (:email)")
            .bind("email", std::string("helene@example.org"))
            .run();
    };
    insert();
    try {
        insert();
        FAIL() << "a second row with the same e-mail";
    } catch (std::exception const& failure) {
        ASSERT_NE(std::string(failure.what()).find("helene"), std::string::npos)
            << "the database's own message names her: " << failure.what();
        auto const logged = store::loggable(failure);
        EXPECT_TRUE(logged.starts_with("database error: ")) << logged;
        EXPECT_EQ(logged.find("helene"), std::string::npos) << logged;
        EXPECT_EQ(logged.find("INSERT"), std::string::npos) << logged;
    }
}

#include "store/query.hpp"
#include "store_fixture.hpp"

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
                          .first_row<std::string>([](store::Row const& row) { return row.text(0); });
    EXPECT_EQ(name, hostile);
    EXPECT_EQ(store::Query(connection, "SELECT COUNT(*) FROM organisations").scalar(), 2);
}

TEST_P(Queries, ReadNullsAsAbsent)
{
    auto connection = database().connect();
    store::Query(connection, "SELECT NULL, 42, 'text'").for_each_row([](store::Row const& row) {
        EXPECT_TRUE(row.is_null(0));
        EXPECT_FALSE(row.optional_integer(0));
        EXPECT_EQ(row.text(0), "");
        EXPECT_EQ(row.integer(1), 42);
        EXPECT_EQ(row.text(1), "42");
        EXPECT_EQ(row.text(2), "text");
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

TEST(PrefixUpperBound, IsTheNextTextAfterEveryExtension)
{
    EXPECT_EQ(store::prefix_upper_bound("fat"), "fau");
    EXPECT_EQ(store::prefix_upper_bound("az"), "a{");
    EXPECT_EQ(store::prefix_upper_bound(""), "");
}

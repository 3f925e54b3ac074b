// The audit trail of what is read (lists and searches, with what was asked and how many rows
// came back) and its hash chain, which finds a row changed or removed behind its back.

#include "service/audit_chain.hpp"
#include "service_fixture.hpp"
#include "store/audit_repository.hpp"

using namespace tremplin;
using namespace tremplin::domain;
using test_support::ServiceTest;
namespace fields = participant_fields;

class AuditTrail : public ServiceTest {
  protected:
    long long create(std::string first, std::string last)
    {
        ParticipantInput input;
        input.set(fields::first_name, std::move(first));
        input.set(fields::last_name, std::move(last));
        input.set(fields::gender, "woman");
        input.set(fields::preferred_language, "fr");
        auto created = participants.create(coordinator, input, service::DuplicateCheck::Warn);
        EXPECT_TRUE(created && created->id);
        return created && created->id ? *created->id : 0;
    }

    std::string detail_of(std::string const& action)
    {
        auto connection = database().connect();
        std::string detail;
        store::Query(connection,
                     "SELECT detail FROM audit_events WHERE action = :action ORDER BY id DESC LIMIT 1")
            .bind("action", action)
            .for_each_row([&](store::Row const& row) { detail = row.text("detail"); });
        return detail;
    }

    // Runs raw SQL on the trail as someone with the database in hand would: the trigger that
    // refuses it is taken away first.
    void tamper(std::string const& sql)
    {
        auto connection = database().connect();
        if (GetParam() == store::Backend::Sqlite) {
            store::Query(connection, "DROP TRIGGER IF EXISTS audit_events_refuse_update").run();
            store::Query(connection, "DROP TRIGGER IF EXISTS audit_events_refuse_delete").run();
        } else {
            store::Query(connection, "ALTER TABLE audit_events DISABLE TRIGGER audit_events_refuse_change")
                .run();
        }
        store::Query(connection, sql).run();
    }

    long long second_last_audit_row()
    {
        return count("SELECT MAX(id) FROM audit_events WHERE id < (SELECT MAX(id) FROM audit_events)");
    }
};
TREMPLIN_ON_EVERY_BACKEND(AuditTrail);

TEST_P(AuditTrail, AListAndASearchLeaveWhatWasAskedAndHowManyRowsCameBack)
{
    create("Hélène", "Dubois");
    create("Ana", "Popa");
    create("Awa", "Diallo");

    auto const page = participants.list(coordinator, {"", store::ParticipantOrder::Name, 2, 2});
    ASSERT_TRUE(page);
    EXPECT_EQ(page->rows.size(), 1U);
    EXPECT_EQ(detail_of("participants.listed"), "rows=1 order=name offset=2 limit=2");

    auto const found = participants.list(coordinator, {"hélène"});
    ASSERT_TRUE(found);
    EXPECT_EQ(found->rows.size(), 1U);
    EXPECT_EQ(detail_of("participants.searched"), "rows=1 search=6 order=name offset=0 limit=50")
        << "the search is recorded by its length in characters, never its text";
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE detail LIKE '%hél%' OR detail LIKE '%helene%'"),
              0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'participants.searched' AND "
                    "subject_type = 'participant' AND subject_id IS NULL AND staff_account_id = " +
                    std::to_string(coordinator.account.id)),
              1);

    ASSERT_TRUE(
        participants.shown_again(coordinator, {"", store::ParticipantOrder::RecentlyUpdated, 0, 50}, 3));
    EXPECT_EQ(detail_of("participants.listed"), "rows=3 order=recent offset=0 limit=50");
}

TEST_P(AuditTrail, AListRefusedOrFailedLeavesNoRowOfAListing)
{
    EXPECT_FALSE(participants.list(trainer, {}));
    EXPECT_FALSE(participants.shown_again(funder, {}, 3));
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action LIKE 'participants.%'"), 0);
}

TEST_P(AuditTrail, EveryRowIsChainedToTheOneBefore)
{
    create("Ana", "Popa");
    participants.list(coordinator, {});
    participants.list(director, {"popa"});
    auto const check = service::verify_audit_chain(database());
    EXPECT_FALSE(check.first_broken);
    EXPECT_EQ(check.rows_checked, count("SELECT COUNT(*) FROM audit_events"));
    EXPECT_EQ(check.rows_before_chain, 0);
    EXPECT_EQ(check.head.size(), 64U);
    EXPECT_EQ(count("SELECT COUNT(DISTINCT chain_hash) FROM audit_events"), check.rows_checked);
}

TEST_P(AuditTrail, UpdateAndDeleteAreRefused)
{
    create("Ana", "Popa");
    auto connection = database().connect();
    EXPECT_ANY_THROW(store::Query(connection, "UPDATE audit_events SET detail = ''").run());
    EXPECT_ANY_THROW(store::Query(connection, "DELETE FROM audit_events").run());
    EXPECT_FALSE(service::verify_audit_chain(database()).first_broken);
}

TEST_P(AuditTrail, ARowChangedBehindItsBackIsFound)
{
    create("Ana", "Popa");
    participants.list(coordinator, {});
    participants.list(coordinator, {"popa"});
    auto const changed = second_last_audit_row();
    tamper("UPDATE audit_events SET detail = 'rows=0' WHERE id = " + std::to_string(changed));
    EXPECT_EQ(service::verify_audit_chain(database()).first_broken, changed);
}

TEST_P(AuditTrail, ARowRemovedBehindItsBackIsFoundAtTheNextOne)
{
    create("Ana", "Popa");
    participants.list(coordinator, {});
    participants.list(coordinator, {"popa"});
    auto const next = count("SELECT MAX(id) FROM audit_events");
    tamper("DELETE FROM audit_events WHERE id = " + std::to_string(second_last_audit_row()));
    EXPECT_EQ(service::verify_audit_chain(database()).first_broken, next);
}

TEST_P(AuditTrail, ARowWhoseHashWasEmptiedAfterTheChainBeganIsFound)
{
    create("Ana", "Popa");
    participants.list(coordinator, {});
    auto const last = count("SELECT MAX(id) FROM audit_events");
    tamper("UPDATE audit_events SET chain_hash = '' WHERE id = " + std::to_string(last));
    EXPECT_EQ(service::verify_audit_chain(database()).first_broken, last);
}

#include "service/unit_of_work.hpp"
#include "service_fixture.hpp"
#include "store/participant_repository.hpp"
#include "store/timeline_repository.hpp"

#include <stdexcept>

using namespace tremplin;
using domain::ErrorCode;
using domain::Permission;
using domain::Result;
using service::UnitOfWork;
using test_support::ServiceTest;

namespace {

// A use case's work that leaves a mark: an audit row, and a note on a participant's timeline.
void leave_a_mark(UnitOfWork& unit, long long participant_id)
{
    domain::TimelineEntry entry;
    entry.participant_id = participant_id;
    entry.happened_on = unit.clock().today();
    entry.text = "called her back";
    entry.created_at = unit.clock().now_iso();
    unit.repository<store::TimelineRepository>().insert(unit.organisation_id(), entry,
                                                        unit.actor().account.id);
    unit.audit({"participant.timeline_entry_added", "participant", participant_id, "note"});
}

} // namespace

class UnitsOfWork : public ServiceTest {
  protected:
    UnitsOfWork() : units(database(), clock)
    {
        domain::ParticipantInput input;
        input.set(domain::participant_fields::first_name, "Awa");
        input.set(domain::participant_fields::last_name, "Diallo");
        input.set(domain::participant_fields::gender, "woman");
        input.set(domain::participant_fields::preferred_language, "fr");
        participant_id = *participants.create(coordinator, input, service::DuplicateCheck::Warn)->id;
    }

    long long notes() { return count("SELECT COUNT(*) FROM timeline_entries"); }
    long long audit_rows(std::string const& action)
    {
        return count("SELECT COUNT(*) FROM audit_events WHERE action = '" + action + "'");
    }

    service::UnitsOfWork units;
    long long participant_id = 0;
};
TREMPLIN_ON_EVERY_BACKEND(UnitsOfWork);

TEST_P(UnitsOfWork, CommitTheWorkAndItsAuditRowWhenTheWorkReturnsAValue)
{
    auto const done =
        units.write(coordinator, Permission::EditParticipants, [&](UnitOfWork& unit) -> Result<int> {
            leave_a_mark(unit, participant_id);
            return 7;
        });
    ASSERT_TRUE(done);
    EXPECT_EQ(*done, 7);
    EXPECT_EQ(notes(), 1);
    EXPECT_EQ(audit_rows("participant.timeline_entry_added"), 1);
}

TEST_P(UnitsOfWork, RollBackTheWorkAndItsAuditRowWhenTheWorkReturnsAnError)
{
    auto const done =
        units.write(coordinator, Permission::EditParticipants, [&](UnitOfWork& unit) -> Result<void> {
            leave_a_mark(unit, participant_id);
            return domain::fail(domain::Error::invalid({{"text", "errors.timeline.text_missing"}}));
        });
    ASSERT_FALSE(done);
    EXPECT_EQ(done.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(notes(), 0);
    EXPECT_EQ(audit_rows("participant.timeline_entry_added"), 0);
}

TEST_P(UnitsOfWork, RollBackWhenTheWorkThrows)
{
    EXPECT_THROW(units.write(coordinator, Permission::EditParticipants,
                             [&](UnitOfWork& unit) -> Result<void> {
                                 leave_a_mark(unit, participant_id);
                                 throw std::runtime_error("the database went away");
                             }),
                 std::runtime_error);
    EXPECT_EQ(notes(), 0);
    EXPECT_EQ(audit_rows("participant.timeline_entry_added"), 0);
}

TEST_P(UnitsOfWork, KeepOnlyTheAuditRowOfARefusalOnRecord)
{
    auto const done =
        units.write(coordinator, Permission::EditParticipants, [&](UnitOfWork& unit) -> Result<void> {
            return unit.refuse({"admission_round.redraw_refused", "admission_round", 1, "test"},
                               domain::Error::invalid({{"draw", "errors.admission.round_confirmed"}}));
        });
    ASSERT_FALSE(done);
    EXPECT_EQ(audit_rows("admission_round.redraw_refused"), 1);
}

TEST_P(UnitsOfWork, RefuseAnActorWithoutThePermissionBeforeAnyWork)
{
    bool ran = false;
    auto const done = units.write(trainer, Permission::EditParticipants, [&](UnitOfWork&) -> Result<void> {
        ran = true;
        return {};
    });
    ASSERT_FALSE(done);
    EXPECT_EQ(done.error().code, ErrorCode::Forbidden);
    EXPECT_FALSE(ran);
}

TEST_P(UnitsOfWork, ReadOneSnapshotWhileOthersWrite)
{
    // A page that counts twice in one read sees the same register both times, even when a
    // colleague adds a note in between.
    auto const counts =
        units.read(coordinator, Permission::ViewParticipants,
                   [&](UnitOfWork& unit) -> Result<std::pair<long long, long long>> {
                       auto const before = unit.repository<store::TimelineRepository>()
                                               .entries_of(unit.organisation_id(), participant_id)
                                               .size();
                       auto const added = units.write(director, Permission::EditParticipants,
                                                      [&](UnitOfWork& other) -> Result<void> {
                                                          leave_a_mark(other, participant_id);
                                                          return {};
                                                      });
                       EXPECT_TRUE(added);
                       auto const after = unit.repository<store::TimelineRepository>()
                                              .entries_of(unit.organisation_id(), participant_id)
                                              .size();
                       return std::pair<long long, long long>(before, after);
                   });
    ASSERT_TRUE(counts);
    EXPECT_EQ(counts->first, counts->second);
    EXPECT_EQ(notes(), 1);
}

TEST_P(UnitsOfWork, AnswerNotFoundForARecordOfAnotherCentreOrNone)
{
    auto const read = units.read(
        coordinator, Permission::ViewParticipants, [&](UnitOfWork& unit) -> Result<domain::Participant> {
            return TRY(domain::found(unit.repository<store::ParticipantRepository>().find(
                unit.organisation_id(), participant_id + 1000)));
        });
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, ErrorCode::NotFound);
}

#include "service_fixture.hpp"

using namespace tremplin;
using namespace tremplin::domain;
using test_support::ServiceTest;
namespace fields = participant_fields;

namespace {

ParticipantInput input_for(std::string first, std::string last)
{
    ParticipantInput input;
    input.set(fields::first_name, std::move(first));
    input.set(fields::last_name, std::move(last));
    input.set(fields::gender, "woman");
    input.set(fields::preferred_language, "fr");
    return input;
}

} // namespace

class Participants : public ServiceTest {
  protected:
    long long create(ParticipantInput const& input)
    {
        auto created = participants.create(coordinator, input, service::DuplicateCheck::Warn);
        EXPECT_TRUE(created);
        EXPECT_TRUE(created && created->id);
        return created && created->id ? *created->id : 0;
    }

    std::vector<std::string> found_by(std::string const& search)
    {
        auto list = participants.list(coordinator, {search});
        EXPECT_TRUE(list);
        std::vector<std::string> names;
        for (auto const& row : list->rows)
            names.push_back(row.first_name + " " + row.last_name);
        return names;
    }
};
TREMPLIN_ON_EVERY_BACKEND(Participants);

TEST_P(Participants, OnlyStaffWhoFollowThemMayListViewOrCreate)
{
    auto const id = create(input_for("Ana", "Popa"));
    for (auto const* actor : {&trainer, &funder}) {
        EXPECT_EQ(participants.list(*actor, {}).error().code, ErrorCode::Forbidden);
        EXPECT_EQ(participants.view(*actor, id).error().code, ErrorCode::Forbidden);
        EXPECT_EQ(
            participants.create(*actor, input_for("X", "Y"), service::DuplicateCheck::Warn).error().code,
            ErrorCode::Forbidden);
        EXPECT_EQ(participants.update(*actor, id, input_for("X", "Y")).error().code, ErrorCode::Forbidden);
    }
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 1);
}

TEST_P(Participants, EveryViewAndChangeIsAudited)
{
    auto const id = create(input_for("Ana", "Popa"));
    ASSERT_TRUE(participants.view(director, id));
    auto changed = input_for("Ana", "Popescu");
    changed.set(fields::phone, "0470 12 34 56");
    ASSERT_TRUE(participants.update(coordinator, id, changed));

    auto trail = audit.browse(director, {"participant", id});
    ASSERT_TRUE(trail);
    ASSERT_EQ(trail->events.size(), 3u);
    EXPECT_EQ(trail->events[0].action, "participant.updated");
    EXPECT_EQ(trail->events[0].detail, "last_name,phone") << "which fields changed, never their values";
    EXPECT_EQ(trail->events[0].actor_name, "Name of coordinator");
    EXPECT_EQ(trail->events[1].action, "participant.viewed");
    EXPECT_EQ(trail->events[1].remote_address, "192.0.2.10");
    EXPECT_EQ(trail->events[2].action, "participant.created");
    EXPECT_EQ(audit.browse(coordinator, {}).error().code, ErrorCode::Forbidden);
}

TEST_P(Participants, InvalidInputSavesNothing)
{
    auto input = input_for("Ana", "");
    input.set(fields::email, "ana.example.org");
    auto created = participants.create(coordinator, input, service::DuplicateCheck::Warn);
    ASSERT_FALSE(created);
    EXPECT_EQ(created.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(created.error().fields.size(), 2u);
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action LIKE 'participant.%'"), 0);

    auto const id = create(input_for("Ana", "Popa"));
    auto broken = input_for("", "Popa");
    EXPECT_FALSE(participants.update(coordinator, id, broken));
    EXPECT_EQ(participants.view(coordinator, id)->first_name, "Ana");
}

TEST_P(Participants, WarnsOfTheSameNameAndBirthDateWrittenDifferently)
{
    auto first = input_for("Hélène", "N'Diaye");
    first.set(fields::birth_date_day, "27");
    first.set(fields::birth_date_month, "3");
    first.set(fields::birth_date_year, "1988");
    auto const id = create(first);

    auto again = input_for("NDIAYE", "helene");
    again.set(fields::birth_date_day, "27");
    again.set(fields::birth_date_month, "03");
    again.set(fields::birth_date_year, "1988");
    auto warned = participants.create(coordinator, again, service::DuplicateCheck::Warn);
    ASSERT_TRUE(warned);
    EXPECT_FALSE(warned->id);
    ASSERT_EQ(warned->possible_duplicates.size(), 1u);
    EXPECT_EQ(warned->possible_duplicates.front().id, id);
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 1);

    auto confirmed =
        participants.create(coordinator, again, service::DuplicateCheck::ConfirmedDifferentPerson);
    ASSERT_TRUE(confirmed);
    EXPECT_TRUE(confirmed->id);
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 2);
}

TEST_P(Participants, WarnsOfTheSameEmailPhoneOrActirisNumber)
{
    auto first = input_for("Ana", "Popa");
    first.set(fields::email, "Ana.Popa@Mail.Example.org");
    first.set(fields::phone, "0470 12 34 56");
    first.set(fields::actiris_number, "123 456 789");
    create(first);

    auto same_email = input_for("Anna", "Popová");
    same_email.set(fields::email, "ana.popa@mail.example.org");
    EXPECT_EQ(participants.create(coordinator, same_email, service::DuplicateCheck::Warn)
                  ->possible_duplicates.size(),
              1u);

    auto same_phone = input_for("Anna", "Popová");
    same_phone.set(fields::phone, "+32 470 123 456");
    EXPECT_EQ(participants.create(coordinator, same_phone, service::DuplicateCheck::Warn)
                  ->possible_duplicates.size(),
              1u);

    auto same_actiris = input_for("Anna", "Popová");
    same_actiris.set(fields::actiris_number, "123456789");
    EXPECT_EQ(participants.create(coordinator, same_actiris, service::DuplicateCheck::Warn)
                  ->possible_duplicates.size(),
              1u);

    auto someone_else = input_for("Anna", "Popová");
    EXPECT_TRUE(participants.create(coordinator, someone_else, service::DuplicateCheck::Warn)->id);
}

TEST_P(Participants, AreFoundByNameWithoutAccentsByPhoneByEmailAndByActirisNumber)
{
    auto helene = input_for("Hélène", "Dubois-Ngoma");
    helene.set(fields::phone, "0470 12 34 56");
    helene.set(fields::email, "helene.dubois@mail.example.org");
    create(helene);
    auto ayse = input_for("Ayşe", "Yılmaz");
    ayse.set(fields::actiris_number, "987654321");
    create(ayse);
    create(input_for("Fatima", "El Amrani"));

    EXPECT_EQ(found_by("helene"), (std::vector<std::string>{"Hélène Dubois-Ngoma"}));
    EXPECT_EQ(found_by("NGOMA hel"), (std::vector<std::string>{"Hélène Dubois-Ngoma"}));
    EXPECT_EQ(found_by("ayse yil"), (std::vector<std::string>{"Ayşe Yılmaz"}));
    EXPECT_EQ(found_by("0470 12"), (std::vector<std::string>{"Hélène Dubois-Ngoma"}));
    EXPECT_EQ(found_by("+32 470 12 34"), (std::vector<std::string>{"Hélène Dubois-Ngoma"}));
    EXPECT_EQ(found_by("Helene.Dubois@"), (std::vector<std::string>{"Hélène Dubois-Ngoma"}));
    EXPECT_EQ(found_by("98765"), (std::vector<std::string>{"Ayşe Yılmaz"}));
    EXPECT_EQ(found_by("elamrani"), (std::vector<std::string>{"Fatima El Amrani"}));
    EXPECT_TRUE(found_by("zz").empty());
    EXPECT_EQ(found_by("").size(), 3u);
}

TEST_P(Participants, ListInPagesAndSayWhetherMoreFollow)
{
    for (int i = 0; i < 5; ++i)
        create(input_for("Name" + std::to_string(i), "Last"));
    auto first_page = participants.list(coordinator, {"", store::ParticipantOrder::Name, 0, 3});
    ASSERT_TRUE(first_page);
    EXPECT_EQ(first_page->rows.size(), 3u);
    EXPECT_TRUE(first_page->has_more);
    auto last_page = participants.list(coordinator, {"", store::ParticipantOrder::Name, 3, 3});
    EXPECT_EQ(last_page->rows.size(), 2u);
    EXPECT_FALSE(last_page->has_more);
}

TEST_P(Participants, StayWithinTheirCentre)
{
    auto const id = create(input_for("Ana", "Popa"));
    auto const other = another_centre();
    auto ambiguous = accounts.add_account({"elsewhere", "Elsewhere", Role::Coordinator, password});
    ASSERT_FALSE(ambiguous) << "with two organisations, a new account must name its own";

    auto stranger = accounts.add_account({"elsewhere", "Elsewhere", Role::Coordinator, password, other});
    ASSERT_TRUE(stranger);
    service::Actor const actor{*stranger, "203.0.113.5"};
    EXPECT_EQ(participants.view(actor, id).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(participants.list(actor, {})->rows.empty());
    EXPECT_EQ(participants.update(actor, id, input_for("X", "Y")).error().code, ErrorCode::NotFound);
}

TEST_P(Participants, KeepATimelineOfNotesNewestFirst)
{
    auto const id = create(input_for("Ana", "Popa"));
    ASSERT_TRUE(participants.add_to_timeline(
        coordinator, id, {"phone_call", "1", "3", "2026", "Interested in the web course"}));
    ASSERT_TRUE(participants.add_to_timeline(coordinator, id,
                                             {"meeting", "", "", "", "Came to the information session"}));
    EXPECT_FALSE(participants.add_to_timeline(coordinator, id, {"meeting", "", "", "", "   "}));
    EXPECT_EQ(participants.add_to_timeline(trainer, id, {"note", "", "", "", "x"}).error().code,
              ErrorCode::Forbidden);
    EXPECT_EQ(participants.add_to_timeline(coordinator, id + 1000, {"note", "", "", "", "x"}).error().code,
              ErrorCode::NotFound);

    auto timeline = participants.timeline(coordinator, id);
    ASSERT_TRUE(timeline);
    ASSERT_EQ(timeline->size(), 2u);
    EXPECT_EQ((*timeline)[0].text, "Came to the information session");
    EXPECT_EQ((*timeline)[0].happened_on.iso(), "2026-03-02");
    EXPECT_EQ((*timeline)[0].author, "Name of coordinator");
    EXPECT_EQ((*timeline)[1].kind, NoteKind::PhoneCall);
}

TEST_P(Participants, ShowHerWholeRecordInOneReadWithWhatEachRoleMaySeeAndDo)
{
    auto const id = create(input_for("Ana", "Popa"));
    ASSERT_TRUE(participants.add_to_timeline(coordinator, id, {"note", "", "", "", "Wants the web course"}));
    auto const views_before = count("SELECT COUNT(*) FROM audit_events WHERE action = 'participant.viewed'");

    auto const seen_by_coordinator = participants.record(coordinator, id);
    ASSERT_TRUE(seen_by_coordinator);
    EXPECT_EQ(seen_by_coordinator->participant.first_name, "Ana");
    ASSERT_EQ(seen_by_coordinator->timeline.size(), 1u);
    EXPECT_TRUE(seen_by_coordinator->sees.information_sessions);
    EXPECT_TRUE(seen_by_coordinator->may.edit);
    EXPECT_TRUE(seen_by_coordinator->may.enrol);

    // A job coach follows women to work: she reads and edits the record, and does not run the
    // information sessions nor the cohorts.
    auto const job_coach = add("jobcoach", Role::JobCoach);
    auto const seen_by_job_coach = participants.record(job_coach, id);
    ASSERT_TRUE(seen_by_job_coach);
    EXPECT_FALSE(seen_by_job_coach->sees.information_sessions);
    EXPECT_TRUE(seen_by_job_coach->may.edit);
    EXPECT_FALSE(seen_by_job_coach->may.enrol);

    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'participant.viewed'"),
              views_before + 2);
    EXPECT_EQ(participants.record(trainer, id).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(participants.record(coordinator, id + 1000).error().code, ErrorCode::NotFound);
}

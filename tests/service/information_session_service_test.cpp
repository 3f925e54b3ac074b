// Information sessions on both databases: seats then a waitlist in order, a cancellation that
// gives the seat to the first in line, registrations from the public page that never touch a
// record the centre keeps, attendance marked after the session and the women informed in a year.

#include "service/recruitment.hpp"
#include "training_fixture.hpp"

using namespace tremplin;
using domain::RegistrationStatus;
using domain::SessionAttendance;
using test_support::TrainingTest;
namespace fields = domain::participant_fields;

class InformationSessions : public TrainingTest {
  protected:
    long long session(std::string held_on = "2026-03-12", std::string capacity = "2")
    {
        auto const id =
            sessions().save(coordinator, 0, {held_on, "09:30", "11:30", "Rue Gaucheret 88", "fr", capacity});
        EXPECT_TRUE(id);
        return id ? *id : 0;
    }

    service::InformationSessionService& sessions() { return recruitment.information_sessions; }

    // A woman in the register, staff having recorded one more way to reach her.
    long long known_woman(std::string const& first, std::string const& last, std::string_view field,
                          std::string const& value)
    {
        auto const id = participant(first, last);
        auto input = domain::input_of(*participants.view(coordinator, id));
        input.set(field, value);
        EXPECT_TRUE(participants.update(coordinator, id, input));
        return id;
    }

    RegistrationStatus registered(long long session_id, long long participant_id)
    {
        auto const status = sessions().register_participant(coordinator, session_id, participant_id);
        EXPECT_TRUE(status);
        return status.value_or(RegistrationStatus::Cancelled);
    }

    static domain::ParticipantInput typed(std::string const& first, std::string const& last,
                                          std::string const& phone)
    {
        domain::ParticipantInput input;
        input.set(fields::first_name, first);
        input.set(fields::last_name, last);
        input.set(fields::phone, phone);
        input.set(fields::preferred_language, "nl");
        return input;
    }

    std::vector<domain::SessionRegistration> registrations(long long session_id)
    {
        auto const details = sessions().session(coordinator, session_id);
        EXPECT_TRUE(details);
        return details ? details->registrations : std::vector<domain::SessionRegistration>{};
    }

    service::Recruitment recruitment{database(), clock, {"fr", "nl", "en"}, {.submissions_per_hour = 1000}};
};
TREMPLIN_ON_EVERY_BACKEND(InformationSessions);

TEST_P(InformationSessions, WaitlistsWhenFullAndPromotesTheFirstInLineWhenSomeoneCancels)
{
    auto const id = session();
    auto const amina = participant("Amina", "Benali");
    auto const birgit = participant("Birgit", "Claes");
    auto const chloe = participant("Chloé", "Dubois");
    auto const dina = participant("Dina", "Evers");
    EXPECT_EQ(registered(id, amina), RegistrationStatus::Registered);
    EXPECT_EQ(registered(id, birgit), RegistrationStatus::Registered);
    clock.advance(std::chrono::minutes(1));
    EXPECT_EQ(registered(id, chloe), RegistrationStatus::Waitlisted);
    clock.advance(std::chrono::minutes(1));
    EXPECT_EQ(registered(id, dina), RegistrationStatus::Waitlisted);
    EXPECT_EQ(registered(id, chloe), RegistrationStatus::Waitlisted) << "registering twice keeps her place";

    auto const listed = sessions().sessions(coordinator, {});
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 1U);
    EXPECT_EQ(listed->front().registered, 2);
    EXPECT_EQ(listed->front().waitlisted, 2);

    auto const amina_registration = registrations(id).front();
    EXPECT_EQ(amina_registration.participant_id, amina);
    ASSERT_TRUE(sessions().cancel(coordinator, amina_registration.id));

    auto const after = registrations(id);
    ASSERT_EQ(after.size(), 4U);
    EXPECT_EQ(after[0].participant_id, birgit);
    EXPECT_EQ(after[1].participant_id, chloe);
    EXPECT_EQ(after[1].status, RegistrationStatus::Registered) << "the first in line takes the seat";
    EXPECT_EQ(after[2].participant_id, dina);
    EXPECT_EQ(after[2].status, RegistrationStatus::Waitlisted);
    EXPECT_EQ(after[3].status, RegistrationStatus::Cancelled);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'session_registration.promoted'"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'session_registration.cancelled'"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'session_registration.created'"), 4);
    EXPECT_EQ(count("SELECT COUNT(*) FROM letters WHERE kind = 'session_seat' AND participant_id = " +
                    std::to_string(chloe)),
              1)
        << "she is told that the seat is hers";

    ASSERT_TRUE(sessions().cancel(coordinator, after[2].id));
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'session_registration.promoted'"), 1)
        << "a cancellation from the waitlist frees no seat";
}

TEST_P(InformationSessions, MoreSeatsTakeWomenOffTheWaitlist)
{
    auto const id = session("2026-03-12", "1");
    registered(id, participant("Amina", "Benali"));
    EXPECT_EQ(registered(id, participant("Birgit", "Claes")), RegistrationStatus::Waitlisted);
    ASSERT_TRUE(
        sessions().save(coordinator, id, {"2026-03-12", "09:30", "11:30", "Rue Gaucheret 88", "fr", "3"}));
    EXPECT_EQ(domain::seats_taken(registrations(id)), 2);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'session_registration.promoted'"), 1);
}

TEST_P(InformationSessions, APublicRegistrationNeverTouchesTheRecordOrRegistrationTheCentreKeeps)
{
    // Someone who knows her phone number registers "her" with his own e-mail and language.
    auto const known = known_woman("Fatima", "El Amrani", fields::phone, "0470 12 34 56");
    auto const id = session();
    registered(id, known);
    auto const hers = registrations(id).front();

    auto sender = typed("Fatima", "EL AMRANI", "0470123456");
    sender.set(fields::email, "someone.else@example.org");
    auto const token = sessions().register_publicly(id, sender, "198.51.100.7");
    ASSERT_TRUE(token) << token.error().message_key;

    auto const record = participants.view(coordinator, known);
    ASSERT_TRUE(record);
    EXPECT_EQ(record->email, "") << "her record gets no e-mail from a public page";
    EXPECT_EQ(record->preferred_language, "fr");
    auto const listed = registrations(id);
    ASSERT_EQ(listed.size(), 2U) << "the sender's registration is his own";
    EXPECT_EQ(listed.front().id, hers.id);
    EXPECT_EQ(listed.front().participant_id, known);
    EXPECT_EQ(listed.front().language, hers.language) << "her registration is not re-pointed";
    EXPECT_NE(listed.back().participant_id, known);

    auto const confirmation = sessions().confirmation(*token);
    ASSERT_TRUE(confirmation);
    EXPECT_EQ(confirmation->registration.id, listed.back().id) << "his link shows his registration only";
    EXPECT_FALSE(sessions().confirmation("not-a-token"));

    auto const matches = participants.possible_matches(coordinator);
    ASSERT_TRUE(matches);
    ASSERT_EQ(matches->total, 1);
    EXPECT_EQ(matches->open.front().match.known_id, known);
    EXPECT_EQ(matches->open.front().match.participant_id, listed.back().participant_id);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'participant.created' "
                    "AND detail LIKE '%possible match%'"),
              1);
}

TEST_P(InformationSessions, ReadsHerConfirmationInTheLanguageSheChoseAndKeepsHerSeatWhenStaffMerge)
{
    auto const id = session();
    auto const amina = known_woman("Amina", "Benali", fields::email, "amina@example.org");
    registered(id, amina);
    ASSERT_TRUE(sessions().cancel(coordinator, registrations(id).front().id));
    ASSERT_FALSE(sessions().register_publicly(id, typed("Amina", "Benali", ""), "198.51.100.7"))
        << "a way to reach her is needed";

    auto input = typed("Amina", "Benali", "0470 55 66 77");
    input.set(fields::email, "amina@example.org");
    input.set(fields::preferred_language, "en");
    auto const token = sessions().register_publicly(id, input, "198.51.100.7");
    ASSERT_TRUE(token);
    auto const confirmation = sessions().confirmation(*token);
    ASSERT_TRUE(confirmation);
    EXPECT_NE(confirmation->registration.participant_id, amina);
    EXPECT_EQ(confirmation->registration.status, RegistrationStatus::Registered);
    EXPECT_EQ(confirmation->registration.language, "en");

    // The coordinator sees it is Amina, takes her phone number from the new record and merges.
    auto const matches = participants.possible_matches(coordinator);
    ASSERT_TRUE(matches && matches->total == 1);
    auto const comparison = participants.comparison(coordinator, matches->open.front().match.id);
    ASSERT_TRUE(comparison);
    EXPECT_TRUE(comparison->suggested.contains("phone")) << "her record has none: the new one's is offered";
    EXPECT_FALSE(comparison->suggested.contains("preferred_language")) << "what staff recorded comes first";
    auto const kept = participants.merge(coordinator, matches->open.front().match.id, comparison->suggested);
    ASSERT_TRUE(kept) << kept.error().message_key;
    EXPECT_EQ(*kept, amina);

    auto const after = registrations(id);
    ASSERT_EQ(after.size(), 1U) << "one woman, one registration: the one that holds a seat";
    EXPECT_EQ(after.front().participant_id, amina);
    EXPECT_EQ(after.front().status, RegistrationStatus::Registered);
    EXPECT_EQ(sessions().confirmation(*token)->registration.participant_id, amina) << "her link still works";
    EXPECT_EQ(participants.view(coordinator, amina)->phone, "0470 55 66 77");
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 1) << "the other record is gone";
    EXPECT_EQ(participants.possible_matches(coordinator)->total, 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'participant.merged' "
                    "AND detail LIKE '%phone%' AND detail NOT LIKE '%0470%'"),
              1)
        << "the audit row names the fields taken, never their values";
}

TEST_P(InformationSessions, AMergeGivesUpASecondSeatToTheFirstWaiting)
{
    auto const id = session("2026-03-12", "2");
    auto const known = known_woman("Fatima", "El Amrani", fields::phone, "0470 12 34 56");
    registered(id, known);
    clock.advance(std::chrono::minutes(1));
    ASSERT_TRUE(sessions().register_publicly(id, typed("Fatima", "El Amrani", "0470123456"), "198.51.100.7"));
    clock.advance(std::chrono::minutes(1));
    auto const waiting = participant("Birgit", "Claes");
    EXPECT_EQ(registered(id, waiting), RegistrationStatus::Waitlisted);

    auto const match = participants.possible_matches(coordinator)->open.front().match.id;
    ASSERT_TRUE(participants.merge(coordinator, match, {}));
    auto const after = registrations(id);
    ASSERT_EQ(after.size(), 2U);
    EXPECT_EQ(after[0].participant_id, known);
    EXPECT_EQ(after[1].participant_id, waiting);
    EXPECT_EQ(after[1].status, RegistrationStatus::Registered)
        << "the seat she held twice goes to the first waiting";

    auto const again = participants.merge(coordinator, match, {});
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().message_key, "errors.possible_match.resolved");
}

TEST_P(InformationSessions, TwoRecordsEnrolledInOneCohortAreNotMerged)
{
    auto const id = session();
    auto const known = known_woman("Fatima", "El Amrani", fields::phone, "0470 12 34 56");
    ASSERT_TRUE(sessions().register_publicly(id, typed("Fatima", "El Amrani", "0470123456"), "198.51.100.7"));
    auto const match = participants.possible_matches(coordinator)->open.front().match;
    auto const cohort_id = cohort(track());
    enrol(cohort_id, known);
    enrol(cohort_id, match.participant_id);

    auto const refused = participants.merge(coordinator, match.id, {});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().message_key, "errors.possible_match.same_cohort");
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 2) << "nothing merged, nothing half-moved";
    EXPECT_EQ(participants.possible_matches(coordinator)->total, 1) << "still there to look at";
}

TEST_P(InformationSessions, TwoWomenKeptApartKeepTheirRecords)
{
    auto const id = session();
    auto const known = known_woman("Fatima", "El Amrani", fields::phone, "0470 12 34 56");
    ASSERT_TRUE(sessions().register_publicly(id, typed("Nadia", "El Amrani", "0470123456"), "198.51.100.7"))
        << "her sister, on the family phone";
    auto const match = participants.possible_matches(coordinator)->open.front().match;
    EXPECT_FALSE(participants.possible_matches(trainer)) << "a trainer does not merge records";
    EXPECT_FALSE(participants.keep_apart(trainer, match.id));
    ASSERT_TRUE(participants.keep_apart(coordinator, match.id));
    EXPECT_EQ(participants.possible_matches(coordinator)->total, 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 2);
    EXPECT_TRUE(participants.record(coordinator, known)->possible_matches.empty());
    EXPECT_FALSE(participants.merge(coordinator, match.id, {})) << "a match kept apart is not merged later";
}

TEST_P(InformationSessions, CreatesTheRecordOfAWomanTheCentreDoesNotKnowAndWaitlistsHerWhenFull)
{
    auto const id = session("2026-03-12", "1");
    ASSERT_TRUE(sessions().register_publicly(id, typed("Awa", "Diallo", "0470 00 00 01"), "198.51.100.7"));
    auto const second =
        sessions().register_publicly(id, typed("Lotte", "Peeters", "0470 00 00 02"), "198.51.100.8");
    ASSERT_TRUE(second);
    EXPECT_EQ(sessions().confirmation(*second)->registration.status, RegistrationStatus::Waitlisted);
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants WHERE gender = 'woman' AND preferred_language = 'nl'"),
              2);
}

TEST_P(InformationSessions, RefusesAPublicRegistrationWithMistakesAndSavesNothing)
{
    auto const id = session();
    auto const refused = sessions().register_publicly(id, typed("Awa", "", ""), "198.51.100.7");
    ASSERT_FALSE(refused);
    ASSERT_EQ(refused.error().fields.size(), 2U);
    EXPECT_EQ(refused.error().fields[0].field, "last_name");
    EXPECT_EQ(refused.error().fields[1].message_key, "errors.info.contact_missing");
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM session_registrations"), 0);

    auto const past = session("2026-02-20");
    auto const late =
        sessions().register_publicly(past, typed("Awa", "Diallo", "0470 00 00 01"), "198.51.100.7");
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().message_key, "errors.info.session_over");
    EXPECT_FALSE(
        sessions().register_publicly(424242, typed("Awa", "Diallo", "0470 00 00 01"), "198.51.100.7"));
}

TEST_P(InformationSessions, RefusesASessionWithMistakesAndSavesNothing)
{
    auto const refused = sessions().save(coordinator, 0, {"2026-03-12", "14:00", "13:00", "", "fr", "0"});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().fields.size(), 3U);
    EXPECT_EQ(count("SELECT COUNT(*) FROM information_sessions"), 0);
    EXPECT_FALSE(sessions().save(coordinator, 424242, {"2026-03-12", "09:00", "11:00", "Ici", "fr", "10"}));
}

TEST_P(InformationSessions, CountsTheDistinctWomenWhoAttendedInAYear)
{
    auto const march = session("2026-03-12", "10");
    auto const april = session("2026-04-09", "10");
    auto const amina = participant("Amina", "Benali");
    auto const birgit = participant("Birgit", "Claes");
    auto const chloe = participant("Chloé", "Dubois");
    for (auto const woman : {amina, birgit, chloe})
        registered(march, woman);
    registered(april, amina);

    auto const ids = [&](long long session_id) {
        std::map<long long, long long> by_participant;
        for (auto const& registration : registrations(session_id))
            by_participant[registration.participant_id] = registration.id;
        return by_participant;
    };
    auto in_march = ids(march);
    auto const early =
        sessions().mark_attendance(coordinator, march, {{in_march[amina], SessionAttendance::Attended}});
    ASSERT_FALSE(early);
    EXPECT_EQ(early.error().message_key, "errors.information_session.not_held_yet");

    clock.advance(std::chrono::days(40));
    EXPECT_EQ(sessions()
                  .mark_attendance(coordinator, march,
                                   {{in_march[amina], SessionAttendance::Attended},
                                    {in_march[birgit], SessionAttendance::Attended},
                                    {in_march[chloe], SessionAttendance::Absent}})
                  .value(),
              3);
    EXPECT_EQ(sessions()
                  .mark_attendance(coordinator, april, {{ids(april)[amina], SessionAttendance::Attended}})
                  .value(),
              1);
    EXPECT_EQ(sessions()
                  .mark_attendance(coordinator, march, {{in_march[amina], SessionAttendance::Attended}})
                  .value(),
              0)
        << "unchanged";
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'session_registration.marked'"), 4);

    EXPECT_EQ(sessions().women_informed(coordinator, 2026).value(), 2) << "Amina came twice: counted once";
    EXPECT_EQ(sessions().women_informed(funder, 2026).value(), 2) << "an aggregate figure";
    EXPECT_EQ(sessions().women_informed(director, 2025).value(), 0);

    auto const year = sessions().year(coordinator, 2026);
    ASSERT_TRUE(year);
    EXPECT_EQ(year->informed, 2);
    ASSERT_EQ(year->past.size(), 2U);
    EXPECT_EQ(year->past.front().session.id, april) << "the latest first";
    EXPECT_TRUE(year->upcoming.empty());
}

TEST_P(InformationSessions, TheYearsListShowsTodaysSessionAmongThoseToCome)
{
    auto const today = session("2026-03-02");
    auto const later = session("2026-03-12");
    auto const year = sessions().year(coordinator, 2026);
    ASSERT_TRUE(year);
    ASSERT_EQ(year->upcoming.size(), 2U);
    EXPECT_EQ(year->upcoming.front().session.id, today);
    EXPECT_EQ(year->upcoming.back().session.id, later);
    EXPECT_TRUE(year->past.empty());
    EXPECT_TRUE(year->may.manage);
}

TEST_P(InformationSessions, AreKeptByTheCoordinatorAndTheDirectorOnly)
{
    auto const id = session();
    auto const amina = participant("Amina", "Benali");
    for (auto const& actor : {trainer, funder}) {
        EXPECT_FALSE(sessions().sessions(actor, {}));
        EXPECT_EQ(sessions().year(actor, 2026).error().code, domain::ErrorCode::Forbidden);
        EXPECT_EQ(sessions().blank_input(actor, "fr").error().code, domain::ErrorCode::Forbidden)
            << "the new session's form is refused as its saving would be";
        EXPECT_FALSE(sessions().session(actor, id)) << "registrations are personal data";
        EXPECT_FALSE(sessions().register_participant(actor, id, amina));
        EXPECT_FALSE(sessions().save(actor, 0, {"2026-03-12", "09:00", "11:00", "Ici", "fr", "10"}));
    }
    EXPECT_TRUE(sessions().session(director, id));
    EXPECT_FALSE(sessions().register_participant(coordinator, id, 424242));
    auto const blank = sessions().blank_input(coordinator, "nl");
    ASSERT_TRUE(blank);
    EXPECT_EQ(blank->language, "nl");
    EXPECT_EQ(blank->starts_at, "09:30");
}

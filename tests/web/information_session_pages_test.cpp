// Information sessions over HTTP: a woman registers on the public page without an account
// (mistakes said beside the fields, a robot ignored, a confirmation in her language), and the
// coordinator plans sessions, registers women from the register, cancels and marks who came.

#include "training_fixture.hpp"

using namespace tremplin;
using test_support::contains;
using test_support::TrainingWebTest;

class InformationSessionPages : public TrainingWebTest {
  protected:
    void SetUp() override
    {
        TrainingWebTest::SetUp();
        session_id = planned("2026-03-12", "2");
    }

    long long planned(std::string const& day, std::string const& capacity)
    {
        auto const id = recruitment.information_sessions.save(
            head, 0, {day, "09:30", "11:30", "Rue Gaucheret 88", "nl", capacity});
        EXPECT_TRUE(id);
        return id.value_or(0);
    }

    long long woman(std::string const& first, std::string const& last)
    {
        domain::ParticipantInput input;
        input.set(domain::participant_fields::first_name, first);
        input.set(domain::participant_fields::last_name, last);
        input.set(domain::participant_fields::gender, "woman");
        input.set(domain::participant_fields::preferred_language, "fr");
        auto const created =
            participants.create(head, input, service::DuplicateCheck::ConfirmedDifferentPerson);
        EXPECT_TRUE(created && created->id);
        return created && created->id ? *created->id : 0;
    }

    test_support::HttpReply register_publicly(Browser& visitor, std::string const& body)
    {
        get(visitor, "/info/" + std::to_string(session_id), english_headers);
        return post(visitor, "/info/" + std::to_string(session_id),
                    "csrf_token=" + visitor.csrf_token + "&" + body, english_headers);
    }

    static std::string text_in(std::string_view language, std::string_view key)
    {
        return std::string(catalogues().find(language)->text(key));
    }

    std::map<std::string, std::string> const english_headers{{"Accept-Language", "en"}};
    long long session_id = 0;
};
TREMPLIN_ON_EVERY_BACKEND(InformationSessionPages);

TEST_P(InformationSessionPages, AWomanRegistersWithoutAnAccountAndReadsHerConfirmationInHerLanguage)
{
    Browser visitor;
    auto const list = get(visitor, "/info", english_headers);
    EXPECT_EQ(list.status, 200);
    EXPECT_TRUE(contains(list.body, "12 March 2026"));
    EXPECT_TRUE(contains(list.body, "Rue Gaucheret 88"));
    EXPECT_TRUE(contains(list.body, "href=\"/info/" + std::to_string(session_id) + "\""));

    auto const refused = register_publicly(
        visitor, "first_name=Lotte&last_name=&phone=&email=&preferred_language=nl&website=");
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(contains(refused.body, text_in("en", "errors.last_name.missing")));
    EXPECT_TRUE(contains(refused.body, text_in("en", "errors.info.contact_missing")));
    EXPECT_TRUE(contains(refused.body, "value=\"Lotte\"")) << "what she typed comes back";
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 0) << "nothing half-saved";

    auto const sent = register_publicly(
        visitor,
        "first_name=Lotte&last_name=Peeters&phone=0470+12+34+56&email=&preferred_language=nl&website=");
    ASSERT_EQ(sent.status, 303) << sent.body;
    auto const location = sent.header("location");
    EXPECT_TRUE(location.starts_with("/info/registrations/")) << location;

    auto const confirmation = get(visitor, location, english_headers);
    EXPECT_EQ(confirmation.status, 200);
    EXPECT_TRUE(contains(confirmation.body, "lang=\"nl\"")) << "in the language she chose";
    EXPECT_TRUE(contains(confirmation.body, text_in("nl", "info.confirmation.registered_title")));
    EXPECT_TRUE(contains(confirmation.body, "12 maart 2026"));
    EXPECT_TRUE(contains(confirmation.body, text_in("nl", "info.confirmation.waitlist_promise")));
    EXPECT_EQ(
        count("SELECT COUNT(*) FROM participants WHERE first_name = 'Lotte' AND preferred_language = 'nl'"),
        1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM session_registrations"), 1);
    EXPECT_EQ(get(visitor, "/info/registrations/not-a-token", english_headers).status, 404);
}

TEST_P(InformationSessionPages, TellsHerWhenSheIsOnTheWaitingList)
{
    for (auto const* phone : {"0470000001", "0470000002", "0470000003"}) {
        Browser visitor;
        auto const sent =
            register_publicly(visitor, std::string("first_name=Awa&last_name=Diallo") + phone +
                                           "&phone=" + phone + "&preferred_language=en&website=");
        ASSERT_EQ(sent.status, 303);
        if (std::string(phone) == "0470000003") {
            auto const confirmation = get(visitor, sent.header("location"), english_headers);
            EXPECT_TRUE(contains(confirmation.body, text_in("en", "info.confirmation.waitlisted_title")));
        }
    }
    Browser visitor;
    EXPECT_TRUE(contains(get(visitor, "/info/" + std::to_string(session_id), english_headers).body,
                         text_in("en", "info.full")));
}

TEST_P(InformationSessionPages, ARobotFillingTheHiddenFieldRegistersNobody)
{
    Browser robot;
    auto const sent = register_publicly(robot, "first_name=Bot&last_name=Bot&phone=0470000000&preferred_"
                                               "language=en&website=http%3A%2F%2Fspam.example");
    EXPECT_EQ(sent.status, 303) << "it is told nothing";
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM session_registrations"), 0);
}

TEST_P(InformationSessionPages, APastSessionIsNotOffered)
{
    auto const past = planned("2026-02-10", "10");
    Browser visitor;
    EXPECT_FALSE(
        contains(get(visitor, "/info", english_headers).body, "/info/" + std::to_string(past) + "\""));
    EXPECT_EQ(get(visitor, "/info/" + std::to_string(past), english_headers).status, 404);
}

TEST_P(InformationSessionPages, TheCoordinatorPlansASessionAndIsToldHerMistakes)
{
    auto coordinator = signed_in("coordinator");
    auto const home = get(coordinator, "/information-sessions", english_headers);
    EXPECT_EQ(home.status, 200);
    EXPECT_TRUE(contains(home.body, "href=\"/information-sessions\""));
    EXPECT_TRUE(contains(home.body, "12 March 2026"));
    EXPECT_TRUE(contains(home.body, "No woman informed in 2026"));

    EXPECT_EQ(get(coordinator, "/information-sessions/new", english_headers).status, 200);
    auto const refused =
        post(coordinator, "/information-sessions",
             "csrf_token=" + coordinator.csrf_token +
                 "&held_on=2026-04-09&starts_at=14%3A00&ends_at=13%3A00&place=Ici&language=fr&capacity=",
             english_headers);
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(contains(refused.body, text_in("en", "errors.information_session.end_before_start")));
    EXPECT_TRUE(contains(refused.body, text_in("en", "errors.information_session.capacity_missing")));
    EXPECT_TRUE(contains(refused.body, "value=\"2026-04-09\""));
    EXPECT_EQ(count("SELECT COUNT(*) FROM information_sessions"), 1);

    auto const saved =
        post(coordinator, "/information-sessions",
             "csrf_token=" + coordinator.csrf_token +
                 "&held_on=2026-04-09&starts_at=13%3A00&ends_at=15%3A00&place=Ici&language=fr&capacity=15",
             english_headers);
    EXPECT_EQ(saved.status, 303);
    auto const page = get(coordinator, saved.header("location"), english_headers);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Information session of 9 April 2026"));
    EXPECT_TRUE(contains(page.body, "0 of 15"));
}

TEST_P(InformationSessionPages, TheCoordinatorRegistersCancelsAndMarksWhoCame)
{
    auto coordinator = signed_in("coordinator");
    auto const amina = woman("Amina", "Benali");
    auto const birgit = woman("Birgit", "Claes");
    auto const chloe = woman("Chloé", "Dubois");
    auto const path = "/information-sessions/" + std::to_string(session_id);

    auto const found = get(coordinator, path + "?q=Benali", english_headers);
    EXPECT_TRUE(contains(found.body, "Amina Benali"));
    for (auto const id : {amina, birgit, chloe}) {
        auto const registered =
            post(coordinator, path + "/registrations",
                 "csrf_token=" + coordinator.csrf_token + "&participant_id=" + std::to_string(id),
                 english_headers);
        EXPECT_EQ(registered.status, 303);
    }
    auto const page = get(coordinator, path, english_headers);
    EXPECT_TRUE(contains(page.body, "Waiting list (1)"));

    auto const amina_registration =
        count("SELECT id FROM session_registrations WHERE participant_id = " + std::to_string(amina));
    auto const cancelled =
        post(coordinator, path + "/registrations/" + std::to_string(amina_registration) + "/cancellation",
             "csrf_token=" + coordinator.csrf_token, english_headers);
    EXPECT_EQ(cancelled.status, 303);
    EXPECT_EQ(count("SELECT COUNT(*) FROM session_registrations WHERE status = 'registered'"), 2)
        << "Chloé took the seat";

    auto const early =
        post(coordinator, path + "/attendance", "csrf_token=" + coordinator.csrf_token, english_headers);
    EXPECT_EQ(early.status, 409) << "not before the session";

    clock.advance(std::chrono::days(11));
    coordinator = signed_in("coordinator"); // the session of the day before has ended
    auto const held = get(coordinator, path, english_headers);
    EXPECT_TRUE(contains(held.body, text_in("en", "information_sessions.save_attendance")));
    auto const birgit_registration =
        count("SELECT id FROM session_registrations WHERE participant_id = " + std::to_string(birgit));
    auto const chloe_registration =
        count("SELECT id FROM session_registrations WHERE participant_id = " + std::to_string(chloe));
    auto const marked =
        post(coordinator, path + "/attendance",
             "csrf_token=" + coordinator.csrf_token + "&attendance-" + std::to_string(birgit_registration) +
                 "=attended&attendance-" + std::to_string(chloe_registration) + "=absent",
             english_headers);
    EXPECT_EQ(marked.status, 303);
    EXPECT_TRUE(
        contains(get(coordinator, marked.header("location"), english_headers).body, "2 attendances saved."));
    EXPECT_TRUE(contains(get(coordinator, "/information-sessions", english_headers).body,
                         "1 woman informed in 2026"));

    // Each woman's record says which sessions she registered for and how it went.
    auto const record = get(coordinator, "/participants/" + std::to_string(birgit), english_headers);
    EXPECT_TRUE(contains(record.body, text_in("en", "participant.sessions.title")));
    EXPECT_TRUE(contains(record.body, "Rue Gaucheret 88 · <strong>Registered</strong> · Attended"))
        << record.body;
    EXPECT_TRUE(contains(get(coordinator, "/participants/" + std::to_string(amina), english_headers).body,
                         "<strong>Cancelled</strong>"));
}

TEST_P(InformationSessionPages, TrainersSeeNoRegistrations)
{
    auto trainer = signed_in("trainer");
    auto const path = "/information-sessions/" + std::to_string(session_id);
    EXPECT_EQ(get(trainer, "/information-sessions", english_headers).status, 403);
    EXPECT_EQ(get(trainer, path, english_headers).status, 403);
    EXPECT_EQ(get(trainer, "/information-sessions/new", english_headers).status, 403);
    EXPECT_EQ(post(trainer, path + "/registrations", "csrf_token=" + trainer.csrf_token + "&participant_id=1",
                   english_headers)
                  .status,
              403);
    EXPECT_FALSE(contains(get(trainer, "/lessons", english_headers).body, "href=\"/information-sessions\""));
}

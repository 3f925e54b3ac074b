// Applying over HTTP without an account, one question a page, then the pipeline staff read:
// the list, the board, one application, and moves many at a time.

#include "training_fixture.hpp"

#include <regex>

using namespace tremplin;
using test_support::contains;
using test_support::RecruitmentWebTest;

class ApplicationPages : public RecruitmentWebTest {
  protected:
    // Starts a draft as a visitor; the path of its first question.
    std::string start(Browser& visitor)
    {
        get(visitor, "/apply", english_headers);
        auto const started =
            post(visitor, "/apply",
                 "csrf_token=" + visitor.csrf_token + "&intake_id=" + std::to_string(intake_id) + "&website=",
                 english_headers);
        EXPECT_EQ(started.status, 303) << started.body;
        return started.header("location");
    }

    // The resume token in a path "/apply/<token>/<question>".
    static std::string token_in(std::string const& path)
    {
        auto const begin = std::string("/apply/").size();
        return path.substr(begin, path.find('/', begin) - begin);
    }

    test_support::HttpReply answer(Browser& visitor, std::string const& token, std::string const& question,
                                   std::string body)
    {
        return post(visitor, "/apply/" + token + "/" + question,
                    "csrf_token=" + visitor.csrf_token + "&" + body, english_headers);
    }

    long long sent_application(std::string const& first_name, std::string const& phone)
    {
        return m_last_id = RecruitmentWebTest::sent_application(first_name, phone);
    }

    long long m_last_id = 0;
};
TREMPLIN_ON_EVERY_BACKEND(ApplicationPages);

TEST_P(ApplicationPages, HerResumeLinkNamesThisSiteAndNeverAHostTheRequestMadeUp)
{
    Browser visitor;
    auto const first = start(visitor);
    auto const page = get(visitor, first, english_headers);
    EXPECT_TRUE(contains(page.body, "https://127.0.0.1" + first)) << "served behind HTTPS by default";

    auto const forged = client.send_raw("GET " + first + " HTTP/1.1\r\nHost: evil.example/phish?\r\n" +
                                        "Accept-Language: en\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(forged.status, 200);
    EXPECT_FALSE(contains(forged.body, "evil.example")) << "a made-up host is no part of her link";
}

TEST_P(ApplicationPages, AWomanAppliesWithoutAnAccountOneQuestionAPage)
{
    Browser visitor;
    auto const offer = get(visitor, "/apply", english_headers);
    EXPECT_EQ(offer.status, 200);
    EXPECT_TRUE(contains(offer.body, "September 2026 start"));
    EXPECT_TRUE(contains(offer.body, "Web developer"));
    EXPECT_FALSE(contains(offer.body, "diploma is required"));

    auto const first = start(visitor);
    EXPECT_TRUE(first.ends_with("/name")) << first;
    auto const token = token_in(first);

    auto const refused = answer(visitor, token, "name", "first_name=Fatima&last_name=");
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(contains(refused.body, english("errors.last_name.missing")));
    EXPECT_TRUE(contains(refused.body, "value=\"Fatima\"")) << "what she typed comes back";

    auto const named = answer(visitor, token, "name", "first_name=Fatima&last_name=El+Amrani");
    EXPECT_EQ(named.status, 303);
    EXPECT_EQ(named.header("location"), "/apply/" + token + "/contact");
    EXPECT_EQ(answer(visitor, token, "contact", "phone=0470+12+34+56&email=&preferred_language=en").status,
              303);
    EXPECT_EQ(answer(visitor, token, "education", "education_level=").status, 303)
        << "optional: may be skipped";
    auto const chosen = answer(visitor, token, "choices", "choice_1=" + std::to_string(cohort_id));
    EXPECT_EQ(chosen.header("location"), "/apply/" + token + "/check");

    auto const check = get(visitor, "/apply/" + token + "/check", english_headers);
    EXPECT_EQ(check.status, 200);
    EXPECT_TRUE(contains(check.body, "Fatima El Amrani"));
    EXPECT_TRUE(contains(check.body, "0470 12 34 56"));

    auto const send = post(visitor, "/apply/" + token + "/check",
                           "csrf_token=" + visitor.csrf_token + "&website=", english_headers);
    EXPECT_EQ(send.status, 303);
    auto const confirmation = get(visitor, "/apply/" + token + "/sent", english_headers);
    EXPECT_EQ(confirmation.status, 200);
    std::smatch reference;
    EXPECT_TRUE(std::regex_search(confirmation.body, reference, std::regex("2026-[A-Z2-9]{6}")));
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants WHERE first_name = 'Fatima'"), 1);
    EXPECT_EQ(get(visitor, "/apply/" + token + "/name", english_headers).header("location"),
              "/apply/" + token + "/sent")
        << "a sent application is not opened again for changes";
}

TEST_P(ApplicationPages, CheckYourAnswersListsWhatIsMissingWithLinksToTheQuestions)
{
    Browser visitor;
    auto const token = token_in(start(visitor));
    auto const refused = post(visitor, "/apply/" + token + "/check",
                              "csrf_token=" + visitor.csrf_token + "&website=", english_headers);
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(contains(refused.body, "href=\"/apply/" + token + "/name?from=check\""));
    EXPECT_TRUE(contains(refused.body, english("errors.apply.contact_missing")));
    EXPECT_TRUE(contains(refused.body, english("errors.apply.choice_missing")));
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 0);
}

TEST_P(ApplicationPages, ARobotFillingTheHiddenFieldSendsNothing)
{
    Browser visitor;
    auto const token = token_in(start(visitor));
    answer(visitor, token, "name", "first_name=Bot&last_name=Bot");
    answer(visitor, token, "contact", "phone=0470000000&preferred_language=en");
    answer(visitor, token, "choices", "choice_1=" + std::to_string(cohort_id));
    auto const sent =
        post(visitor, "/apply/" + token + "/check",
             "csrf_token=" + visitor.csrf_token + "&website=http%3A%2F%2Fspam.example", english_headers);
    EXPECT_EQ(sent.status, 303) << "it is told nothing";
    EXPECT_EQ(count("SELECT COUNT(*) FROM applications WHERE reference IS NOT NULL"), 0);
}

TEST_P(ApplicationPages, AnUnknownResumeLinkIsNotFound)
{
    Browser visitor;
    EXPECT_EQ(get(visitor, "/apply/not-a-real-token/name", english_headers).status, 404);
}

TEST_P(ApplicationPages, TheCoordinatorSeesThePipelineAsAListAndABoard)
{
    sent_application("Amina", "0470 00 00 01");
    auto const zoe = sent_application("Zoë", "0470 00 00 02");
    auto coordinator = signed_in("coordinator");

    auto const list = get(coordinator, "/applications", english_headers);
    EXPECT_EQ(list.status, 200);
    EXPECT_TRUE(contains(list.body, "Amina Benali"));
    EXPECT_TRUE(contains(list.body, "Zoë Benali"));
    EXPECT_TRUE(contains(list.body, "WEB 2026-B")) << "her first choice";
    EXPECT_TRUE(contains(list.body, "2 applications"));

    auto const board = get(coordinator, "/applications?view=board", english_headers);
    EXPECT_EQ(board.status, 200);
    EXPECT_TRUE(contains(board.body, english("applications.stages.info_session_attended")));

    auto const filtered = get(coordinator, "/applications?stage=interviewed", english_headers);
    EXPECT_TRUE(contains(filtered.body, english("applications.none")));

    auto const record =
        get(coordinator,
            "/participants/" + std::to_string(count("SELECT participant_id FROM applications WHERE id = " +
                                                    std::to_string(zoe))),
            english_headers);
    EXPECT_TRUE(contains(record.body, "href=\"/applications/" + std::to_string(zoe) + "\""))
        << "on her record";

    auto const one = get(coordinator, "/applications/" + std::to_string(zoe), english_headers);
    EXPECT_EQ(one.status, 200);
    EXPECT_TRUE(contains(one.body, "0470 00 00 02"));
    EXPECT_TRUE(contains(one.body, "Web developer")) << "her choices, as she saw them";
}

TEST_P(ApplicationPages, TheListShowsAHundredApplicationsAPage)
{
    for (int i = 0; i < 105; ++i) {
        if (i % 9 == 8) // starting and sending count against the limit of forms from one address
            clock.advance(std::chrono::hours(2));
        auto const first_name =
            std::string("Awa ") + static_cast<char>('A' + i / 26) + static_cast<char>('a' + i % 26);
        sent_application(first_name,
                         "0470 00 " + std::to_string(10 + i / 50) + " " + std::to_string(10 + i % 50));
    }
    auto coordinator = signed_in("coordinator");
    auto const rows = [](std::string const& body) {
        std::size_t found = 0;
        for (auto at = body.find("name=\"ids\""); at != std::string::npos;
             at = body.find("name=\"ids\"", at + 1))
            ++found;
        return found;
    };

    auto const first = get(coordinator, "/applications", english_headers);
    EXPECT_TRUE(contains(first.body, "Applications 1 to 100 of 105"));
    EXPECT_EQ(rows(first.body), 100U);
    EXPECT_TRUE(contains(first.body, "Page 1 of 2"));
    auto const intake = "/applications?intake=" + std::to_string(intake_id);
    EXPECT_TRUE(contains(first.body, "href=\"" + intake + "&amp;page=2\" rel=\"next\""));

    auto const second = get(coordinator, intake + "&page=2", english_headers);
    EXPECT_TRUE(contains(second.body, "Applications 101 to 105 of 105"));
    EXPECT_EQ(rows(second.body), 5U);
    EXPECT_TRUE(contains(second.body, "rel=\"prev\""));
    EXPECT_TRUE(contains(second.body, "name=\"return_to\" value=\"" + intake + "&amp;page=2\""))
        << "after a move she comes back to the page she was on";
    EXPECT_TRUE(
        contains(get(coordinator, intake + "&page=99", english_headers).body, "Applications 101 to 105"))
        << "a page past the end shows the last";
    auto const board = get(coordinator, "/applications?view=board", english_headers).body;
    EXPECT_TRUE(contains(board, "105 applications")) << "the board counts them all";
    std::size_t cards = 0;
    for (auto at = board.find("class=\"board-card\""); at != std::string::npos;
         at = board.find("class=\"board-card\"", at + 1))
        ++cards;
    EXPECT_EQ(cards, 50U) << "a column shows those waiting longest";
    EXPECT_TRUE(contains(board, "And 55 more: see the list"));
    EXPECT_TRUE(contains(board, "href=\"" + intake + "&amp;stage=submitted\""));
}

TEST_P(ApplicationPages, TheCoordinatorMovesSelectedApplicationsTogether)
{
    auto const amina = sent_application("Amina", "0470 00 00 01");
    auto const zoe = sent_application("Zoë", "0470 00 00 02");
    auto coordinator = signed_in("coordinator");
    get(coordinator, "/applications", english_headers);

    auto const nothing =
        post(coordinator, "/applications/moves",
             "csrf_token=" + coordinator.csrf_token + "&stage=interviewed&return_to=%2Fapplications");
    EXPECT_EQ(nothing.header("location"), "/applications?notice=none_selected");
    EXPECT_TRUE(contains(get(coordinator, nothing.header("location"), english_headers).body,
                         english("applications.none_selected")));

    auto const moved = post(coordinator, "/applications/moves",
                            "csrf_token=" + coordinator.csrf_token + "&ids=" + std::to_string(amina) +
                                "&ids=" + std::to_string(zoe) +
                                "&stage=interviewed&return_to=%2Fapplications%3Fstage%3Dsubmitted");
    EXPECT_EQ(moved.header("location"), "/applications?stage=submitted&notice=moved&moved=2");
    EXPECT_EQ(count("SELECT COUNT(*) FROM applications WHERE stage = 'interviewed'"), 2);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'application.moved'"), 2);

    auto const elsewhere = post(coordinator, "/applications/moves",
                                "csrf_token=" + coordinator.csrf_token + "&ids=" + std::to_string(amina) +
                                    "&stage=decided&return_to=https%3A%2F%2Fevil.example%2F");
    EXPECT_TRUE(elsewhere.header("location").starts_with("/applications?")) << "never another site";
}

TEST_P(ApplicationPages, TrainersDoNotSeeApplications)
{
    sent_application("Amina", "0470 00 00 01");
    auto trainer = signed_in("trainer");
    EXPECT_EQ(get(trainer, "/applications").status, 403);
    EXPECT_EQ(get(trainer, "/applications/" + std::to_string(m_last_id)).status, 403);
}

TEST_P(ApplicationPages, AnIntakeFormComesBackWithWhatWasTyped)
{
    auto coordinator = signed_in("coordinator");
    EXPECT_EQ(get(coordinator, "/intakes/new", english_headers).status, 200);
    auto const refused =
        post(coordinator, "/intakes",
             "csrf_token=" + coordinator.csrf_token + "&name=&opens_on=2026-09-01&closes_on=2026-08-01",
             english_headers);
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(contains(refused.body, english("errors.intake.name_missing")));
    EXPECT_TRUE(contains(refused.body, english("errors.intake.closes_before_opening")));
    EXPECT_TRUE(contains(refused.body, english("errors.intake.no_cohort")));
    EXPECT_TRUE(contains(refused.body, "value=\"2026-09-01\""));

    auto const saved = post(coordinator, "/intakes",
                            "csrf_token=" + coordinator.csrf_token +
                                "&name=January+2027&opens_on=2026-09-01&closes_on=2026-11-30&cohorts=" +
                                std::to_string(cohort_id),
                            english_headers);
    EXPECT_EQ(saved.status, 303);
    auto const list = get(coordinator, "/intakes", english_headers);
    EXPECT_TRUE(contains(list.body, "January 2027"));
    EXPECT_TRUE(contains(list.body, english("intakes.status.coming")));
}

TEST_P(ApplicationPages, TheOutboxKeepsTheLettersToPostAndSaysWhenTheyAreSent)
{
    sent_application("Amina", "0470 00 00 01");
    auto const letter_id = count("SELECT MAX(id) FROM letters");
    auto coordinator = signed_in("coordinator");

    auto const waiting = get(coordinator, "/outbox", english_headers);
    EXPECT_EQ(waiting.status, 200);
    EXPECT_TRUE(contains(waiting.body, "Amina Benali"));
    EXPECT_TRUE(contains(waiting.body, "Nous avons bien reçu votre candidature"))
        << "in her language, French";
    EXPECT_TRUE(contains(waiting.body, english("outbox.status.to_give")));

    auto const letter = get(coordinator, "/outbox/" + std::to_string(letter_id), english_headers);
    EXPECT_EQ(letter.status, 200);
    EXPECT_TRUE(contains(letter.body, "Bonjour Amina,"));
    EXPECT_TRUE(contains(letter.body, "0470 00 00 01")) << "her phone, to read it out";

    auto const marked = post(coordinator, "/outbox/" + std::to_string(letter_id) + "/sent",
                             "csrf_token=" + coordinator.csrf_token);
    EXPECT_EQ(marked.header("location"), "/outbox/" + std::to_string(letter_id) + "?notice=sent");
    EXPECT_TRUE(contains(get(coordinator, "/outbox", english_headers).body, english("outbox.none_waiting")));
    EXPECT_TRUE(
        contains(get(coordinator, "/outbox?sent=1", english_headers).body, english("outbox.status.by_hand")));

    auto trainer = signed_in("trainer");
    EXPECT_EQ(get(trainer, "/outbox").status, 403);
}

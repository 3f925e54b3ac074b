// docs/design.md "Least privilege" over HTTP: the record page, its form and the API leave out
// disability and minority for whoever the director has not named; she names a colleague on the
// accounts page; a trainer's cohort pages are hers only, and any other is "not found".

#include "training_fixture.hpp"

#include <nlohmann/json.hpp>

using namespace tremplin;
using nlohmann::json;
using test_support::contains;
namespace fields = domain::participant_fields;

namespace {

std::map<std::string, std::string> const english{{"Accept-Language", "en"}};
std::string const disability_label = "Does she have a disability?";
std::string const minority_label = "Does she consider she belongs to a minority?";

} // namespace

class SpecialCategoryPages : public test_support::TrainingWebTest {
  protected:
    void SetUp() override
    {
        TrainingWebTest::SetUp();
        domain::ParticipantInput input;
        input.set(fields::first_name, "Hélène");
        input.set(fields::last_name, "Dubois");
        input.set(fields::gender, "woman");
        input.set(fields::preferred_language, "fr");
        input.set(fields::disability, "yes");
        input.set(fields::minority, "refused");
        auto const created = participants.create(head, input, service::DuplicateCheck::Warn);
        ASSERT_TRUE(created && created->id);
        id = *created->id;
    }

    std::string record_path() const { return "/participants/" + std::to_string(id); }

    long long coordinator_id()
    {
        return count("SELECT id FROM staff_accounts WHERE username = 'coordinator'");
    }

    test_support::HttpReply api(std::string const& method, std::string const& token,
                                std::string const& body = "")
    {
        std::map<std::string, std::string> headers{{"Authorization", "Bearer " + token},
                                                   {"Accept-Language", "en"}};
        if (!body.empty())
            headers["Content-Type"] = "application/json";
        return client.request(method, "/api/v1" + record_path(), body, headers);
    }

    long long stored_disability_yes()
    {
        return count("SELECT COUNT(*) FROM participants WHERE disability = 'yes' AND minority = 'refused'");
    }

    long long id = 0;
};
TREMPLIN_ON_EVERY_BACKEND(SpecialCategoryPages);

TEST_P(SpecialCategoryPages, TheRecordAndItsFormLeaveThemOutForACoordinatorNotNamed)
{
    auto coordinator = signed_in("coordinator");
    auto const page = get(coordinator, record_path(), english);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Hélène"));
    EXPECT_FALSE(contains(page.body, disability_label)) << "no row, not even “not given”";
    EXPECT_FALSE(contains(page.body, minority_label));

    auto const form = get(coordinator, record_path() + "/edit", english);
    ASSERT_EQ(form.status, 200);
    EXPECT_FALSE(contains(form.body, "name=\"disability\""));
    EXPECT_FALSE(contains(form.body, "name=\"minority\""));
    EXPECT_TRUE(contains(form.body, "name=\"single_parent\"")) << "the other questions of her situation stay";

    auto const saved =
        post(coordinator, record_path(),
             "csrf_token=" + coordinator.csrf_token +
                 "&first_name=H%C3%A9l%C3%A8ne&last_name=Dubois&gender=woman&preferred_language=fr"
                 "&phone=0470+12+34+56");
    EXPECT_EQ(saved.status, 303) << saved.body;
    EXPECT_EQ(stored_disability_yes(), 1) << "the edit kept what she could not see";

    auto director = signed_in("director");
    auto const full = get(director, record_path(), english);
    EXPECT_TRUE(contains(full.body, disability_label));
    EXPECT_TRUE(contains(full.body, minority_label));
    EXPECT_TRUE(contains(get(director, record_path() + "/edit", english).body, "name=\"disability\""));
}

TEST_P(SpecialCategoryPages, TheApiLeavesThemOutForATokenOfAnAccountNotNamed)
{
    auto const coordinator = accounts.create_api_token("coordinator", "tests").value();
    auto const read = api("GET", coordinator);
    ASSERT_EQ(read.status, 200);
    auto const body = json::parse(read.body);
    EXPECT_FALSE(body.contains("disability")) << "left out, not null";
    EXPECT_FALSE(body.contains("minority"));
    EXPECT_EQ(body.at("first_name"), "Hélène");

    auto const changed = api("PATCH", coordinator, R"({"phone": "0470 12 34 56"})");
    ASSERT_EQ(changed.status, 200) << changed.body;
    EXPECT_FALSE(json::parse(changed.body).contains("disability"));
    EXPECT_EQ(stored_disability_yes(), 1);

    auto const refused = api("PATCH", coordinator, R"({"disability": "no"})");
    EXPECT_EQ(refused.status, 422) << refused.body;
    std::map<std::string, std::string> errors;
    auto const problem = json::parse(refused.body);
    for (auto const& error : problem.value("errors", json::array()))
        errors[error["field"].get<std::string>()] = error["message"].get<std::string>();
    EXPECT_EQ(errors["disability"], "You may not record this answer: ask the director.") << refused.body;
    EXPECT_EQ(stored_disability_yes(), 1);

    auto const director = accounts.create_api_token("director", "tests").value();
    auto const full = json::parse(api("GET", director).body);
    EXPECT_EQ(full.at("disability"), "yes");
    EXPECT_EQ(full.at("minority"), "refused");
}

TEST_P(SpecialCategoryPages, TheDirectorNamesAColleagueOnTheAccountsPage)
{
    auto coordinator = signed_in("coordinator");
    auto const token = accounts.create_api_token("coordinator", "tests").value();
    auto const grant_path = "/accounts/" + std::to_string(coordinator_id()) + "/special-categories";
    EXPECT_EQ(post(coordinator, grant_path, "csrf_token=" + coordinator.csrf_token + "&granted=yes").status,
              403);

    auto director = signed_in("director");
    auto const page = get(director, "/accounts", english);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "<th scope=\"col\">Disability and minority</th>"));
    EXPECT_TRUE(contains(page.body, "Reads them (director)"));
    EXPECT_TRUE(contains(page.body, "Never, by her role")) << "the trainer";
    EXPECT_TRUE(contains(page.body, "aria-label=\"Allow Name of coordinator to read disability and minority "
                                    "answers\""));
    EXPECT_TRUE(contains(page.body, "action=\"" + grant_path + "\""));

    auto const granted = post(director, grant_path, "csrf_token=" + director.csrf_token + "&granted=yes");
    EXPECT_EQ(granted.status, 303);
    EXPECT_EQ(granted.header("location"), "/accounts?notice=special_categories_granted");
    auto const after = get(director, "/accounts?notice=special_categories_granted", english);
    EXPECT_TRUE(contains(after.body, "She may now read disability and minority answers."));
    EXPECT_TRUE(contains(after.body, "aria-label=\"Withdraw Name of coordinator’s access to disability and "
                                     "minority answers\""));
    EXPECT_EQ(
        count("SELECT COUNT(*) FROM audit_events WHERE action = 'staff_account.special_categories_granted'"),
        1);

    EXPECT_TRUE(contains(get(coordinator, record_path(), english).body, disability_label))
        << "her session follows at once";
    EXPECT_EQ(json::parse(api("GET", token).body).at("disability"), "yes") << "and so does her token";

    EXPECT_EQ(post(director, grant_path, "csrf_token=" + director.csrf_token + "&granted=no").status, 303);
    EXPECT_FALSE(contains(get(coordinator, record_path(), english).body, disability_label));
    EXPECT_FALSE(json::parse(api("GET", token).body).contains("disability"));

    auto const trainer_path =
        "/accounts/" + std::to_string(count("SELECT id FROM staff_accounts WHERE username = 'trainer'")) +
        "/special-categories";
    EXPECT_EQ(post(director, trainer_path, "csrf_token=" + director.csrf_token + "&granted=yes").status, 409);
}

class TrainersCohortPages : public test_support::TrainingWebTest {
  protected:
    void SetUp() override
    {
        TrainingWebTest::SetUp();
        auto const track_id = web_track({{"HTML", "HTML", "HTML"}});
        hers = cohort(track_id, "WEB 2026-A", "Salle 1");
        other = cohort(track_id, "WEB 2026-Z", "Salle 2");
        auto const sofia = trainer("Sofia Marchetti", domain::Gender::Woman, "trainer");
        ASSERT_NE(morning_lesson(hers, sofia, clock.today(), "Salle 1"), 0);
        ana = enrol_woman(hers, "Ana", "Popa", clock.today()).value_or(0);
        lina = enrol_woman(other, "Lina", "Haddad", clock.today()).value_or(0);
    }

    long long cohort(long long track_id, std::string const& name, std::string const& room)
    {
        domain::Cohort cohort;
        cohort.track_id = track_id;
        cohort.name = name;
        cohort.starts_on = *domain::Date::parse_iso("2026-02-02");
        cohort.ends_on = *domain::Date::parse_iso("2026-06-30");
        cohort.capacity = 12;
        cohort.room = room;
        return training.cohorts.create(head, cohort).value_or(0);
    }

    static std::string path(long long cohort_id) { return "/cohorts/" + std::to_string(cohort_id); }

    long long hers = 0, other = 0, ana = 0, lina = 0;
};
TREMPLIN_ON_EVERY_BACKEND(TrainersCohortPages);

TEST_P(TrainersCohortPages, AnotherCohortIsNotFound)
{
    auto trainer = signed_in("trainer");
    auto const list = get(trainer, "/cohorts", english);
    ASSERT_EQ(list.status, 200);
    EXPECT_TRUE(contains(list.body, "WEB 2026-A"));
    EXPECT_FALSE(contains(list.body, "WEB 2026-Z"));

    for (auto const& address :
         {path(other), path(other) + "/results", path(other) + "/register.xlsx",
          path(other) + "/statement.csv?month=2026-03", path(other) + "/statement.xlsx?month=2026-03",
          "/enrolments/" + std::to_string(lina) + "/attestation.pdf"}) {
        auto const reply = get(trainer, address, english);
        EXPECT_EQ(reply.status, 404) << address;
        EXPECT_FALSE(contains(reply.body, "WEB 2026-Z")) << address;
        EXPECT_FALSE(contains(reply.body, "Haddad")) << address;
    }
    EXPECT_EQ(get(trainer, path(424242), english).status, 404) << "as a cohort that does not exist";
}

TEST_P(TrainersCohortPages, HerOwnCohortWorksWithoutTheRegistersDocuments)
{
    auto trainer = signed_in("trainer");
    auto const page = get(trainer, path(hers), english);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Popa, Ana"));
    EXPECT_TRUE(contains(page.body, "Timetable for phones"))
        << "her timetable for phones, its link sent by staff";
    EXPECT_FALSE(contains(page.body, "/calendar/"))
        << "the link itself is shown only once, to whoever made it";
    EXPECT_FALSE(contains(page.body, "register.xlsx")) << "no document she would be refused";
    EXPECT_FALSE(contains(page.body, "attestation.pdf"));
    EXPECT_FALSE(contains(page.body, "href=\"/participants/")) << "no record she would be refused";
    EXPECT_EQ(get(trainer, path(hers) + "/results", english).status, 200);
    EXPECT_EQ(get(trainer, path(hers) + "/register.xlsx", english).status, 403);
    EXPECT_EQ(get(trainer, "/enrolments/" + std::to_string(ana) + "/attestation.pdf", english).status, 403);

    auto coordinator = signed_in("coordinator");
    auto const full = get(coordinator, path(hers), english);
    EXPECT_TRUE(contains(full.body, "register.xlsx"));
    EXPECT_TRUE(contains(full.body, "attestation.pdf"));
    EXPECT_EQ(get(coordinator, path(other), english).status, 200);
}

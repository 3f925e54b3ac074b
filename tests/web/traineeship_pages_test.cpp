// The traineeship pages on both backends: the cohort's board lists every trainee still in it with
// her traineeships or "none yet"; the job coach records one in two steps without JavaScript (a
// refusal comes back beside its field with what she typed); the traineeship's page changes its
// status, records the signatures and the hire; the agreement downloads in the trainee's language.

#include "report/document_fixture.hpp"
#include "training_fixture.hpp"

#include <nlohmann/json.hpp>

using namespace tremplin;
using test_support::contains;

namespace {

std::map<std::string, std::string> const in_english{{"Accept-Language", "en"}};

class TraineeshipPages : public test_support::TrainingWebTest {
  protected:
    void SetUp() override
    {
        TrainingWebTest::SetUp();
        ASSERT_TRUE(accounts.add_account({"jobcoach", "Name of jobcoach", domain::Role::JobCoach, password}));
        domain::Cohort cohort;
        cohort.track_id = track_id = web_track({{"HTML", "HTML", "HTML"}});
        cohort.name = "WEB 2026-A";
        cohort.starts_on = day("2026-03-02");
        cohort.ends_on = day("2026-06-30");
        cohort.capacity = 12;
        cohort.traineeship = domain::TraineeshipPeriod{day("2026-06-01"), day("2026-06-26")};
        auto const created = training.cohorts.create(head, cohort);
        ASSERT_TRUE(created);
        cohort_id = *created;
        auto const enrolments = enrol_two_trainees(cohort_id, day("2026-03-02"));
        amina = enrolments[0];
        zoe = enrolments[1];
        // A funder is listed after the enterprises, though its name comes first.
        ASSERT_TRUE(partner("Aardvark Fund", "funder"));
        acme = partner("Acme Brussels SRL", "enterprise");
        lena = *partners.add_contact(head, acme,
                                     {.name = "Lena Peeters", .role = "Head of IT", .language = "nl"});
        other_offer = offer_of(partner("Banque Populaire SA", "enterprise"));
    }

    static domain::Date day(std::string_view iso) { return *domain::Date::parse_iso(iso); }

    long long partner(std::string const& name, std::string const& kind)
    {
        auto const created =
            partners.create(head, {.name = name, .kind = kind}, service::DuplicateCheck::Warn);
        EXPECT_TRUE(created && created->id);
        return created && created->id ? *created->id : 0;
    }

    long long offer_of(long long partner_id)
    {
        domain::OfferInput input;
        input.title = "Support technician";
        input.occupation = "3512";
        input.tracks = {std::to_string(track_id)};
        input.places = "1";
        input.starts_on = "2026-06-01";
        input.ends_on = "2026-06-26";
        input.hours_per_week = "38";
        return offers.create(head, partner_id, input).value_or(0);
    }

    std::string board() const { return "/cohorts/" + std::to_string(cohort_id) + "/traineeships"; }

    // What step 2 sends: Amina at Acme, with Lena as her tutor.
    std::string step_two(std::string const& csrf_token, std::string const& starts_on,
                         std::string const& offer = "", long long enrolment = 0) const
    {
        return "csrf_token=" + csrf_token + "&partner=" + std::to_string(acme) +
               "&enrolment=" + std::to_string(enrolment ? enrolment : amina) +
               "&tutor=" + std::to_string(lena) + "&offer=" + offer + "&starts_on=" + starts_on +
               "&ends_on=2026-06-26&hours_per_week=38";
    }

    // One recorded through the service: its id.
    long long recorded()
    {
        domain::Traineeship traineeship;
        traineeship.enrolment_id = amina;
        traineeship.partner_id = acme;
        traineeship.tutor_contact_id = lena;
        traineeship.starts_on = day("2026-06-01");
        traineeship.ends_on = day("2026-06-26");
        traineeship.hours_per_week = 38;
        auto const id = traineeships.record(head, traineeship);
        EXPECT_TRUE(id);
        return id.value_or(0);
    }

    long long track_id = 0, cohort_id = 0, amina = 0, zoe = 0, acme = 0, lena = 0, other_offer = 0;
};
TREMPLIN_ON_EVERY_BACKEND(TraineeshipPages);

} // namespace

TEST_P(TraineeshipPages, TheJobCoachRecordsOneInTwoStepsFromTheCohortsBoard)
{
    auto browser = signed_in("jobcoach");
    auto const cohort_page = get(browser, "/cohorts/" + std::to_string(cohort_id), in_english);
    EXPECT_TRUE(contains(cohort_page.body, "href=\"" + board() + "\"")) << cohort_page.body;
    auto const empty = get(browser, board(), in_english);
    ASSERT_EQ(empty.status, 200) << empty.body;
    EXPECT_TRUE(contains(empty.body, "1 June 2026 – 26 June 2026"));
    EXPECT_TRUE(contains(empty.body, "Benali, Amina</a></th><td colspan=\"5\">None yet"));
    EXPECT_TRUE(contains(empty.body, "href=\"" + board() + "/new\""));

    auto const step_one = get(browser, board() + "/new?enrolment=" + std::to_string(amina), in_english);
    ASSERT_EQ(step_one.status, 200);
    EXPECT_TRUE(
        contains(step_one.body, "<option value=\"" + std::to_string(amina) + "\" selected>Benali, Amina"));
    EXPECT_LT(step_one.body.find("Acme Brussels SRL"), step_one.body.find("Aardvark Fund"))
        << "enterprises first";
    auto const no_trainee =
        get(browser, board() + "/new?enrolment=&partner=" + std::to_string(acme), in_english);
    EXPECT_EQ(no_trainee.status, 422);
    EXPECT_TRUE(contains(no_trainee.body, "Choose the trainee</p>"));

    auto const second_step =
        get(browser, board() + "/new?enrolment=" + std::to_string(amina) + "&partner=" + std::to_string(acme),
            in_english);
    ASSERT_EQ(second_step.status, 200);
    EXPECT_TRUE(contains(second_step.body, ">Lena Peeters, Head of IT</option>"));
    EXPECT_TRUE(contains(second_step.body, "name=\"starts_on\" type=\"date\" value=\"2026-06-01\""));
    EXPECT_FALSE(contains(second_step.body, "Support technician"))
        << "another partner's offer is not offered";

    auto const outside = post(browser, board(), step_two(browser.csrf_token, "2026-05-25"), in_english);
    EXPECT_EQ(outside.status, 422);
    EXPECT_TRUE(
        contains(outside.body, "The traineeship must fall within the cohort’s traineeship period</p>"));
    EXPECT_TRUE(contains(outside.body, "name=\"starts_on\" type=\"date\" value=\"2026-05-25\""));
    EXPECT_TRUE(contains(outside.body, "<option value=\"" + std::to_string(lena) + "\" selected>"));
    auto const wrong_offer =
        post(browser, board(), step_two(browser.csrf_token, "2026-06-01", std::to_string(other_offer)),
             in_english);
    EXPECT_EQ(wrong_offer.status, 422);
    EXPECT_TRUE(contains(wrong_offer.body, "Choose an offer from this enterprise</p>")) << wrong_offer.body;
    EXPECT_TRUE(contains(wrong_offer.body, "href=\"#offer\""));
    EXPECT_EQ(count("SELECT COUNT(*) FROM traineeships"), 0);

    auto const added = post(browser, board(), step_two(browser.csrf_token, "2026-06-01"), in_english);
    ASSERT_EQ(added.status, 303) << added.body;
    auto const id = std::to_string(count("SELECT id FROM traineeships"));
    EXPECT_EQ(added.header("location"), "/traineeships/" + id + "?notice=recorded");
    auto const listed = get(browser, board(), in_english);
    EXPECT_TRUE(contains(listed.body, "<a href=\"/traineeships/" + id + "\">Acme Brussels SRL</a>"));
    EXPECT_TRUE(contains(listed.body, "<td>Planned</td><td>Lena Peeters</td><td>0 of 3</td>"));
    EXPECT_TRUE(contains(listed.body, "Peeters, Zoë</a></th><td colspan=\"5\">None yet"));
}

TEST_P(TraineeshipPages, ATraineeWhoLeftIsRefusedBesideHerName)
{
    ASSERT_TRUE(training.enrolments.change_stage(
        head, zoe, {domain::EnrolmentStage::Withdrawn, {}, domain::WithdrawalReason::FoundJob, 0}));
    auto browser = signed_in("jobcoach");
    EXPECT_FALSE(contains(get(browser, board(), in_english).body, "Peeters, Zoë")) << "she left the cohort";
    auto const refused =
        post(browser, board(), step_two(browser.csrf_token, "2026-06-01", "", zoe), in_english);
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(contains(refused.body, "This trainee has left the cohort</p>")) << refused.body;
    EXPECT_TRUE(contains(refused.body, "href=\"#enrolment\""));
    EXPECT_EQ(count("SELECT COUNT(*) FROM traineeships"), 0);
}

TEST_P(TraineeshipPages, ItsPageMovesItsStatusAndRecordsTheSignaturesAndTheHire)
{
    auto const id = recorded();
    auto const path = "/traineeships/" + std::to_string(id);
    auto browser = signed_in("jobcoach");
    auto const page = get(browser, path, in_english);
    ASSERT_EQ(page.status, 200) << page.body;
    EXPECT_TRUE(contains(page.body, "<h1>Traineeship of Amina Benali</h1>"));
    EXPECT_TRUE(contains(page.body, "href=\"/partners/" + std::to_string(acme) + "\">Acme Brussels SRL</a>"));
    EXPECT_TRUE(contains(page.body, "href=\"" + path + "/agreement.pdf\""));
    EXPECT_TRUE(contains(page.body, "Placed without an offer"));

    auto const csrf = "csrf_token=" + browser.csrf_token;
    EXPECT_EQ(post(browser, path + "/status", csrf + "&status=ongoing", in_english).status, 303);
    auto const no_reason =
        post(browser, path + "/status", csrf + "&status=interrupted&left_on=2026-06-10", in_english);
    EXPECT_EQ(no_reason.status, 422);
    EXPECT_TRUE(contains(no_reason.body, "Choose why the traineeship stopped</p>"));
    EXPECT_TRUE(contains(no_reason.body, "name=\"left_on\" type=\"date\" value=\"2026-06-10\""));

    auto const future = clock.today().plus_days(1).iso();
    auto const too_soon =
        post(browser, path + "/signatures", csrf + "&party=host&signed_on=" + future, in_english);
    EXPECT_EQ(too_soon.status, 422);
    EXPECT_TRUE(contains(too_soon.body, "The date of signing cannot be in the future</p>"));
    EXPECT_TRUE(
        contains(too_soon.body, "id=\"host-signed_on\" name=\"signed_on\" type=\"date\" value=\"" + future));
    EXPECT_EQ(
        post(browser, path + "/signatures", csrf + "&party=host&signed_on=" + clock.today().iso(), in_english)
            .status,
        303);
    EXPECT_EQ(post(browser, path + "/hired", csrf + "&hired=yes", in_english).status, 303);

    auto const after = get(browser, path, in_english);
    EXPECT_TRUE(contains(after.body, "<dd>Ongoing</dd>"));
    EXPECT_TRUE(contains(after.body, "Signed on " + catalogues().find("en")->date(clock.today())));
    EXPECT_TRUE(contains(after.body, "<dt>Hired by the host</dt><dd>Yes</dd>"));
    EXPECT_TRUE(contains(get(browser, board(), in_english).body, "<td>1 of 3</td>"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action IN ('traineeship.status_changed', "
                    "'traineeship.agreement_signed', 'traineeship.hired_by_host_recorded')"),
              3);

    auto coordinator = signed_in("coordinator");
    auto const read_only = get(coordinator, path, in_english);
    EXPECT_EQ(read_only.status, 200);
    EXPECT_FALSE(contains(read_only.body, "action=\"" + path + "/status\"")) << "the coordinator reads it";
}

TEST_P(TraineeshipPages, TheAgreementDownloadsInTheTraineesLanguage)
{
    auto const id = recorded();
    auto browser = signed_in("jobcoach");
    auto const pdf = get(browser, "/traineeships/" + std::to_string(id) + "/agreement.pdf", in_english);
    ASSERT_EQ(pdf.status, 200);
    EXPECT_EQ(pdf.header("content-type"), "application/pdf");
    EXPECT_TRUE(pdf.body.starts_with("%PDF"));
    report::testing::TemporaryDirectory directory;
    auto const text = report::testing::text_of(directory, pdf.body);
    EXPECT_TRUE(contains(text, "Convention de stage")) << "she speaks French: " << text;
    EXPECT_TRUE(contains(text, "Acme Brussels SRL"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'traineeship.agreement_printed'"), 1);
    EXPECT_EQ(get(browser, "/traineeships/" + std::to_string(id + 1) + "/agreement.pdf", in_english).status,
              404);
}

TEST_P(TraineeshipPages, TheApiGivesTheCohortsTraineeshipsAndOneWithItsSignatures)
{
    auto const id = recorded();
    ASSERT_TRUE(traineeships.record_signature(head, id, service::AgreementParty::Host, day("2026-03-01")));
    auto const token = accounts.create_api_token("coordinator", "tests");
    ASSERT_TRUE(token);
    std::map<std::string, std::string> const headers{{"Authorization", "Bearer " + *token}};

    auto const list =
        client.request("GET", "/api/v1/cohorts/" + std::to_string(cohort_id) + "/traineeships", "", headers);
    ASSERT_EQ(list.status, 200) << list.body;
    auto const items = nlohmann::json::parse(list.body)["items"];
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0]["partner_name"], "Acme Brussels SRL");
    EXPECT_EQ(items[0]["status"], "planned");
    EXPECT_EQ(items[0]["offer_id"], nullptr);

    auto const one = client.request("GET", "/api/v1/traineeships/" + std::to_string(id), "", headers);
    ASSERT_EQ(one.status, 200) << one.body;
    auto const json = nlohmann::json::parse(one.body);
    EXPECT_EQ(json["tutor_contact_id"], lena);
    EXPECT_EQ(json["agreement_signed_on"]["host"], "2026-03-01");
    EXPECT_EQ(json["agreement_signed_on"]["trainee"], nullptr);
    EXPECT_EQ(json["cohort_id"], cohort_id);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action IN ('traineeships.listed', "
                    "'traineeship.viewed')"),
              2);

    auto const trainer = accounts.create_api_token("trainer", "tests");
    ASSERT_TRUE(trainer);
    EXPECT_EQ(client
                  .request("GET", "/api/v1/traineeships/" + std::to_string(id), "",
                           {{"Authorization", "Bearer " + *trainer}})
                  .status,
              403);
}

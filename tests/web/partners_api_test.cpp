// /api/v1/partners and /api/v1/offers: the job coach's token adds and changes a partner with
// the pages' rules (the enterprise number's check, the duplicate warning), the coordinator's
// reads it and changes nothing, and the offers are listed with their filters.

#include "web_fixture.hpp"

#include <nlohmann/json.hpp>

using namespace tremplin;
using nlohmann::json;
using test_support::WebTest;

class PartnersApi : public WebTest {
  protected:
    PartnersApi()
    {
        auto const coach =
            accounts.add_account({"jobcoach", "Name of jobcoach", domain::Role::JobCoach, password});
        EXPECT_TRUE(coach);
        job_coach = service::Actor{*coach, "192.0.2.20"};
    }

    test_support::HttpReply call(std::string const& method, std::string const& target, std::string const& who,
                                 std::string const& body = "")
    {
        auto token = accounts.create_api_token(who, "tests");
        EXPECT_TRUE(token);
        std::map<std::string, std::string> headers{{"Authorization", "Bearer " + token.value_or("")},
                                                   {"Accept-Language", "en"}};
        if (!body.empty())
            headers["Content-Type"] = "application/json";
        return client.request(method, target, body, headers);
    }

    service::Actor job_coach;
};
TREMPLIN_ON_EVERY_BACKEND(PartnersApi);

TEST_P(PartnersApi, TheJobCoachAddsAndChangesAPartnerThatTheCoordinatorReads)
{
    auto created =
        call("POST", "/api/v1/partners", "jobcoach",
             R"({"name": "Acme Brussels SRL", "kind": "enterprise", "enterprise_number": "BE0123456749",
                            "nace_section": "J", "postcode": "1030", "commune": "Schaerbeek",
                            "tags": ["ICT", "hosts every year"]})");
    ASSERT_EQ(created.status, 201) << created.body;
    auto const body = json::parse(created.body);
    auto const path = "/api/v1/partners/" + std::to_string(body["id"].get<long long>());
    EXPECT_EQ(created.header("location"), path);
    EXPECT_EQ(body["enterprise_number"], "0123.456.749");
    EXPECT_EQ(body["tags"], json::array({"hosts every year", "ICT"})) << "in the order of their keys";
    EXPECT_EQ(body["brings"]["traineeships_hosted"], 0);

    auto changed = call("PATCH", path, "jobcoach", R"({"size_band": "small", "tags": null})");
    ASSERT_EQ(changed.status, 200) << changed.body;
    auto const after = json::parse(changed.body);
    EXPECT_EQ(after["size_band"], "small");
    EXPECT_EQ(after["tags"], json::array());
    EXPECT_EQ(after["name"], "Acme Brussels SRL") << "fields not sent stay as they were";

    auto read = call("GET", "/api/v1/partners?q=schaer", "coordinator");
    ASSERT_EQ(read.status, 200);
    EXPECT_EQ(json::parse(read.body)["items"][0]["name"], "Acme Brussels SRL");
    EXPECT_EQ(call("PATCH", path, "coordinator", R"({"name": "Renamed"})").status, 403);
    EXPECT_EQ(call("POST", "/api/v1/partners", "coordinator", R"({"name": "X", "kind": "other"})").status,
              403);
    EXPECT_EQ(count("SELECT COUNT(*) FROM partners"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'partner.updated'"), 1);
}

TEST_P(PartnersApi, AWrongEnterpriseNumberOrTypeIsRefusedFieldByFieldAndADuplicateAsksForConfirmation)
{
    auto wrong =
        call("POST", "/api/v1/partners", "jobcoach",
             R"({"name": "Acme", "kind": "enterprise", "enterprise_number": "0123456748", "tags": "ICT"})");
    EXPECT_EQ(wrong.status, 422);
    std::set<std::string> fields;
    auto const problem = json::parse(wrong.body);
    for (auto const& error : problem["errors"])
        fields.insert(error["field"].get<std::string>());
    EXPECT_EQ(fields, std::set<std::string>{"tags"}) << "a wrong type is said before the rules are checked";
    wrong = call("POST", "/api/v1/partners", "jobcoach",
                 R"({"name": "Acme", "kind": "enterprise", "enterprise_number": "0123456748"})");
    EXPECT_EQ(wrong.status, 422);
    EXPECT_EQ(json::parse(wrong.body)["errors"][0]["field"], "enterprise_number");
    EXPECT_EQ(count("SELECT COUNT(*) FROM partners"), 0);

    ASSERT_EQ(
        call("POST", "/api/v1/partners", "jobcoach", R"({"name": "Acme Brussels SRL", "kind": "enterprise"})")
            .status,
        201);
    auto again =
        call("POST", "/api/v1/partners", "jobcoach", R"({"name": "ACME Brussels NV", "kind": "enterprise"})");
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(json::parse(again.body)["duplicates"][0]["name"], "Acme Brussels SRL");
    auto confirmed =
        call("POST", "/api/v1/partners", "jobcoach",
             R"({"name": "ACME Brussels NV", "kind": "enterprise", "confirm_different_partner": true})");
    EXPECT_EQ(confirmed.status, 201) << confirmed.body;
}

TEST_P(PartnersApi, OffersAreListedByStatusAndReadOneByOne)
{
    auto const acme = partners.create(job_coach, {.name = "Acme Brussels", .kind = "enterprise"},
                                      service::DuplicateCheck::Warn);
    ASSERT_TRUE(acme && acme->id);
    auto const head = accounts.add_account({"head", "Head of training", domain::Role::Director, password});
    ASSERT_TRUE(head);
    domain::Track track;
    track.code = "WEB";
    track.name = {"Développeuse web", "Webontwikkelaar", "Web developer"};
    auto const track_id = training.catalogue.create_track(service::Actor{*head, "127.0.0.1"}, track);
    ASSERT_TRUE(track_id);
    domain::OfferInput input;
    input.title = "Junior web developer";
    input.occupation = "2512";
    input.places = "2";
    input.starts_on = "2026-06-01";
    input.ends_on = "2026-07-10";
    input.hours_per_week = "38";
    input.tracks = {std::to_string(*track_id)};
    auto const offer = offers.create(job_coach, *acme->id, input);
    ASSERT_TRUE(offer);

    auto drafts = json::parse(call("GET", "/api/v1/offers?status=draft", "coordinator").body);
    ASSERT_EQ(drafts["items"].size(), 1u);
    EXPECT_EQ(drafts["items"][0]["partner_name"], "Acme Brussels");
    EXPECT_EQ(drafts["items"][0]["places"], 2);
    EXPECT_TRUE(json::parse(call("GET", "/api/v1/offers?status=open", "coordinator").body)["items"].empty());
    EXPECT_EQ(call("GET", "/api/v1/offers?status=gone", "coordinator").status, 422);

    auto one = call("GET", "/api/v1/offers/" + std::to_string(*offer), "coordinator");
    ASSERT_EQ(one.status, 200);
    EXPECT_EQ(json::parse(one.body)["starts_on"], "2026-06-01");
    EXPECT_EQ(call("GET", "/api/v1/offers/" + std::to_string(*offer), "trainer").status, 403);
}

#include "web_fixture.hpp"

#include <nlohmann/json.hpp>

using namespace tremplin;
using nlohmann::json;
using test_support::WebTest;

class Api : public WebTest {
  protected:
    std::string token_of(std::string const& username)
    {
        auto token = accounts.create_api_token(username, "tests");
        EXPECT_TRUE(token);
        return *token;
    }

    test_support::HttpReply call(std::string const& method, std::string const& target,
                                 std::string const& token, std::string const& body = "",
                                 std::string const& content_type = "application/json")
    {
        std::map<std::string, std::string> headers{{"Authorization", "Bearer " + token},
                                                   {"Accept-Language", "en"}};
        if (!body.empty())
            headers["Content-Type"] = content_type;
        return client.request(method, target, body, headers);
    }
};
TREMPLIN_ON_EVERY_BACKEND(Api);

TEST_P(Api, AReadOnlyTokenReadsAndChangesNothing)
{
    auto const reader =
        accounts.create_api_token("coordinator", "dashboard", domain::TokenScope::Read).value();
    EXPECT_EQ(call("GET", "/api/v1/participants", reader).status, 200);
    auto const refused = call("POST", "/api/v1/participants", reader,
                              R"({"first_name": "Ana", "last_name": "Popa", "gender": "woman"})");
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(refused.header("content-type"), "application/problem+json");
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 0);
}

TEST_P(Api, AsksForATokenAsAProblemDocument)
{
    for (auto const* token : {"", "not-a-token"}) {
        auto reply = call("GET", "/api/v1/participants", token);
        EXPECT_EQ(reply.status, 401);
        EXPECT_EQ(reply.header("content-type"), "application/problem+json");
        EXPECT_EQ(reply.header("www-authenticate"), "Bearer");
        EXPECT_EQ(json::parse(reply.body)["status"], 401);
    }
}

TEST_P(Api, CreatesListsReadsAndUpdatesParticipants)
{
    auto const token = token_of("coordinator");
    auto created = call("POST", "/api/v1/participants", token,
                        R"({"first_name": "Hélène", "last_name": "Dubois", "birth_date": "1988-03-27",
                            "email": "helene@mail.example.org", "education_level": "isced_2",
                            "consents": {"contact": true}})");
    ASSERT_EQ(created.status, 201) << created.body;
    auto const body = json::parse(created.body);
    auto const id = body["id"].get<long long>();
    EXPECT_EQ(created.header("location"), "/api/v1/participants/" + std::to_string(id));
    EXPECT_EQ(body["birth_date"], "1988-03-27");
    EXPECT_EQ(body["gender"], "woman");
    EXPECT_FALSE(body.contains("disability")) << "the coordinator was not named to read it";
    EXPECT_EQ(body["consents"]["contact"]["given"], true);
    EXPECT_EQ(body["consents"]["contact"]["recorded_on"], "2026-03-02");

    auto list = json::parse(call("GET", "/api/v1/participants?q=helene&limit=10", token).body);
    ASSERT_EQ(list["items"].size(), 1u);
    EXPECT_EQ(list["items"][0]["last_name"], "Dubois");
    EXPECT_EQ(list["next_offset"], nullptr);

    auto updated = call("PATCH", "/api/v1/participants/" + std::to_string(id), token,
                        R"({"phone": "0470 12 34 56", "education_level": null})");
    ASSERT_EQ(updated.status, 200) << updated.body;
    auto const after = json::parse(updated.body);
    EXPECT_EQ(after["phone"], "0470 12 34 56");
    EXPECT_EQ(after["education_level"], nullptr);
    EXPECT_EQ(after["first_name"], "Hélène") << "fields not sent stay as they were";

    auto read = json::parse(call("GET", "/api/v1/participants/" + std::to_string(id), token).body);
    EXPECT_EQ(read["phone"], "0470 12 34 56");
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE action = 'participant.updated'"), 1);
}

TEST_P(Api, EveryPageReadThroughTheApiIsAuditedWithItsQueryAndRows)
{
    auto const token = token_of("coordinator");
    for (auto const* name : {"Ana", "Awa", "Nadia"})
        ASSERT_EQ(call("POST", "/api/v1/participants", token,
                       std::string(R"({"first_name": ")") + name +
                           R"(", "last_name": "Popa", "gender": "woman", "preferred_language": "fr"})")
                      .status,
                  201);
    EXPECT_EQ(call("GET", "/api/v1/participants?limit=2&offset=0", token).status, 200);
    EXPECT_EQ(call("GET", "/api/v1/participants?limit=2&offset=2", token).status, 200);
    EXPECT_EQ(call("GET", "/api/v1/participants?updated_since=2026-01-01T00:00:00Z&q=popa", token).status,
              200);
    auto const audited = [&](std::string const& action, std::string const& detail) {
        return count("SELECT COUNT(*) FROM audit_events WHERE action = '" + action + "' AND detail = '" +
                     detail + "' AND staff_account_id IS NOT NULL");
    };
    EXPECT_EQ(audited("participants.listed", "rows=2 order=name offset=0 limit=2"), 1);
    EXPECT_EQ(audited("participants.listed", "rows=1 order=name offset=2 limit=2"), 1);
    EXPECT_EQ(audited("participants.searched", "rows=3 search=4 order=name offset=0 limit=50 "
                                               "since=2026-01-01T00:00:00Z"),
              1);
}

TEST_P(Api, ExplainsInvalidInputFieldByField)
{
    auto const token = token_of("coordinator");
    auto reply =
        call("POST", "/api/v1/participants", token,
             R"({"first_name": "", "last_name": 42, "birth_date": "2090-01-01", "email": "no-at-sign",
                          "shoe_size": 38})");
    EXPECT_EQ(reply.status, 422);
    EXPECT_EQ(reply.header("content-type"), "application/problem+json");
    auto const problem = json::parse(reply.body);
    EXPECT_EQ(problem["type"], "urn:tremplin:problem:invalid-input");
    std::map<std::string, std::string> errors;
    for (auto const& error : problem["errors"])
        errors[error["field"].get<std::string>()] = error["code"].get<std::string>();
    EXPECT_EQ(errors["last_name"], "wrong_type");
    EXPECT_EQ(errors["shoe_size"], "unknown_field");
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 0);

    auto validation =
        call("POST", "/api/v1/participants", token,
             R"({"first_name": "", "last_name": "Popa", "birth_date": "2090-01-01", "email": "no-at-sign"})");
    EXPECT_EQ(validation.status, 422);
    errors.clear();
    auto const explained = json::parse(validation.body);
    for (auto const& error : explained["errors"])
        errors[error["field"].get<std::string>()] = error["message"].get<std::string>();
    EXPECT_EQ(errors["first_name"], "Enter the first name");
    EXPECT_EQ(errors["birth_date"], "The date of birth must be in the past");
    EXPECT_EQ(errors["email"], "Enter an e-mail address in the correct format, like name@example.com");
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 0);
}

TEST_P(Api, RefusesWhatIsNotAJsonObject)
{
    auto const token = token_of("coordinator");
    EXPECT_EQ(call("POST", "/api/v1/participants", token, "{not json").status, 400);
    EXPECT_EQ(call("POST", "/api/v1/participants", token, "[1, 2]").status, 400);
    EXPECT_EQ(
        call("POST", "/api/v1/participants", token, "first_name=Ana", "application/x-www-form-urlencoded")
            .status,
        415);
}

TEST_P(Api, AsksToConfirmAPossibleDuplicate)
{
    auto const token = token_of("coordinator");
    std::string const body = R"({"first_name": "Ana", "last_name": "Popa", "phone": "0470 99 88 77"})";
    ASSERT_EQ(call("POST", "/api/v1/participants", token, body).status, 201);
    auto duplicate = call("POST", "/api/v1/participants", token,
                          R"({"first_name": "Anna", "last_name": "Pop", "phone": "+32 470 998 877"})");
    EXPECT_EQ(duplicate.status, 409);
    EXPECT_EQ(json::parse(duplicate.body)["duplicates"].size(), 1u);
    auto confirmed = call(
        "POST", "/api/v1/participants", token,
        R"({"first_name": "Anna", "last_name": "Pop", "phone": "+32 470 998 877", "confirm_different_person": true})");
    EXPECT_EQ(confirmed.status, 201);
}

TEST_P(Api, AppliesTheSameRolesAsThePages)
{
    auto const token = token_of("trainer");
    auto reply = call("GET", "/api/v1/participants", token);
    EXPECT_EQ(reply.status, 403);
    EXPECT_EQ(
        call("POST", "/api/v1/participants", token, R"({"first_name": "Ana", "last_name": "Popa"})").status,
        403);
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 0);
}

TEST_P(Api, PagesWithLimitAndOffset)
{
    auto const token = token_of("coordinator");
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(call("POST", "/api/v1/participants", token,
                       R"({"first_name": "Name)" + std::to_string(i) + R"(", "last_name": "Last"})")
                      .status,
                  201);
    auto first = json::parse(call("GET", "/api/v1/participants?limit=2", token).body);
    EXPECT_EQ(first["items"].size(), 2u);
    EXPECT_EQ(first["next_offset"], 2);
    auto rest = json::parse(call("GET", "/api/v1/participants?limit=2&offset=2", token).body);
    EXPECT_EQ(rest["items"].size(), 1u);
    EXPECT_EQ(rest["next_offset"], nullptr);
    EXPECT_EQ(call("GET", "/api/v1/participants/999", token).status, 404);
}

TEST_P(Api, ListsOnlyWhatChangedSinceAnInstant)
{
    auto const token = token_of("coordinator");
    ASSERT_EQ(
        call("POST", "/api/v1/participants", token, R"({"first_name": "Early", "last_name": "Bird"})").status,
        201);
    clock.advance(std::chrono::hours(2));
    ASSERT_EQ(
        call("POST", "/api/v1/participants", token, R"({"first_name": "Late", "last_name": "Comer"})").status,
        201);
    auto const since =
        json::parse(call("GET", "/api/v1/participants?updated_since=2026-03-02T10:00:00Z", token).body);
    ASSERT_EQ(since["items"].size(), 1u);
    EXPECT_EQ(since["items"][0]["first_name"], "Late");
    auto const searched = json::parse(
        call("GET", "/api/v1/participants?q=bird&updated_since=2026-03-02T10:00:00Z", token).body);
    EXPECT_TRUE(searched["items"].empty()) << "the filter applies to searches too";
    auto const found = json::parse(
        call("GET", "/api/v1/participants?q=comer&updated_since=2026-03-02T10:00:00Z", token).body);
    EXPECT_EQ(found["items"].size(), 1u);
    auto const wrong = call("GET", "/api/v1/participants?updated_since=yesterday", token);
    EXPECT_EQ(wrong.status, 422);
    EXPECT_EQ(json::parse(wrong.body)["errors"][0]["field"], "updated_since");
}

TEST_P(Api, NamesThePartnerThatSentHerByItsId)
{
    auto const coach =
        accounts.add_account({"jobcoach", "Name of jobcoach", domain::Role::JobCoach, password});
    ASSERT_TRUE(coach);
    auto const cpas = partners.create(service::Actor{*coach, "192.0.2.20"},
                                      {.name = "CPAS d'Anderlecht", .kind = "social_service"},
                                      service::DuplicateCheck::Warn);
    ASSERT_TRUE(cpas && cpas->id);

    auto const token = token_of("coordinator");
    auto created = call("POST", "/api/v1/participants", token,
                        R"({"first_name": "Ana", "last_name": "Popa", "referral_partner_id": )" +
                            std::to_string(*cpas->id) + "}");
    ASSERT_EQ(created.status, 201) << created.body;
    auto const body = json::parse(created.body);
    EXPECT_EQ(body["referral_partner_id"], *cpas->id);
    auto const path = "/api/v1/participants/" + std::to_string(body["id"].get<long long>());

    auto wrong = call("PATCH", path, token, R"({"referral_partner_id": "CPAS"})");
    EXPECT_EQ(wrong.status, 422);
    EXPECT_EQ(json::parse(wrong.body)["errors"][0]["code"], "wrong_type");
    auto unknown = call("PATCH", path, token, R"({"referral_partner_id": 999999})");
    EXPECT_EQ(unknown.status, 422);
    EXPECT_EQ(json::parse(unknown.body)["errors"][0]["field"], "referral_partner_id");

    auto cleared = call("PATCH", path, token, R"({"referral_partner_id": null})");
    ASSERT_EQ(cleared.status, 200) << cleared.body;
    EXPECT_EQ(json::parse(cleared.body)["referral_partner_id"], nullptr);
}

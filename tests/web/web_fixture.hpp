#pragma once

// The real application on a real server on 127.0.0.1 (a free port), over a fresh database of
// each backend, with a clock the test controls. Requests go through a plain socket client.

#include "locale/catalogues.hpp"
#include "service/account_service.hpp"
#include "service/audit_trail.hpp"
#include "service/evaluation_service.hpp"
#include "service/offer_service.hpp"
#include "service/participant_service.hpp"
#include "service/partner_service.hpp"
#include "service/recruitment.hpp"
#include "service/traineeship_service.hpp"
#include "store/query.hpp"
#include "support/fixed_clock.hpp"
#include "support/http_client.hpp"
#include "support/test_database.hpp"
#include "web/application.hpp"
#include "web/http_server.hpp"

#include <regex>
#include <thread>

#include <gtest/gtest.h>

namespace tremplin::test_support {

inline bool contains(std::string const& text, std::string const& part)
{
    return text.find(part) != std::string::npos;
}

class WebTest : public ::testing::TestWithParam<store::Backend> {
  protected:
    WebTest()
        : m_test_database(GetParam(), 4), accounts(database(), clock, catalogues().languages(),
                                                   {.password_hashing = service::PasswordHashing::Minimal}),
          participants(database(), clock, catalogues().languages()), audit(database()),
          administration(database(), clock, service::PasswordHashing::Minimal), training(database(), clock),
          recruitment(database(), clock, catalogues().languages()), partners(database(), clock),
          offers(database(), clock), traineeships(database(), clock), evaluations(database(), clock),
          placement(database(), clock),
          application({database(), accounts, participants, audit, administration, training, recruitment,
                       partners, offers, traineeships, evaluations, placement},
                      catalogues(), templates(), {}),
          server({"127.0.0.1", 0, 2, 10 * 1024 * 1024, 16 * 1024, std::chrono::seconds(2),
                  std::chrono::seconds(2)},
                 application),
          client(server.port())
    {
        for (auto [name, role] :
             {std::pair{"coordinator", domain::Role::Coordinator},
              std::pair{"trainer", domain::Role::Trainer}, std::pair{"director", domain::Role::Director}})
            EXPECT_TRUE(accounts.add_account({name, std::string("Name of ") + name, role, password}));
        m_thread = std::thread([this] { server.run(web::HttpServer::Signals::Ignore); });
    }

    ~WebTest() override
    {
        server.stop();
        m_thread.join();
    }

    store::Database& database() { return m_test_database.database(); }

    static locale::Catalogues const& catalogues()
    {
        static auto const loaded = locale::Catalogues::embedded();
        return loaded;
    }
    static web::TemplateSet const& templates()
    {
        static auto const loaded = web::TemplateSet::embedded();
        return loaded;
    }

    // A browser: its cookies, and the CSRF token of the last page it read.
    struct Browser {
        std::map<std::string, std::string> cookies;
        std::string csrf_token;
    };

    HttpReply get(Browser& browser, std::string const& target,
                  std::map<std::string, std::string> headers = {})
    {
        headers["Cookie"] = cookie_header(browser.cookies);
        auto reply = client.get(target, headers);
        remember(browser, reply);
        return reply;
    }

    HttpReply post(Browser& browser, std::string const& target, std::string body,
                   std::map<std::string, std::string> headers = {})
    {
        headers["Cookie"] = cookie_header(browser.cookies);
        auto reply = client.post_form(target, body, headers);
        remember(browser, reply);
        return reply;
    }

    Browser signed_in(std::string const& username)
    {
        Browser browser;
        get(browser, "/login");
        auto reply =
            post(browser, "/login",
                 "csrf_token=" + browser.csrf_token + "&username=" + username + "&password=" + password_form);
        EXPECT_EQ(reply.status, 303) << reply.body;
        get(browser, "/");
        return browser;
    }

    static void remember(Browser& browser, HttpReply const& reply)
    {
        keep_cookies(reply, browser.cookies);
        static std::regex const token_pattern(R"re(name="csrf_token" value="([^"]+)")re");
        std::smatch match;
        if (std::regex_search(reply.body, match, token_pattern))
            browser.csrf_token = match[1];
    }

    long long count(std::string const& sql) { return m_test_database.count(sql); }

    std::string const password = "correct horse battery";
    std::string const password_form = "correct+horse+battery";
    FixedClock clock;

  private:
    TestDatabase m_test_database;

  protected:
    service::AccountService accounts;
    service::ParticipantService participants;
    service::AuditService audit;
    service::AccountAdministration administration;
    service::Training training;
    service::Recruitment recruitment;
    service::PartnerService partners;
    service::OfferService offers;
    service::TraineeshipService traineeships;
    service::EvaluationService evaluations;
    service::PlacementRoundService placement;
    web::Application application;
    web::HttpServer server;
    HttpClient client;

  private:
    std::thread m_thread;
};

} // namespace tremplin::test_support

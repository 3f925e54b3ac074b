#include "store/query.hpp"
#include "web_fixture.hpp"

#include <nlohmann/json.hpp>

using namespace tremplin;
using test_support::WebTest;

namespace {

bool contains(std::string const& text, std::string const& part)
{
    return text.find(part) != std::string::npos;
}

std::string const valid_participant = "first_name=Ana&last_name=Popa&gender=woman&preferred_language=fr";

} // namespace

class Http : public WebTest {};
TREMPLIN_ON_EVERY_BACKEND(Http);

TEST_P(Http, HealthSaysTheVersionAndWhetherTheDatabaseAnswers)
{
    auto reply = client.get("/healthz");
    EXPECT_EQ(reply.status, 200);
    auto const body = nlohmann::json::parse(reply.body);
    EXPECT_EQ(body["status"], "ok");
    EXPECT_EQ(body["database"]["answers"], true);
    EXPECT_FALSE(body["version"].get<std::string>().empty());
    EXPECT_TRUE(reply.headers_named("set-cookie").empty());
}

TEST_P(Http, PagesCarryTheSecurityHeaders)
{
    auto reply = client.get("/login");
    EXPECT_EQ(reply.status, 200);
    auto const policy = reply.header("content-security-policy");
    EXPECT_TRUE(contains(policy, "script-src 'self'"));
    EXPECT_TRUE(contains(policy, "frame-ancestors 'none'"));
    EXPECT_FALSE(contains(policy, "unsafe-inline"));
    EXPECT_EQ(reply.header("x-content-type-options"), "nosniff");
    EXPECT_EQ(reply.header("referrer-policy"), "same-origin");
    EXPECT_EQ(reply.header("cache-control"), "no-store");
    EXPECT_FALSE(reply.header("x-request-id").empty());
    EXPECT_EQ(reply.header("strict-transport-security"), "max-age=31536000") << "HTTPS by default";
    auto const cookie = reply.header("set-cookie");
    EXPECT_TRUE(cookie.starts_with("__Host-tremplin_csrf=")) << cookie;
    EXPECT_TRUE(contains(cookie, "; Path=/;")) << "a __Host- cookie is the whole site's";
    EXPECT_FALSE(contains(cookie, "Domain="));
    EXPECT_TRUE(contains(cookie, "HttpOnly"));
    EXPECT_TRUE(contains(cookie, "SameSite=Strict"));
    EXPECT_TRUE(contains(cookie, "; Secure"));
}

TEST_P(Http, OverPlainHttpCookiesGoWithoutSecureNorPrefixAndWithoutHsts)
{
    web::WebSettings plain;
    plain.plain_http = true;
    web::Application development({database(), accounts, participants, audit, administration, training,
                                  recruitment, partners, offers, traineeships, evaluations, placement},
                                 catalogues(), templates(), plain);
    auto const ask = [](web::Application& application, std::string target, std::string cookie = "") {
        web::Request request;
        request.method = "GET";
        request.target = std::move(target);
        request.remote_address = "127.0.0.1";
        if (!cookie.empty())
            request.headers = {{"cookie", cookie}};
        return application.handle(request);
    };
    auto const page = ask(development, "/login");
    EXPECT_EQ(page.header("Strict-Transport-Security"), "");
    auto const cookie = std::string(page.header("Set-Cookie"));
    EXPECT_TRUE(cookie.starts_with("tremplin_csrf=")) << cookie;
    EXPECT_FALSE(contains(cookie, "Secure"));

    auto const session = accounts.sign_in("coordinator", password, "127.0.0.1").value().session_token;
    EXPECT_EQ(ask(development, "/participants", "tremplin_session=" + session).status, 200);
    EXPECT_EQ(ask(development, "/participants", "__Host-tremplin_session=" + session).status, 303)
        << "one name for each way of serving";
    EXPECT_EQ(ask(application, "/participants", "tremplin_session=" + session).status, 303);
    EXPECT_EQ(ask(application, "/participants", "__Host-tremplin_session=" + session).status, 200);
}

TEST_P(Http, AssetsAreCachedAndRevalidated)
{
    auto reply = client.get("/static/vendor/htmx.min.js");
    EXPECT_EQ(reply.status, 200);
    EXPECT_TRUE(contains(reply.header("content-type"), "javascript"));
    EXPECT_TRUE(contains(reply.header("cache-control"), "max-age="));
    auto const tag = reply.header("etag");
    ASSERT_FALSE(tag.empty());
    auto again = client.get("/static/vendor/htmx.min.js", {{"If-None-Match", tag}});
    EXPECT_EQ(again.status, 304);
    EXPECT_TRUE(again.body.empty());
    EXPECT_EQ(client.get("/static/../migrations/0001_create_organisations.sql").status, 404);
}

TEST_P(Http, UnknownPagesAreNotFound)
{
    EXPECT_EQ(client.get("/nowhere").status, 404);
    auto api = client.get("/api/v1/nowhere");
    EXPECT_EQ(api.status, 404);
    EXPECT_EQ(api.header("content-type"), "application/problem+json");
}

TEST_P(Http, VisitorsWhoAreNotSignedInAreSentToSignIn)
{
    auto reply = client.get("/participants?q=ana");
    EXPECT_EQ(reply.status, 303);
    EXPECT_EQ(reply.header("location"), "/login?return_to=%2Fparticipants%3Fq%3Dana");
}

TEST_P(Http, AWrongPasswordGetsAGenericMessage)
{
    Browser browser;
    get(browser, "/login");
    auto reply =
        post(browser, "/login", "csrf_token=" + browser.csrf_token + "&username=coordinator&password=wrong");
    EXPECT_EQ(reply.status, 401);
    EXPECT_TRUE(contains(reply.body, "<title>Erreur : Se connecter")) << "French before anyone chooses";
    EXPECT_TRUE(contains(reply.body, "Saisissez un nom d’utilisateur et un mot de passe corrects"));
    EXPECT_TRUE(contains(reply.body, "value=\"coordinator\"")) << "the username typed is kept";
    EXPECT_TRUE(browser.cookies.count("__Host-tremplin_session") == 0);

    auto unknown =
        post(browser, "/login", "csrf_token=" + browser.csrf_token + "&username=nobody&password=wrong");
    EXPECT_EQ(unknown.status, 401);
    EXPECT_TRUE(contains(unknown.body, "Saisissez un nom d’utilisateur et un mot de passe corrects"));
}

TEST_P(Http, SigningInReturnsWhereSheWasButNeverToAnotherSite)
{
    Browser browser;
    get(browser, "/login?return_to=%2Fparticipants%3Fq%3Dana");
    auto reply = post(browser, "/login",
                      "csrf_token=" + browser.csrf_token + "&username=coordinator&password=" + password_form +
                          "&return_to=%2Fparticipants%3Fq%3Dana");
    EXPECT_EQ(reply.status, 303);
    EXPECT_EQ(reply.header("location"), "/participants?q=ana");
    EXPECT_TRUE(reply.header("set-cookie").starts_with("__Host-tremplin_session="));
    EXPECT_TRUE(contains(reply.header("set-cookie"), "HttpOnly"));
    EXPECT_TRUE(contains(reply.header("set-cookie"), "SameSite=Lax"));
    EXPECT_TRUE(contains(reply.header("set-cookie"), "; Secure"));

    Browser other;
    get(other, "/login");
    auto away = post(other, "/login",
                     "csrf_token=" + other.csrf_token + "&username=coordinator&password=" + password_form +
                         "&return_to=https%3A%2F%2Fevil.example%2F");
    EXPECT_EQ(away.header("location"), "/");
}

TEST_P(Http, SigningInReturnsOnlyToAPlainPathOfThisSite)
{
    // Where a sign-in with this return_to (as the form sends it, encoded) leads.
    auto const after_signing_in = [&](std::string const& encoded_return_to) {
        Browser browser;
        get(browser, "/login");
        auto reply =
            post(browser, "/login",
                 "csrf_token=" + browser.csrf_token + "&username=coordinator&password=" + password_form +
                     "&return_to=" + encoded_return_to);
        EXPECT_EQ(reply.status, 303) << encoded_return_to;
        return reply.header("location");
    };
    for (std::string const elsewhere : {
             "%2F%09%2Fevil.example",         // "/<TAB>/evil.example": a browser drops the tab
             "%2F%2509%2Fevil.example",       // "/%09/evil.example"
             "%2F%0A%2Fevil.example",         // "/<LF>/evil.example"
             "%2F%5Cevil.example",            // "/\\evil.example": a browser reads "//"
             "%2F%5C%2Fevil.example",         // "/\\/evil.example"
             "%2F%2Fevil.example",            // "//evil.example"
             "%2F%252F%2Fevil.example",       // "/%2F/evil.example"
             "%2F%255Cevil.example",          // "/%5Cevil.example"
             "https%3A%2F%2Fevil.example%2F", // another site
             "http%3Aevil.example", "evil.example",
             "%2Fparticipants%5C..%5C",                  // a backslash anywhere
             "%2Fparticipants%0D%0ASet-Cookie%3A+a%3Db", // a header after a line break
             "%2Fparticipants%3Fq%3Dana+b",              // a space: a browser never sends one
             "%2Fparticipants%3Fq%3D%25ZZ",              // a '%' that encodes nothing
             "%2Fparticipants%3Fq%3DH%C3%A9l%C3%A8ne",   // a letter not percent-encoded
         })
        EXPECT_EQ(after_signing_in(elsewhere), "/") << elsewhere;

    EXPECT_EQ(after_signing_in("%2Fparticipants%3Fq%3DH%25C3%25A9l%25C3%25A8ne%26sort%3Drecent"),
              "/participants?q=H%C3%A9l%C3%A8ne&sort=recent");
    EXPECT_EQ(after_signing_in("%2Fapplications%3Fstage%3Dsubmitted%26page%3D2"),
              "/applications?stage=submitted&page=2");
}

TEST_P(Http, AnExpiredSessionAsksToSignInAgainAndThenReturns)
{
    auto browser = signed_in("coordinator");
    EXPECT_EQ(get(browser, "/participants").status, 200);
    clock.advance(std::chrono::minutes(31));
    auto expired = get(browser, "/participants?sort=recent");
    EXPECT_EQ(expired.status, 303);
    EXPECT_EQ(expired.header("location"), "/login?return_to=%2Fparticipants%3Fsort%3Drecent");
    get(browser, expired.header("location"));
    auto again = post(browser, "/login",
                      "csrf_token=" + browser.csrf_token + "&username=coordinator&password=" + password_form +
                          "&return_to=%2Fparticipants%3Fsort%3Drecent");
    EXPECT_EQ(again.header("location"), "/participants?sort=recent");
}

TEST_P(Http, FormsWithoutTheRightCsrfTokenAreRefusedAndChangeNothing)
{
    auto browser = signed_in("coordinator");
    auto without = post(browser, "/participants", valid_participant);
    EXPECT_EQ(without.status, 403);
    auto wrong = post(browser, "/participants", valid_participant + "&csrf_token=forged");
    EXPECT_EQ(wrong.status, 403);
    EXPECT_TRUE(contains(wrong.body, "Vous ne pouvez pas faire ceci"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 0);

    auto right = post(browser, "/participants", valid_participant + "&csrf_token=" + browser.csrf_token);
    EXPECT_EQ(right.status, 303);
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 1);
}

TEST_P(Http, SignInFormNeedsItsCsrfTokenToo)
{
    Browser browser;
    get(browser, "/login");
    auto reply = post(browser, "/login", "username=coordinator&password=" + password_form);
    EXPECT_EQ(reply.status, 403);
}

TEST_P(Http, AnOversizedBodyIsRefused)
{
    auto reply =
        client.send_raw("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                        "application/x-www-form-urlencoded\r\nContent-Length: 11000000\r\n\r\nusername=x");
    EXPECT_EQ(reply.status, 413);
    EXPECT_TRUE(contains(reply.body, "64 Ko")) << "a form's limit, in French before anyone chooses";
}

TEST_P(Http, OversizedHeadersAreRefused)
{
    auto reply = client.send_raw(
        "GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + std::string(20000, 'a') + "\r\n\r\n");
    EXPECT_EQ(reply.status, 431);
}

TEST_P(Http, MalformedRequestsAreRefused)
{
    EXPECT_EQ(client.send_raw("NOT HTTP AT ALL\r\n\r\n").status, 400);
    auto browser = signed_in("coordinator");
    auto reply = post(browser, "/participants", "csrf_token=" + browser.csrf_token + "&first_name=%ZZ");
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 0);
}

TEST_P(Http, AFormWithMistakesComesBackWithTheAnswersAndTheErrors)
{
    auto browser = signed_in("coordinator");
    auto reply =
        post(browser, "/participants",
             "csrf_token=" + browser.csrf_token +
                 "&first_name=Ana&last_name=&birth_date_day=1&birth_date_month=1&birth_date_year=2090"
                 "&email=ana.example.org&nationality=XX&gender=woman&preferred_language=fr",
             {{"Accept-Language", "en-GB,en;q=0.9"}});
    EXPECT_EQ(reply.status, 422);
    EXPECT_TRUE(contains(reply.body, "<title>Error: Add a participant")) << reply.body.substr(0, 600);
    EXPECT_TRUE(contains(reply.body, "There is a problem"));
    EXPECT_TRUE(contains(reply.body, "<a href=\"#last_name\">Enter the last name</a>"));
    EXPECT_TRUE(
        contains(reply.body, "<a href=\"#birth_date_day\">The date of birth must be in the past</a>"));
    EXPECT_TRUE(contains(reply.body, "<a href=\"#email\">Enter an e-mail address in the correct format"));
    EXPECT_TRUE(contains(reply.body, "<a href=\"#nationality\">Choose the nationality from the list</a>"));
    EXPECT_TRUE(contains(reply.body, "value=\"ana.example.org\"")) << "what was typed is kept";
    EXPECT_TRUE(contains(reply.body, "value=\"2090\""));
    EXPECT_TRUE(contains(reply.body, "id=\"last_name-error\""));
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 0);
}

TEST_P(Http, ANameWithALineBreakIsRefusedBesideItsField)
{
    auto browser = signed_in("coordinator");
    auto reply = post(browser, "/participants",
                      "csrf_token=" + browser.csrf_token +
                          "&first_name=Ana%0D%0ASet-Cookie%3A+tremplin_session%3Dstolen&last_name=Peeters"
                          "&gender=woman&preferred_language=fr",
                      {{"Accept-Language", "en-GB,en;q=0.9"}});
    EXPECT_EQ(reply.status, 422);
    EXPECT_TRUE(contains(reply.body, "<a href=\"#first_name\">Remove the invisible control characters"))
        << reply.body.substr(0, 600);
    EXPECT_TRUE(contains(reply.body, "id=\"first_name-error\""));
    EXPECT_FALSE(contains(reply.header("set-cookie"), "stolen"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 0);

    auto french = post(browser, "/participants",
                       "csrf_token=" + browser.csrf_token +
                           "&first_name=Ana&last_name=Peeters%C2%85&gender=woman&preferred_language=fr",
                       {{"Accept-Language", "fr"}});
    EXPECT_EQ(french.status, 422);
    EXPECT_TRUE(contains(french.body, "Retirez de ce texte les caractères de contrôle invisibles"));
}

TEST_P(Http, TextThatLooksLikeHtmlIsShownAsText)
{
    auto browser = signed_in("coordinator");
    auto created =
        post(browser, "/participants",
             "csrf_token=" + browser.csrf_token +
                 "&first_name=%3Cscript%3Ealert(1)%3C%2Fscript%3E&last_name=O%27Brien%3B+DROP+TABLE+"
                 "participants%3B--&gender=woman&preferred_language=fr");
    ASSERT_EQ(created.status, 303);
    auto record = get(browser, created.header("location"));
    EXPECT_EQ(record.status, 200);
    EXPECT_FALSE(contains(record.body, "<script>alert(1)</script>"));
    EXPECT_TRUE(contains(record.body, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    EXPECT_TRUE(contains(record.body, "O&#39;Brien; DROP TABLE participants;--"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 1);
}

TEST_P(Http, APossibleDuplicateAsksForConfirmation)
{
    auto browser = signed_in("coordinator");
    std::string const body =
        "csrf_token=" + browser.csrf_token +
        "&first_name=Fatima&last_name=El+Amrani&birth_date_day=3&birth_date_month=4&birth_date_"
        "year=1990&gender=woman&preferred_language=fr";
    ASSERT_EQ(post(browser, "/participants", body).status, 303);
    auto warned =
        post(browser, "/participants",
             "csrf_token=" + browser.csrf_token +
                 "&first_name=fatima&last_name=el+amrani&birth_date_day=03&birth_date_month=04&birth_date_"
                 "year=1990&gender=woman&preferred_language=fr");
    EXPECT_EQ(warned.status, 409);
    EXPECT_TRUE(contains(warned.body, "href=\"/participants/1\""));
    EXPECT_TRUE(contains(warned.body, "name=\"confirm_different_person\""));
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 1);
    auto confirmed = post(browser, "/participants", body + "&confirm_different_person=yes");
    EXPECT_EQ(confirmed.status, 303);
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 2);
}

TEST_P(Http, ATrainerCannotOpenTheParticipantList)
{
    auto browser = signed_in("trainer");
    auto home = get(browser, "/");
    EXPECT_FALSE(contains(home.body, "href=\"/participants\""));
    EXPECT_EQ(get(browser, "/participants").status, 403);
    EXPECT_EQ(get(browser, "/participants/new").status, 403);
    EXPECT_EQ(get(browser, "/audit").status, 403);
    EXPECT_EQ(post(browser, "/participants", valid_participant + "&csrf_token=" + browser.csrf_token).status,
              403);
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 0);
}

TEST_P(Http, TheLanguageChosenIsRememberedForTheAccount)
{
    auto browser = signed_in("coordinator");
    EXPECT_TRUE(contains(get(browser, "/").body, "<html lang=\"fr\">"));
    auto chosen = post(browser, "/language",
                       "csrf_token=" + browser.csrf_token + "&language=nl&return_to=%2Fparticipants");
    EXPECT_EQ(chosen.status, 303);
    EXPECT_EQ(chosen.header("location"), "/participants");
    auto page = get(browser, "/participants");
    EXPECT_TRUE(contains(page.body, "<html lang=\"nl\">"));
    EXPECT_TRUE(contains(page.body, "Deelneemsters"));

    auto elsewhere = signed_in("coordinator"); // a new browser, without the language cookie
    EXPECT_TRUE(contains(get(elsewhere, "/").body, "<html lang=\"nl\">"));
}

TEST_P(Http, TheLanguageFollowsTheBrowserUntilChosen)
{
    EXPECT_TRUE(
        contains(client.get("/login", {{"Accept-Language", "nl-BE,nl;q=0.9"}}).body, "<html lang=\"nl\">"));
    EXPECT_TRUE(contains(client.get("/login", {{"Accept-Language", "en-US"}}).body, "Sign in"));
    EXPECT_TRUE(contains(client.get("/login", {{"Accept-Language", "de"}}).body, "<html lang=\"fr\">"));
}

TEST_P(Http, HtmxSearchGetsOnlyTheResults)
{
    auto browser = signed_in("coordinator");
    ASSERT_EQ(post(browser, "/participants",
                   "csrf_token=" + browser.csrf_token +
                       "&first_name=H%C3%A9l%C3%A8ne&last_name=Dubois&gender=woman&preferred_language=fr")
                  .status,
              303);
    auto fragment = get(browser, "/participants?q=helene",
                        {{"HX-Request", "true"}, {"HX-Target", "participant-results"}});
    EXPECT_EQ(fragment.status, 200);
    EXPECT_FALSE(contains(fragment.body, "<html"));
    EXPECT_TRUE(contains(fragment.body, "Dubois, Hélène"));
    auto page = get(browser, "/participants?q=helene");
    EXPECT_TRUE(contains(page.body, "<html"));
    EXPECT_TRUE(contains(page.body, "Dubois, Hélène"));
}

TEST_P(Http, TheListShowsEveryChangeAtOnce)
{
    auto browser = signed_in("coordinator");
    EXPECT_FALSE(contains(get(browser, "/participants").body, "Popa, Ana"));
    ASSERT_EQ(post(browser, "/participants", valid_participant + "&csrf_token=" + browser.csrf_token).status,
              303);
    EXPECT_TRUE(contains(get(browser, "/participants").body, "Popa, Ana"))
        << "a list rendered before is not shown again";
    ASSERT_EQ(post(browser, "/participants/1",
                   "csrf_token=" + browser.csrf_token +
                       "&first_name=Ana&last_name=Popescu&gender=woman&preferred_language=fr")
                  .status,
              303);
    auto const after = get(browser, "/participants").body;
    EXPECT_TRUE(contains(after, "Popescu, Ana"));
    EXPECT_FALSE(contains(after, "Popa, Ana"));
    auto english = get(browser, "/participants", {{"Accept-Language", "en"}});
    EXPECT_TRUE(contains(english.body, "Popescu, Ana")) << "each language has its own rendering";
}

TEST_P(Http, TheDirectorSeesWhoOpenedARecord)
{
    auto coordinator = signed_in("coordinator");
    ASSERT_EQ(post(coordinator, "/participants", valid_participant + "&csrf_token=" + coordinator.csrf_token)
                  .status,
              303);
    get(coordinator, "/participants/1");
    auto director = signed_in("director");
    auto trail = get(director, "/audit?participant=1");
    EXPECT_EQ(trail.status, 200);
    EXPECT_TRUE(contains(trail.body, "A consulté un dossier"));
    EXPECT_TRUE(contains(trail.body, "Name of coordinator"));
    EXPECT_TRUE(contains(trail.body, "127.0.0.1"));
}

TEST_P(Http, BehindAProxyFailuresAreCountedPerClientNotPerProxy)
{
    web::WebSettings behind_proxy;
    behind_proxy.trust_forwarded_for = true;
    web::Application proxied({database(), accounts, participants, audit, administration, training,
                              recruitment, partners, offers, traineeships, evaluations, placement},
                             catalogues(), templates(), behind_proxy);
    auto sign_in_from = [&](web::Application& application, std::string const& client) {
        web::Request request;
        request.method = "POST";
        request.target = "/login";
        request.remote_address = "10.0.0.2"; // the proxy
        request.headers = {{"x-forwarded-for", "192.0.2.77, " + client},
                           {"content-type", "application/x-www-form-urlencoded"},
                           {"cookie", "__Host-tremplin_csrf=token"}};
        request.body = "csrf_token=token&username=coordinator&password=wrong";
        return application.handle(request).status;
    };
    EXPECT_EQ(sign_in_from(proxied, "198.51.100.20"), 401);
    EXPECT_EQ(sign_in_from(application, "198.51.100.21"), 401);
    EXPECT_EQ(count("SELECT COUNT(*) FROM login_failures WHERE remote_address = '198.51.100.20'"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM login_failures WHERE remote_address = '10.0.0.2'"), 1)
        << "without the setting, the header is not believed";
}

TEST_P(Http, OnlyTheNamedProxiesAreBelievedAboutTheClientsAddress)
{
    web::WebSettings behind_proxy;
    behind_proxy.trusted_proxies = {"10.0.0.2"};
    web::Application proxied({database(), accounts, participants, audit, administration, training,
                              recruitment, partners, offers, traineeships, evaluations, placement},
                             catalogues(), templates(), behind_proxy);
    auto sign_in_through = [&](std::string const& peer, std::string const& forwarded) {
        web::Request request;
        request.method = "POST";
        request.target = "/login";
        request.remote_address = peer;
        request.headers = {{"x-forwarded-for", forwarded},
                           {"content-type", "application/x-www-form-urlencoded"},
                           {"cookie", "__Host-tremplin_csrf=token"}};
        request.body = "csrf_token=token&username=coordinator&password=wrong";
        return proxied.handle(request).status;
    };
    EXPECT_EQ(sign_in_through("10.0.0.2", "192.0.2.77, 198.51.100.30"), 401);
    EXPECT_EQ(sign_in_through("203.0.113.5", "198.51.100.31"), 401) << "a client that goes round the proxy";
    EXPECT_EQ(count("SELECT COUNT(*) FROM login_failures WHERE remote_address = '198.51.100.30'"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM login_failures WHERE remote_address = '198.51.100.31'"), 0)
        << "a header from anyone else is not believed";
    EXPECT_EQ(count("SELECT COUNT(*) FROM login_failures WHERE remote_address = '203.0.113.5'"), 1);
}

TEST_P(Http, SigningOutEndsTheSession)
{
    auto browser = signed_in("coordinator");
    auto const session = browser.cookies["__Host-tremplin_session"];
    auto reply = post(browser, "/logout", "csrf_token=" + browser.csrf_token);
    EXPECT_EQ(reply.status, 303);
    EXPECT_EQ(reply.header("location"), "/login?signed_out=1");
    Browser stolen;
    stolen.cookies["__Host-tremplin_session"] = session;
    EXPECT_EQ(get(stolen, "/participants").status, 303) << "the old cookie opens nothing";
}

TEST_P(Http, AClientTooSlowToSendItsRequestIsDisconnected)
{
    test_support::HttpConnection connection(server.port());
    connection.send("GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // and never the end of the headers
    EXPECT_TRUE(connection.closed_by_server()) << "the fixture's server allows 2 s for a request";
}

TEST_P(Http, StoppingClosesIdleKeepAliveConnections)
{
    test_support::HttpConnection connection(server.port());
    EXPECT_EQ(connection.exchange("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").status, 200);
    EXPECT_EQ(connection.exchange("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").status, 200)
        << "the connection is kept alive between requests";
    server.stop();
    EXPECT_TRUE(connection.closed_by_server()) << "an idle connection must not hold the shutdown";
}

// What a request may send (docs/design.md "Request limits"): a public form is read no further
// than 64 KB and 2,000 fields, a form without its cookies not at all, a file or an API document
// only once the session or token behind it is known; each refusal in the reader's language, and
// the server answers the next request as before.

#include "web_fixture.hpp"

using namespace tremplin;
using test_support::contains;
using test_support::WebTest;

namespace {

std::string many_fields(std::size_t count)
{
    std::string fields;
    fields.reserve(count * 4);
    for (std::size_t i = 0; i < count; ++i)
        fields += "f=1&";
    return fields;
}

std::string post_header(std::string const& target, std::string const& extra_headers, std::size_t length)
{
    return "POST " + target +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n" +
           extra_headers + "Content-Length: " + std::to_string(length) + "\r\n\r\n";
}

} // namespace

class RequestLimits : public WebTest {
  protected:
    std::string form_too_large(std::string_view language) const
    {
        return catalogues().find(language)->format("errors.too_large.form",
                                                   {{"kilobytes", 64}, {"fields", 2000}});
    }

    // A visitor who opened the application form: she holds its CSRF cookie and token.
    Browser visitor()
    {
        Browser browser;
        get(browser, "/apply");
        EXPECT_FALSE(browser.cookies["__Host-tremplin_csrf"].empty());
        return browser;
    }

    void expect_nothing_saved()
    {
        EXPECT_EQ(count("SELECT COUNT(*) FROM applications"), 0);
        EXPECT_EQ(count("SELECT COUNT(*) FROM public_submissions"), 0);
        EXPECT_EQ(client.get("/healthz").status, 200) << "the server answers the next request";
    }
};
TREMPLIN_ON_EVERY_BACKEND(RequestLimits);

TEST_P(RequestLimits, APublicFormOfAHundredThousandFieldsIsRefusedInHerLanguage)
{
    auto browser = visitor();
    auto const reply = post(browser, "/apply", "csrf_token=" + browser.csrf_token + "&" + many_fields(100000),
                            {{"Accept-Language", "nl"}});
    EXPECT_EQ(reply.status, 413);
    EXPECT_TRUE(contains(reply.body, "<html lang=\"nl\">"));
    EXPECT_TRUE(contains(reply.body, form_too_large("nl"))) << reply.body.substr(0, 2000);
    expect_nothing_saved();
}

TEST_P(RequestLimits, AFormWithMoreFieldsThanAnyPageHasIsRefusedEvenWhenSmall)
{
    auto browser = visitor();
    auto const body = "csrf_token=" + browser.csrf_token + "&" + many_fields(2500); // 10 KB
    auto const reply = post(browser, "/apply", body, {{"Accept-Language", "fr"}});
    EXPECT_EQ(reply.status, 413);
    EXPECT_TRUE(contains(reply.body, form_too_large("fr")));

    auto const long_value = "csrf_token=" + browser.csrf_token + "&first_name=" + std::string(40 * 1024, 'a');
    EXPECT_EQ(post(browser, "/apply", long_value).status, 413) << "no text the domain keeps is this long";
    expect_nothing_saved();
}

TEST_P(RequestLimits, ANineMegabyteBodyIsRefusedFromItsHeader)
{
    auto browser = visitor();
    auto const cookie =
        "Cookie: " + test_support::cookie_header(browser.cookies) + "\r\nAccept-Language: en\r\n";
    std::size_t const nine_megabytes = 9 * 1024 * 1024;
    auto const reply = client.send_until_answered(post_header("/info/1", cookie, nine_megabytes) +
                                                  std::string(nine_megabytes, 'a'));
    EXPECT_EQ(reply.status, 413);
    EXPECT_TRUE(contains(reply.body, form_too_large("en")));

    // Without a length, it is refused once 64 KB have come.
    std::string chunked =
        "POST /info/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n" + cookie + "\r\n";
    std::string const chunk(1024 * 1024, 'a');
    for (int i = 0; i < 9; ++i)
        chunked += "100000\r\n" + chunk + "\r\n";
    chunked += "0\r\n\r\n";
    EXPECT_EQ(client.send_until_answered(chunked).status, 413);
    expect_nothing_saved();
}

TEST_P(RequestLimits, APublicPostWithoutTheCsrfCookieIsRefusedBeforeItsBodyIsRead)
{
    // The body is announced and never sent: only an answer made from the header comes back.
    for (std::string const target : {"/apply", "/info/1", "/login"}) {
        auto const reply = client.send_raw(post_header(target, "Accept-Language: en\r\n", 50000));
        EXPECT_EQ(reply.status, 403) << target;
        EXPECT_TRUE(contains(reply.body, "You cannot do this")) << target;
    }
    expect_nothing_saved();
}

TEST_P(RequestLimits, AFileIsReadOnlyFromASessionThatExists)
{
    std::string const import = "/lessons/1/attendance/imports";
    auto const without = client.send_raw(post_header(import, "", 1024 * 1024));
    EXPECT_EQ(without.status, 303);
    EXPECT_TRUE(without.header("location").starts_with("/login"));
    auto const forged =
        client.send_raw(post_header(import, "Cookie: __Host-tremplin_session=forged\r\n", 1024 * 1024));
    EXPECT_EQ(forged.status, 303) << "a made-up session gets no more than a form's worth";

    auto coordinator = signed_in("coordinator");
    auto const boundary = std::string("----tremplin-test");
    auto const upload = [&](std::size_t size) {
        auto const body =
            "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n" +
            coordinator.csrf_token + "\r\n--" + boundary +
            "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sheet.csv\"\r\n\r\n" +
            std::string(size, 'a') + "\r\n--" + boundary + "--\r\n";
        return client.send_until_answered(
            "POST /lessons/999/attendance/imports HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
            "Accept-Language: en\r\nCookie: " +
            test_support::cookie_header(coordinator.cookies) +
            "\r\nContent-Type: multipart/form-data; boundary=" + boundary +
            "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
    };
    EXPECT_EQ(upload(1536 * 1024).status, 404) << "a file of 1.5 MB is read: there is no such lesson";
    auto const too_large = upload(3 * 1024 * 1024);
    EXPECT_EQ(too_large.status, 413);
    EXPECT_TRUE(contains(too_large.body, "The file is larger than 2 MB"));
}

TEST_P(RequestLimits, AnApiDocumentIsReadOnlyWithATokenThatExists)
{
    auto const forged = client.send_raw("POST /api/v1/participants HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                        "Authorization: Bearer forged\r\nContent-Type: application/json\r\n"
                                        "Content-Length: 500000\r\n\r\n");
    EXPECT_EQ(forged.status, 401);
    EXPECT_EQ(forged.header("content-type"), "application/problem+json");
    auto const too_large =
        client.send_raw("POST /api/v1/participants HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        "Authorization: Bearer forged\r\nContent-Type: application/json\r\n"
                        "Content-Length: 2000000\r\n\r\n");
    EXPECT_EQ(too_large.status, 413);
    EXPECT_EQ(too_large.header("content-type"), "application/problem+json");
    EXPECT_EQ(client.get("/healthz").status, 200);
}

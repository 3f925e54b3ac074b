#include "web/context.hpp"
#include "web/cookies.hpp"
#include "web/form_data.hpp"
#include "web/http.hpp"
#include "web/router.hpp"

#include <gtest/gtest.h>

using namespace tremplin::web;

TEST(FormData, DecodesAFormBody)
{
    auto form = FormData::parse(
        "first_name=H%C3%A9l%C3%A8ne&last_name=N%27Diaye+Kabor%C3%A9&empty=&first_name=second");
    ASSERT_TRUE(form);
    EXPECT_EQ(form->get("first_name"), "Hélène") << "the first value counts";
    EXPECT_EQ(form->get("last_name"), "N'Diaye Kaboré");
    EXPECT_TRUE(form->has("empty"));
    EXPECT_FALSE(form->has("missing"));
    EXPECT_EQ(form->get("missing"), "");
}

TEST(FormData, RefusesMalformedEncoding)
{
    EXPECT_FALSE(FormData::parse("name=%ZZ"));
    EXPECT_FALSE(FormData::parse("name=%4"));
    EXPECT_FALSE(FormData::parse("name=%C3%28")) << "not UTF-8";
    EXPECT_FALSE(FormData::parse("name=%ED%A0%80")) << "a lone surrogate is not UTF-8";
    EXPECT_TRUE(FormData::parse(""));
}

TEST(FormData, ReadsNoMoreFieldsThanTheLimit)
{
    FormLimits const limits{.fields = 3, .name_bytes = 8, .value_bytes = 5};
    EXPECT_TRUE(FormData::parse("a=1&b=2&c=3", limits));
    EXPECT_TRUE(FormData::parse("a=1&&&b=2&&c=3&", limits)) << "empty pairs are no fields";
    auto const four = FormData::parse("a=1&b=2&c=3&d=4", limits);
    ASSERT_FALSE(four);
    EXPECT_EQ(four.error(), FormProblem::TooLarge);
    EXPECT_EQ(FormData::parse("name=%C3%A9%C3%A9%C3%A9", limits).error(), FormProblem::TooLarge)
        << "six bytes decoded";
    EXPECT_TRUE(FormData::parse("name=%C3%A9%C3%A9a", limits));
    EXPECT_EQ(FormData::parse("a_long_name=1", limits).error(), FormProblem::TooLarge);
    EXPECT_EQ(FormData::parse("name=%ZZ", limits).error(), FormProblem::Malformed);
}

TEST(FormData, ReadsNoMorePartsThanTheLimit)
{
    FormLimits const limits{.fields = 2, .name_bytes = 8, .value_bytes = 5};
    auto const part = [](std::string const& name, std::string const& content, bool file = false) {
        return "--b\r\nContent-Disposition: form-data; name=\"" + name + "\"" +
               (file ? "; filename=\"f.csv\"" : "") + "\r\n\r\n" + content + "\r\n";
    };
    auto const type = "multipart/form-data; boundary=b";
    EXPECT_TRUE(FormData::parse_multipart(
        part("a", "1") + part("f", "a file longer than five", true) + "--b--", type, limits))
        << "a file is bounded by its route's body only";
    EXPECT_EQ(
        FormData::parse_multipart(part("a", "1") + part("b", "2") + part("c", "3") + "--b--", type, limits)
            .error(),
        FormProblem::TooLarge);
    EXPECT_EQ(FormData::parse_multipart(part("a", "123456") + "--b--", type, limits).error(),
              FormProblem::TooLarge);
}

TEST(FormData, EncodesForUrls)
{
    EXPECT_EQ(url_encode("/participants?q=Hélène & co"), "%2Fparticipants%3Fq%3DH%C3%A9l%C3%A8ne%20%26%20co");
}

TEST(Router, MatchesPathsWithValues)
{
    Router router;
    router.add("GET", "/participants/new", Access::SignedIn, {});
    router.add("GET", "/participants/{id}", Access::SignedIn, {});
    router.add("POST", "/participants/{id}", Access::SignedIn, {});

    auto record = router.match("GET", "/participants/42");
    ASSERT_TRUE(record && record->handler);
    EXPECT_EQ(record->values, (std::vector<std::string>{"42"}));
    EXPECT_TRUE(router.match("GET", "/participants/new")->values.empty());
    EXPECT_TRUE(router.match("HEAD", "/participants/42")->handler) << "HEAD is answered like GET";

    auto wrong_method = router.match("DELETE", "/participants/42");
    ASSERT_TRUE(wrong_method);
    EXPECT_FALSE(wrong_method->method_allowed);
    EXPECT_FALSE(router.match("GET", "/participants/42/unknown"));
}

TEST(ForwardedFor, TakesTheAddressTheNearestProxySaw)
{
    EXPECT_EQ(forwarded_client_address("203.0.113.9"), "203.0.113.9");
    EXPECT_EQ(forwarded_client_address("198.51.100.1, 203.0.113.9"), "203.0.113.9")
        << "the first entries are the client's own claims";
    EXPECT_EQ(forwarded_client_address(" 2001:db8::1 "), "2001:db8::1");
    EXPECT_EQ(forwarded_client_address(""), "");
}

TEST(ForwardedFor, SkipsTheCentresOwnProxiesAndTakesOnlyAnAddress)
{
    std::vector<std::string> const proxies{"10.0.0.2", "10.0.0.3"};
    EXPECT_EQ(forwarded_client_address("198.51.100.1, 203.0.113.9, 10.0.0.3", proxies), "203.0.113.9")
        << "the address the outer proxy saw, passed on by the inner one";
    EXPECT_EQ(forwarded_client_address("10.0.0.2, 10.0.0.3", proxies), "");
    EXPECT_EQ(forwarded_client_address("203.0.113.9, evil<script>", proxies), "")
        << "what the nearest proxy did not write as an address is not believed";
}

TEST(Cookies, AreReadFromTheCookieHeader)
{
    Request request;
    request.headers = {{"cookie", "a=1; tremplin_session=abc; b=2"}};
    EXPECT_EQ(cookie_value(request, "tremplin_session"), "abc");
    EXPECT_EQ(cookie_value(request, "missing"), "");
}

TEST(Cookies, AreHttpOnlyAndSecureWhenAsked)
{
    Response response;
    set_cookie(response, "tremplin_session", "abc", {std::nullopt, true});
    EXPECT_EQ(response.headers.back().second, "tremplin_session=abc; Path=/; HttpOnly; SameSite=Lax; Secure");
}

TEST(Cookies, AreSecureWithHostNamesUnlessServedOverPlainHttp)
{
    EXPECT_TRUE(WebSettings{}.cookies().secure()) << "secure by default";
    Cookies const secure(true);
    Response response;
    secure.set(response, Cookie::Session, "abc");
    secure.set(response, Cookie::Csrf, "def");
    secure.set(response, Cookie::Language, "nl", std::chrono::seconds(60));
    secure.clear(response, Cookie::Session);
    ASSERT_EQ(response.headers.size(), 4u);
    EXPECT_EQ(response.headers[0].second,
              "__Host-tremplin_session=abc; Path=/; HttpOnly; SameSite=Lax; Secure");
    EXPECT_EQ(response.headers[1].second,
              "__Host-tremplin_csrf=def; Path=/; HttpOnly; SameSite=Strict; Secure");
    EXPECT_EQ(response.headers[2].second,
              "__Host-tremplin_language=nl; Path=/; HttpOnly; SameSite=Lax; Max-Age=60; Secure");
    EXPECT_EQ(response.headers[3].second,
              "__Host-tremplin_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Secure");

    Cookies const plain(false);
    Response development;
    plain.set(development, Cookie::Session, "abc");
    EXPECT_EQ(development.headers.back().second, "tremplin_session=abc; Path=/; HttpOnly; SameSite=Lax");

    Request request;
    request.headers = {{"cookie", "tremplin_session=plain; __Host-tremplin_session=secure"}};
    EXPECT_EQ(secure.read(request, Cookie::Session), "secure");
    EXPECT_EQ(plain.read(request, Cookie::Session), "plain");
}

TEST(ReturnPath, StaysOnThisSite)
{
    EXPECT_EQ(Context::safe_return_path("/participants?q=ana", "/"), "/participants?q=ana");
    EXPECT_EQ(Context::safe_return_path("https://evil.example/", "/"), "/");
    EXPECT_EQ(Context::safe_return_path("//evil.example/", "/"), "/");
    EXPECT_EQ(Context::safe_return_path("/\t/evil.example", "/"), "/");
    EXPECT_EQ(Context::safe_return_path("/%09/evil.example", "/"), "/");
    EXPECT_EQ(Context::safe_return_path("/%2F/evil.example", "/"), "/");
    EXPECT_EQ(Context::safe_return_path("/%2f/evil.example", "/"), "/");
    EXPECT_EQ(Context::safe_return_path("/%5Cevil.example", "/"), "/");
    EXPECT_EQ(Context::safe_return_path("/\\evil.example", "/"), "/");
    EXPECT_EQ(Context::safe_return_path("/participants%", "/"), "/");
    EXPECT_EQ(Context::safe_return_path("/participants?q=%E", "/"), "/");
    EXPECT_EQ(Context::safe_return_path("/participants/42/edit?from=search#top", "/"), "/");
    EXPECT_EQ(Context::safe_return_path("/cohorts/3?month=2026-03&view=all", "/"),
              "/cohorts/3?month=2026-03&view=all");
    EXPECT_EQ(Context::safe_return_path("/participants?q=%2F%2Fana", "/"), "/participants?q=%2F%2Fana")
        << "only the path decides where it leads";
    EXPECT_EQ(Context::safe_return_path("/\\evil.example/", "/"), "/");
    EXPECT_EQ(Context::safe_return_path("/a\r\nSet-Cookie: x", "/"), "/");
}

TEST(Response, RefusesAHeaderThatWouldSplitTheResponse)
{
    Response response;
    EXPECT_THROW(response.set_header("Content-Disposition", "inline\r\nSet-Cookie: a=b"),
                 std::invalid_argument);
    EXPECT_THROW(response.set_header("Location", "/\n"), std::invalid_argument);
    EXPECT_THROW(response.set_header("X-Name", std::string("a\0b", 3)), std::invalid_argument);
    EXPECT_THROW(response.set_header("X-Evil\r\nSet-Cookie", "a=b"), std::invalid_argument);
    EXPECT_THROW(response.add_header("Set-Cookie", "a=b\r\nX: y"), std::invalid_argument);
    EXPECT_THROW(Response::redirect("/participants\r\nSet-Cookie: a=b"), std::invalid_argument);
    EXPECT_TRUE(response.headers.empty()) << "nothing refused was kept";
    response.set_header("X-Name", "Hélène\tN'Diaye");
    EXPECT_EQ(response.header("x-name"), "Hélène\tN'Diaye");
}

TEST(Response, NamesADownloadInAsciiAndInUtf8)
{
    EXPECT_EQ(content_disposition("hours-2026-03-4.csv"),
              "attachment; filename=\"hours-2026-03-4.csv\"; filename*=UTF-8''hours-2026-03-4.csv");
    EXPECT_EQ(content_disposition("attestation-WEB-2026-A-Dupré \"Zoë\" N'Diaye.pdf", Disposition::Inline),
              "inline; filename=\"attestation-WEB-2026-A-Dupre__Zoe__N_Diaye.pdf\"; "
              "filename*=UTF-8''attestation-WEB-2026-A-Dupr%C3%A9%20%22Zo%C3%AB%22%20N%27Diaye.pdf");
    EXPECT_EQ(content_disposition("Ана\r\n;.pdf"),
              "attachment; filename=\"______.pdf\"; filename*=UTF-8''%D0%90%D0%BD%D0%B0%0D%0A%3B.pdf")
        << "a letter without an ASCII form, a line break or a ';' is no part of the fallback";
}

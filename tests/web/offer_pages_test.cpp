// The offers' pages: the job coach adds an offer from its partner's page; 0 places comes back
// beside its field with what was typed; the enterprise's link opens the offer in the contact's
// language (Dutch for a Dutch contact), takes one answer, and then says it was answered; a
// guessed link gives one plain page in the visitor's language and changes nothing.

#include "web_fixture.hpp"

#include <regex>

using namespace tremplin;
using test_support::contains;
using test_support::WebTest;

namespace {

std::map<std::string, std::string> const in_english{{"Accept-Language", "en"}};

} // namespace

class OfferPages : public WebTest {
  protected:
    OfferPages()
    {
        EXPECT_TRUE(accounts.add_account({"jobcoach", "Name of jobcoach", domain::Role::JobCoach, password}));
        auto const account =
            accounts.add_account({"head", "Head of training", domain::Role::Director, password});
        head = service::Actor{*account, "127.0.0.1"};
        domain::Track track;
        track.code = "WEB";
        track.name = {"Développeuse web", "Webontwikkelaar", "Web developer"};
        track_id = *training.catalogue.create_track(head, track);
        partner_id =
            *partners
                 .create(head, {.name = "Acme Brussels", .kind = "enterprise"}, service::DuplicateCheck::Warn)
                 ->id;
        contact_id = *partners.add_contact(head, partner_id, {.name = "Lena Peeters", .language = "nl"});
    }

    std::string offer_form(std::string const& csrf_token, std::string const& places) const
    {
        return "csrf_token=" + csrf_token +
               "&title=Junior+web+developer&occupation=2512&tracks=" + std::to_string(track_id) +
               "&places=" + places +
               "&starts_on=2026-03-02&ends_on=2026-04-24&hours_per_week=38&languages=nl&languages=en"
               "&street=Rue+Royale+2&postcode=1000&commune=Bruxelles&transport_note=Metro+2&tutor=" +
               std::to_string(contact_id);
    }

    service::Actor head;
    long long track_id = 0;
    long long partner_id = 0;
    long long contact_id = 0;
};
TREMPLIN_ON_EVERY_BACKEND(OfferPages);

TEST_P(OfferPages, ZeroPlacesIsRefusedBesideItsFieldWithWhatWasTyped)
{
    auto browser = signed_in("jobcoach");
    auto const partner_page = get(browser, "/partners/" + std::to_string(partner_id), in_english);
    auto const new_offer = "/partners/" + std::to_string(partner_id) + "/offers/new";
    EXPECT_TRUE(contains(partner_page.body, "href=\"" + new_offer + "\"")) << partner_page.body;
    EXPECT_EQ(get(browser, new_offer, in_english).status, 200);

    auto const refused = post(browser, new_offer, offer_form(browser.csrf_token, "0"), in_english);
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(contains(refused.body, "Places must be between 1 and 20</p>")) << refused.body;
    EXPECT_TRUE(contains(refused.body, "href=\"#places\""));
    EXPECT_TRUE(contains(refused.body, "value=\"Junior web developer\""));
    EXPECT_TRUE(contains(refused.body, "name=\"places\" type=\"text\" value=\"0\""));
    EXPECT_TRUE(std::regex_search(refused.body, std::regex(R"(value="nl" checked)")));
    EXPECT_EQ(count("SELECT COUNT(*) FROM offers"), 0);

    auto const added = post(browser, new_offer, offer_form(browser.csrf_token, "2"), in_english);
    ASSERT_EQ(added.status, 303) << added.body;
    auto const id = std::to_string(count("SELECT id FROM offers"));
    EXPECT_EQ(added.header("location"), "/offers/" + id + "?notice=created");
    auto const page = get(browser, "/offers/" + id, in_english);
    EXPECT_TRUE(contains(page.body, "<dd>Draft</dd>"));
    EXPECT_TRUE(contains(page.body, "38 hours a week"));
    EXPECT_TRUE(contains(get(browser, "/offers?status=draft", in_english).body, "Junior web developer"));
    EXPECT_FALSE(contains(get(browser, "/offers?status=open", in_english).body, "Junior web developer"));
}

TEST_P(OfferPages, TheEnterprisesLinkOpensTheOfferInDutchAndTakesOneAnswer)
{
    auto browser = signed_in("jobcoach");
    ASSERT_EQ(post(browser, "/partners/" + std::to_string(partner_id) + "/offers/new",
                   offer_form(browser.csrf_token, "2"), in_english)
                  .status,
              303);
    auto const id = std::to_string(count("SELECT id FROM offers"));
    auto const made =
        post(browser, "/offers/" + id + "/link",
             "csrf_token=" + browser.csrf_token + "&contact=" + std::to_string(contact_id), in_english);
    EXPECT_EQ(made.status, 200);
    std::smatch link;
    ASSERT_TRUE(
        std::regex_search(made.body, link, std::regex(R"re(href="[^"]*(/offer-check/[A-Za-z0-9_-]+)")re")))
        << made.body;
    auto const path = link[1].str();

    // A visitor whose browser asks for English reads the offer in the contact's Dutch.
    Browser visitor;
    auto const page = get(visitor, path, in_english);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "<html lang=\"nl\"")) << page.body.substr(0, 300);
    EXPECT_TRUE(contains(page.body, "Dag Lena Peeters,"));

    auto const wrong = post(visitor, path,
                            "csrf_token=" + visitor.csrf_token +
                                "&answer=correct&title=Junior+web+developer&places=0&starts_on=2026-03-02"
                                "&ends_on=2026-04-24&hours_per_week=38",
                            in_english);
    EXPECT_EQ(wrong.status, 422);
    EXPECT_TRUE(contains(wrong.body, "Het aantal plaatsen moet tussen 1 en 20 liggen")) << wrong.body;
    EXPECT_TRUE(contains(wrong.body, "name=\"places\" type=\"text\" value=\"0\""));
    EXPECT_EQ(count("SELECT COUNT(*) FROM offer_links WHERE used_at IS NULL"), 1);

    auto const sent = post(visitor, path,
                           "csrf_token=" + visitor.csrf_token +
                               "&answer=correct&title=Junior+web+developer&places=3&starts_on=2026-03-02"
                               "&ends_on=2026-04-24&hours_per_week=38",
                           in_english);
    ASSERT_EQ(sent.status, 200) << sent.body;
    EXPECT_TRUE(contains(sent.body, "Bedankt, uw antwoord is verstuurd"));
    EXPECT_EQ(count("SELECT places FROM offers"), 3);

    auto const again = get(visitor, path, in_english);
    EXPECT_EQ(again.status, 410);
    EXPECT_TRUE(contains(again.body, "This link has already been answered"));
    auto const staff_page = get(browser, "/offers/" + id, in_english);
    EXPECT_TRUE(contains(staff_page.body, "by Lena Peeters")) << staff_page.body;
}

TEST_P(OfferPages, AGuessedLinkGivesOnePlainPageInTheVisitorsLanguage)
{
    Browser visitor;
    auto const page = get(visitor, "/offer-check/guessed", in_english);
    EXPECT_EQ(page.status, 404);
    EXPECT_TRUE(contains(page.body, "This link does not work"));
    auto const sent = post(visitor, "/offer-check/guessed",
                           "csrf_token=" + visitor.csrf_token + "&answer=confirm", in_english);
    EXPECT_EQ(sent.status, 404);
    EXPECT_EQ(count("SELECT COUNT(*) FROM offers WHERE confirmed_at IS NOT NULL"), 0);
}

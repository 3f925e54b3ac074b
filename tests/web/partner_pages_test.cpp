// The partners' pages: the job coach records a partner and its contact; an invalid enterprise
// number comes back beside its field, in English, with what was typed; a possible duplicate asks
// for confirmation; the coordinator reads the partners but cannot add one.

#include "web_fixture.hpp"

using namespace tremplin;
using test_support::contains;
using test_support::WebTest;

namespace {

std::map<std::string, std::string> const in_english{{"Accept-Language", "en"}};

} // namespace

class PartnerPages : public WebTest {
  protected:
    PartnerPages()
    {
        EXPECT_TRUE(accounts.add_account({"jobcoach", "Name of jobcoach", domain::Role::JobCoach, password}));
    }

    test_support::HttpReply add_partner(Browser& browser, std::string const& fields)
    {
        return post(browser, "/partners", "csrf_token=" + browser.csrf_token + fields, in_english);
    }
};
TREMPLIN_ON_EVERY_BACKEND(PartnerPages);

TEST_P(PartnerPages, TheJobCoachRecordsAPartnerAndItsContact)
{
    auto browser = signed_in("jobcoach");
    EXPECT_TRUE(contains(get(browser, "/", in_english).body, "href=\"/partners\""));
    EXPECT_EQ(get(browser, "/partners/new", in_english).status, 200);
    auto const added =
        add_partner(browser, "&name=Acme+Brussels+SRL&kind=enterprise&enterprise_number=BE0123456749"
                             "&nace_section=J&size_band=small&street=&postcode=1030"
                             "&commune=Schaerbeek&website=https%3A%2F%2Facme.example");
    ASSERT_EQ(added.status, 303) << added.body;
    auto const id = std::to_string(count("SELECT id FROM partners WHERE name = 'Acme Brussels SRL'"));
    EXPECT_EQ(added.header("location"), "/partners/" + id + "?notice=created");

    auto page = get(browser, "/partners/" + id, in_english);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "<dd>0123.456.749</dd>"));
    EXPECT_TRUE(contains(page.body, "J – Information and communication"));
    EXPECT_TRUE(contains(page.body, "No contacts yet."));

    auto const contact =
        post(browser, "/partners/" + id + "/contacts",
             "csrf_token=" + browser.csrf_token +
                 "&name=Lena+Peeters&role=HR&language=nl&phone=02+227+61+00&email=lena%40acme.example",
             in_english);
    EXPECT_EQ(contact.status, 303) << contact.body;
    page = get(browser, "/partners/" + id, in_english);
    EXPECT_TRUE(contains(page.body, "<th scope=\"row\">Lena Peeters</th><td>HR</td>"));

    auto const list = get(browser, "/partners?q=schaer", in_english);
    EXPECT_TRUE(contains(list.body, "<a href=\"/partners/" + id + "\">Acme Brussels SRL</a>"));
}

TEST_P(PartnerPages, AnInvalidEnterpriseNumberIsRefusedBesideItsFieldWithWhatWasTyped)
{
    auto browser = signed_in("jobcoach");
    auto const refused =
        add_partner(browser, "&name=Acme+Brussels&kind=enterprise&enterprise_number=0123.456.748");
    EXPECT_EQ(refused.status, 422);
    auto const message =
        std::string("Enter a real enterprise number: 10 digits starting with 0 or 1, like 0123.456.749");
    EXPECT_TRUE(contains(refused.body, "<a href=\"#enterprise_number\">" + message + "</a>")) << refused.body;
    EXPECT_TRUE(contains(refused.body, "</span>" + message + "</p>")) << "beside the field";
    EXPECT_TRUE(contains(refused.body, "value=\"0123.456.748\""));
    EXPECT_TRUE(contains(refused.body, "value=\"Acme Brussels\""));
    EXPECT_EQ(count("SELECT COUNT(*) FROM partners"), 0);
}

TEST_P(PartnerPages, APossibleDuplicateAsksForConfirmation)
{
    auto browser = signed_in("jobcoach");
    ASSERT_EQ(add_partner(browser, "&name=Dupont+SA&kind=enterprise").status, 303);
    auto const warned = add_partner(browser, "&name=Dupont+NV&kind=enterprise");
    EXPECT_EQ(warned.status, 409);
    EXPECT_TRUE(contains(warned.body, "The centre may already know this organisation"));
    EXPECT_TRUE(contains(warned.body, "name=\"confirm_different_partner\""));
    EXPECT_EQ(count("SELECT COUNT(*) FROM partners"), 1);
    EXPECT_EQ(add_partner(browser, "&name=Dupont+NV&kind=enterprise&confirm_different_partner=yes").status,
              303);
    EXPECT_EQ(count("SELECT COUNT(*) FROM partners"), 2);
}

TEST_P(PartnerPages, TheCoordinatorReadsButCannotCreate)
{
    auto coach = signed_in("jobcoach");
    ASSERT_EQ(
        add_partner(coach, "&name=Actiris&kind=employment_service&commune=Saint-Josse-ten-Noode").status,
        303);
    auto const id = std::to_string(count("SELECT id FROM partners"));

    auto browser = signed_in("coordinator");
    auto const list = get(browser, "/partners", in_english);
    EXPECT_EQ(list.status, 200);
    EXPECT_TRUE(contains(list.body, "Actiris"));
    EXPECT_FALSE(contains(list.body, "href=\"/partners/new\""));
    auto const page = get(browser, "/partners/" + id, in_english);
    EXPECT_EQ(page.status, 200);
    EXPECT_FALSE(contains(page.body, "/partners/" + id + "/contacts\""));
    EXPECT_TRUE(contains(page.body, "<dt>Cohorts funded</dt><dd>0</dd>")) << "what it brings, counted";
    EXPECT_EQ(get(browser, "/partners/new").status, 403);
    EXPECT_EQ(add_partner(browser, "&name=Acme&kind=enterprise").status, 403);
    EXPECT_EQ(count("SELECT COUNT(*) FROM partners"), 1);
}

TEST_P(PartnerPages, AnInvalidTimelineEntryComesBackBesideItsFieldWithWhatWasTyped)
{
    auto browser = signed_in("jobcoach");
    ASSERT_EQ(add_partner(browser, "&name=Acme+Brussels&kind=enterprise").status, 303);
    auto const id = std::to_string(count("SELECT id FROM partners"));
    auto const refused = post(browser, "/partners/" + id + "/events",
                              "csrf_token=" + browser.csrf_token +
                                  "&kind=meeting&happened_on_day=31&happened_on_month=2&happened_on_year=2026"
                                  "&summary=Two+trainees+in+April",
                              in_english);
    EXPECT_EQ(refused.status, 422);
    auto const message = std::string("The date must be a real date");
    EXPECT_TRUE(contains(refused.body, "<a href=\"#event-happened_on_day\">" + message + "</a>"))
        << refused.body;
    EXPECT_TRUE(contains(refused.body, "</span>" + message + "</p>")) << "beside the field";
    EXPECT_TRUE(contains(refused.body, ">Two trainees in April</textarea>"));
    EXPECT_TRUE(contains(refused.body, "id=\"event-happened_on_day\" name=\"happened_on_day\" type=\"text\" "
                                       "inputmode=\"numeric\" value=\"31\""));
    EXPECT_TRUE(contains(refused.body, "<option value=\"meeting\" selected>Meeting</option>"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM partner_events"), 0);
}

TEST_P(PartnerPages, TheTimelineShowsEntriesNewestFirst)
{
    auto browser = signed_in("jobcoach");
    ASSERT_EQ(add_partner(browser, "&name=Acme+Brussels&kind=enterprise").status, 303);
    auto const id = std::to_string(count("SELECT id FROM partners"));
    ASSERT_EQ(post(browser, "/partners/" + id + "/contacts",
                   "csrf_token=" + browser.csrf_token + "&name=Lena+Peeters&language=nl", in_english)
                  .status,
              303);
    auto const lena = std::to_string(count("SELECT id FROM partner_contacts"));
    auto const noted = post(browser, "/partners/" + id + "/events",
                            "csrf_token=" + browser.csrf_token +
                                "&kind=meeting&happened_on_day=2&happened_on_month=1&happened_on_year=2025"
                                "&contact=" +
                                lena + "&summary=First+meeting",
                            in_english);
    ASSERT_EQ(noted.status, 303) << noted.body;
    EXPECT_EQ(noted.header("location"), "/partners/" + id + "?notice=event_added#timeline");
    ASSERT_EQ(post(browser, "/partners/" + id + "/events",
                   "csrf_token=" + browser.csrf_token + "&kind=call&summary=Confirmed+two+trainees",
                   in_english)
                  .status,
              303);

    auto const page = get(browser, "/partners/" + id + "?notice=event_added", in_english);
    EXPECT_TRUE(contains(page.body, "The entry has been added to the timeline."));
    auto const latest = page.body.find("Confirmed two trainees");
    auto const contact_added = page.body.find("Contact added: Lena Peeters");
    auto const first = page.body.find("First meeting");
    auto const partner_added = page.body.find("<strong>Partner added</strong>");
    ASSERT_NE(latest, std::string::npos);
    ASSERT_NE(first, std::string::npos);
    ASSERT_NE(contact_added, std::string::npos);
    ASSERT_NE(partner_added, std::string::npos);
    EXPECT_LT(latest, contact_added);
    EXPECT_LT(contact_added, partner_added);
    EXPECT_LT(partner_added, first) << "a meeting of 2025 comes after the partner added today";
    EXPECT_TRUE(contains(page.body,
                         "<strong>Meeting</strong> · 2 January 2025 · with Lena Peeters · Name of jobcoach"))
        << page.body;
}

TEST_P(PartnerPages, TheListIsFilteredByATagInUse)
{
    auto browser = signed_in("jobcoach");
    ASSERT_EQ(add_partner(browser, "&name=Acme+Brussels&kind=enterprise&tags=ICT%2C+hosts+every+year").status,
              303);
    ASSERT_EQ(add_partner(browser, "&name=Actiris&kind=employment_service&tags=Job+fair+2026").status, 303);
    auto const all = get(browser, "/partners", in_english);
    EXPECT_TRUE(contains(all.body, "<option value=\"ict\">ICT</option>")) << all.body;
    EXPECT_TRUE(contains(all.body, "<option value=\"job fair 2026\">Job fair 2026</option>"));
    EXPECT_TRUE(contains(all.body, "<td>hosts every year, ICT</td>")) << "in the order of their keys";

    auto const filtered = get(browser, "/partners?tag=job+fair+2026", in_english);
    EXPECT_TRUE(contains(filtered.body, "<option value=\"job fair 2026\" selected>Job fair 2026</option>"));
    EXPECT_TRUE(contains(filtered.body, ">Actiris</a>"));
    EXPECT_FALSE(contains(filtered.body, ">Acme Brussels</a>"));

    auto const refused =
        add_partner(browser, "&name=Bruxelles+Formation&kind=training_centre&tags=" + std::string(41, 'x'));
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(contains(refused.body, "</span>Each tag must be 40 characters or fewer</p>"));
    EXPECT_TRUE(contains(refused.body, "value=\"" + std::string(41, 'x') + "\""));
}

TEST_P(PartnerPages, TheRecordNamesThePartnerThatSentHerAndThePartnerCountsHer)
{
    auto job_coach = signed_in("jobcoach");
    ASSERT_EQ(add_partner(job_coach, "&name=CPAS+d%27Anderlecht&kind=social_service&postcode=1070").status,
              303);
    auto const id = std::to_string(count("SELECT id FROM partners"));

    auto coordinator = signed_in("coordinator");
    auto const form = get(coordinator, "/participants/new", in_english);
    EXPECT_TRUE(contains(form.body, "Partner that sent her"));
    EXPECT_TRUE(contains(form.body, "<option value=\"" + id + "\">CPAS d&#39;Anderlecht</option>"));

    auto const typed = "csrf_token=" + coordinator.csrf_token +
                       "&first_name=Ana&last_name=Popa&gender=woman&preferred_language=fr"
                       "&referral_source=social_services&referral_partner=";
    auto const refused = post(coordinator, "/participants", typed + "999999", in_english);
    EXPECT_EQ(refused.status, 422);
    EXPECT_TRUE(contains(refused.body, "That partner is not one of the centre’s partners"));
    EXPECT_TRUE(contains(refused.body, "value=\"Popa\"")) << "what was typed comes back";
    EXPECT_EQ(count("SELECT COUNT(*) FROM participants"), 0);

    auto const created = post(coordinator, "/participants", typed + id, in_english);
    ASSERT_EQ(created.status, 303) << created.body;
    auto const record = get(coordinator, created.header("location"), in_english);
    EXPECT_TRUE(contains(record.body, "CPAS d&#39;Anderlecht"));

    auto const partner = get(coordinator, "/partners/" + id, in_english);
    EXPECT_TRUE(contains(partner.body, "<dt>Women it sent to the centre</dt><dd>1</dd>"));
}

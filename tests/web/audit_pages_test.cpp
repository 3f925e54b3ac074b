// What is read leaves its row too: the register's list page (shown anew or from the cache), a
// search (by its length, never its text), and the trail shows those rows in the reader's
// language.

#include "training_fixture.hpp"

using namespace tremplin;

namespace {

bool contains(std::string const& text, std::string const& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

class AuditPages : public test_support::TrainingWebTest {
  protected:
    void SetUp() override
    {
        TrainingWebTest::SetUp();
        for (auto const& [first, last] : {std::pair{"Hélène", "Dubois"}, std::pair{"Ana", "Popa"}}) {
            domain::ParticipantInput input;
            input.set(domain::participant_fields::first_name, first);
            input.set(domain::participant_fields::last_name, last);
            input.set(domain::participant_fields::gender, "woman");
            input.set(domain::participant_fields::preferred_language, "fr");
            ASSERT_TRUE(participants.create(head, input, service::DuplicateCheck::Warn));
        }
    }

    long long rows(std::string const& action, std::string const& detail)
    {
        return count("SELECT COUNT(*) FROM audit_events WHERE action = '" + action + "' AND detail = '" +
                     detail + "'");
    }
};
TREMPLIN_ON_EVERY_BACKEND(AuditPages);

TEST_P(AuditPages, EveryShowingOfTheListIsAuditedAlsoFromTheCache)
{
    auto coordinator = signed_in("coordinator");
    EXPECT_EQ(get(coordinator, "/participants").status, 200);
    EXPECT_EQ(get(coordinator, "/participants").status, 200) << "the second time from the cache";
    EXPECT_EQ(rows("participants.listed", "rows=2 order=name offset=0 limit=50"), 2);
    EXPECT_EQ(get(coordinator, "/participants?q=dubois&sort=name&page=1").status, 200);
    EXPECT_EQ(get(coordinator, "/participants?q=dubois&sort=name&page=1").status, 200);
    EXPECT_EQ(rows("participants.searched", "rows=1 search=6 order=name offset=0 limit=50"), 2);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_events WHERE detail LIKE '%dubois%'"), 0);
}

TEST_P(AuditPages, TheTrailNamesWhatWasReadInTheReadersLanguage)
{
    auto coordinator = signed_in("coordinator");
    get(coordinator, "/participants?q=popa&sort=recent&page=1");
    auto director = signed_in("director");
    auto const english = get(director, "/audit", {{"Accept-Language", "en"}});
    EXPECT_EQ(english.status, 200);
    EXPECT_TRUE(contains(english.body, "Searched the register"));
    EXPECT_TRUE(contains(english.body,
                         "1 row, a search of 4 characters, recently changed first, from the first "
                         "row, 50 a page"))
        << english.body;
    auto const french = get(director, "/audit", {{"Accept-Language", "fr"}});
    EXPECT_TRUE(contains(french.body, "A cherché parmi les participantes"));
    EXPECT_TRUE(contains(french.body, "1 ligne, une recherche de 4 caractères"));
}

// Letters to applicants read whole in each language: her name, the facts they need, the
// centre's signature, nothing left unfilled.

#include "document_fixture.hpp"
#include "report/letter.hpp"

using namespace tremplin;
using report::testing::catalogue;

namespace {

domain::Letter letter_of(domain::LetterKind kind, std::string const& language)
{
    domain::Letter letter;
    letter.kind = kind;
    letter.language = language;
    letter.facts = {{"first_name", "Fatima"},
                    {"reference", "2026-K7PQ2M"},
                    {"course", "Développeuse web"},
                    {"starts_on", "2026-09-14"},
                    {"position", "3"},
                    {"time", "09:30"},
                    {"place", "Rue Gabrielle Petit 4"},
                    {"reason_key", "letters.reasons.lottery_in_tier"},
                    {"centre", "Centre Tremplin"},
                    {"centre_phone", "02 219 15 80"}};
    return letter;
}

} // namespace

TEST(Letters, AreWrittenWholeInEveryLanguage)
{
    for (auto const* language : {"fr", "nl", "en"})
        for (auto const kind : domain::all_values<domain::LetterKind>()) {
            auto const text = report::write_letter(catalogue(language), letter_of(kind, language));
            auto const where = std::string(language) + " " + std::string(domain::code_of(kind));
            EXPECT_FALSE(text.subject.empty()) << where;
            EXPECT_EQ(text.subject.find('\n'), std::string::npos) << where << ": a subject is one line";
            EXPECT_NE(text.body.find("Fatima"), std::string::npos) << where;
            EXPECT_NE(text.body.find("Centre Tremplin\n02 219 15 80"), std::string::npos) << where;
            EXPECT_EQ(text.body.find('{'), std::string::npos) << where << ": " << text.body;
            EXPECT_EQ((text.subject + text.body).find("letters."), std::string::npos)
                << where << ": a missing key";
        }
}

TEST(Letters, GiveTheFactsTheyAreAbout)
{
    auto const received =
        report::write_letter(catalogue("nl"), letter_of(domain::LetterKind::ApplicationReceived, "nl"));
    EXPECT_NE(received.subject.find("2026-K7PQ2M"), std::string::npos);
    EXPECT_TRUE(received.body.starts_with("Beste Fatima,\n\n"));

    auto const admitted =
        report::write_letter(catalogue("fr"), letter_of(domain::LetterKind::Admitted, "fr"));
    EXPECT_NE(admitted.subject.find("Développeuse web"), std::string::npos);
    EXPECT_NE(admitted.body.find("14 septembre 2026"), std::string::npos);

    auto const waiting =
        report::write_letter(catalogue("en"), letter_of(domain::LetterKind::Waitlisted, "en"));
    EXPECT_NE(waiting.body.find("number 3"), std::string::npos) << waiting.body;

    auto not_eligible = letter_of(domain::LetterKind::NotAdmitted, "en");
    not_eligible.facts["reason_key"] = "letters.reasons.not_eligible";
    auto const refused = report::write_letter(catalogue("en"), not_eligible);
    EXPECT_NE(refused.body.find(catalogue("en").text("letters.reasons.not_eligible")), std::string::npos)
        << "the reason is never silent: " << refused.body;
}

TEST(Letters, TellHerOfASeatAtASession)
{
    auto const seat = report::write_letter(catalogue("fr"), letter_of(domain::LetterKind::SessionSeat, "fr"));
    EXPECT_NE(seat.subject.find("14 septembre 2026"), std::string::npos) << seat.subject;
    EXPECT_NE(seat.body.find("09:30, Rue Gabrielle Petit 4"), std::string::npos) << seat.body;
}

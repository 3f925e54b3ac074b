#include "domain/track.hpp"

#include <gtest/gtest.h>

using namespace tremplin::domain;

namespace {

Track web_developer()
{
    Track track;
    track.code = "WEB";
    track.kind = TrackKind::Qualifying;
    track.name = {"Développeuse web", "Webontwikkelaar", "Web developer"};
    track.occupations = {"2513", "2513.5"};
    track.ecf_profile = "developer";
    return track;
}

Module html_and_css()
{
    Module module;
    module.position = 1;
    module.name = {"HTML et CSS", "", ""};
    module.planned_minutes = 80 * 60;
    module.competences = {"B.1", "B.3"};
    return module;
}

} // namespace

TEST(TranslatedText, GivesTheTextInTheAskedLanguage)
{
    TranslatedText const name{"Développeuse web", "Webontwikkelaar", "Web developer"};
    EXPECT_EQ(name.in("fr"), "Développeuse web");
    EXPECT_EQ(name.in("nl"), "Webontwikkelaar");
    EXPECT_EQ(name.in("en"), "Web developer");
}

TEST(TranslatedText, FallsBackToFrenchThenDutchThenEnglish)
{
    EXPECT_EQ((TranslatedText{"Bureautique", "Bureautica", ""}).in("en"), "Bureautique");
    EXPECT_EQ((TranslatedText{"", "Bureautica", "Office skills"}).in("fr"), "Bureautica");
    EXPECT_EQ((TranslatedText{"", "", "Office skills"}).in("nl"), "Office skills");
    EXPECT_EQ((TranslatedText{"Bureautique", "Bureautica", "Office skills"}).in("de"), "Bureautique");
    EXPECT_EQ((TranslatedText{}).in("fr"), "");
    EXPECT_TRUE(TranslatedText{}.empty());
    EXPECT_FALSE((TranslatedText{"", "", "x"}).empty());
}

TEST(TrackVersion, PlansTheSumOfItsModules)
{
    TrackVersion version;
    EXPECT_EQ(version.planned_minutes(), 0);
    version.modules = {html_and_css(), html_and_css()};
    version.modules[1].planned_minutes = 45;
    EXPECT_EQ(version.planned_minutes(), 80 * 60 + 45);
}

TEST(TrackValidation, AcceptsAWellDescribedTrack)
{
    EXPECT_TRUE(validate_track(web_developer()).empty());
    auto track = web_developer();
    track.code = "SYS-ADM-2026";
    track.name = {"", "", "Systems administration"};
    track.occupations = {"2522.1.1", "3513.2", "0110"};
    track.minimum_attendance_percent = 0;
    EXPECT_TRUE(validate_track(track).empty());
    track.occupations.clear();
    track.minimum_attendance_percent = 100;
    EXPECT_TRUE(validate_track(track).empty());
}

TEST(TrackValidation, AsksForACodeAndAName)
{
    auto track = web_developer();
    track.code = "";
    track.name = {" ", "", ""};
    EXPECT_EQ(validate_track(track), (std::vector<FieldError>{{"code", "errors.track.code_missing"},
                                                              {"name", "errors.track.name_missing"}}));
}

TEST(TrackValidation, RefusesCodesOtherThanTwelveCapitalsDigitsOrHyphens)
{
    for (auto code : {"web", "WEB 1", "WEB_1", "ABCDEFGHIJKLM", "DÉV", "WEB."}) {
        auto track = web_developer();
        track.code = code;
        EXPECT_EQ(validate_track(track), (std::vector<FieldError>{{"code", "errors.track.code_invalid"}}))
            << code;
    }
}

TEST(TrackValidation, RefusesOccupationsThatAreNotIscoOrEscoCodes)
{
    auto track = web_developer();
    track.occupations = {"2513", "web developer", "251"};
    EXPECT_EQ(validate_track(track),
              (std::vector<FieldError>{{"occupations", "errors.track.occupation_invalid"}}));
}

TEST(TrackValidation, RefusesAnAttendanceThresholdOutsideZeroToAHundred)
{
    for (int percent : {-1, 101}) {
        auto track = web_developer();
        track.minimum_attendance_percent = percent;
        EXPECT_EQ(validate_track(track), (std::vector<FieldError>{{"minimum_attendance_percent",
                                                                   "errors.track.attendance_invalid"}}));
    }
}

TEST(ModuleValidation, AcceptsANamedModuleWithHoursAndCompetences)
{
    EXPECT_TRUE(validate_module(html_and_css()).empty());
    auto module = html_and_css();
    module.competences.clear();
    module.planned_minutes = 2000 * 60;
    EXPECT_TRUE(validate_module(module).empty());
}

TEST(ModuleValidation, AsksForANameAndHoursAndRefusesUnknownCompetences)
{
    Module module;
    module.competences = {"B.1", "F.1"};
    EXPECT_EQ(validate_module(module),
              (std::vector<FieldError>{{"name", "errors.module.name_missing"},
                                       {"planned_minutes", "errors.module.hours_invalid"},
                                       {"competences", "errors.module.competence_invalid"}}));
}

TEST(ModuleValidation, RefusesMoreThanTwoThousandHours)
{
    auto module = html_and_css();
    module.planned_minutes = 2000 * 60 + 1;
    EXPECT_EQ(validate_module(module),
              (std::vector<FieldError>{{"planned_minutes", "errors.module.hours_invalid"}}));
    module.planned_minutes = -60;
    EXPECT_EQ(validate_module(module),
              (std::vector<FieldError>{{"planned_minutes", "errors.module.hours_invalid"}}));
}

TEST(EcfCompetences, AreTheFortyOneCodesOfTheFiveAreas)
{
    int count = 0;
    for (char area : {'A', 'B', 'C', 'D', 'E', 'F'})
        for (int number = 0; number <= 20; ++number)
            count += is_ecf_competence(std::string(1, area) + "." + std::to_string(number)) ? 1 : 0;
    EXPECT_EQ(count, 9 + 6 + 4 + 12 + 10);
    EXPECT_EQ(count, 41);
    for (auto code : {"A.1", "A.9", "B.6", "C.4", "D.12", "E.10"})
        EXPECT_TRUE(is_ecf_competence(code)) << code;
    for (auto code : {"A.10", "B.7", "C.5", "D.13", "E.11", "A.0"})
        EXPECT_FALSE(is_ecf_competence(code)) << code;
}

TEST(EcfCompetences, RefusesOtherSpellings)
{
    for (auto code : {"", "B1", "b.1", "B.01", "B.1 ", " B.1", "B.", "B.1.1", "B-1", "e-3", "B.x"})
        EXPECT_FALSE(is_ecf_competence(code)) << code;
}

TEST(OccupationCodes, AcceptsIscoUnitGroupsAndEscoOccupationsBelowThem)
{
    for (auto code : {"2513", "2513.5", "2522.1.1", "3513.2", "2166.1.10", "0110"})
        EXPECT_TRUE(is_occupation_code(code)) << code;
}

TEST(OccupationCodes, RefusesOtherShapes)
{
    for (auto code : {"", "251", "25131", "2513.", "2513..5", "2513.123", "2513.5.", "25a3", "2513-5",
                      " 2513", "2513.5a", ".2513"})
        EXPECT_FALSE(is_occupation_code(code)) << code;
}

TEST(TrackKind, HasStableCodes)
{
    for (auto kind : all_values<TrackKind>())
        EXPECT_EQ(from_code<TrackKind>(code_of(kind)), kind);
    EXPECT_EQ(code_of(TrackKind::CertificationPreparation), "certification_preparation");
}

TEST(TrackValidation, RefusesControlCharactersInEachLanguageOnItsOwnInput)
{
    auto track = web_developer();
    track.name.nl = "Webontwikkelaar\r\n";
    track.name.en = "Web\x1B developer";
    track.description.fr = "Deux lignes\r\nde description\tindentée";
    track.description.nl = "Twee\x0C regels";
    EXPECT_EQ(validate_track(track),
              (std::vector<FieldError>{{"name_en", "errors.text.control_characters"},
                                       {"description_nl", "errors.text.control_characters"}}))
        << "blanks around a name are not part of it; a description may span lines";

    auto module = html_and_css();
    module.name.fr = "HTML\nCSS";
    EXPECT_EQ(validate_module(module),
              (std::vector<FieldError>{{"name_fr", "errors.text.control_characters"}}));
}

#include "document_fixture.hpp"

#include <cctype>

using namespace tremplin;
using namespace tremplin::report;
using namespace tremplin::report::testing;

namespace {

Attestation sample_attestation()
{
    Attestation attestation;
    attestation.centre = centre();
    attestation.trainee_name = "Zoë Weißenbach-Çelik";
    attestation.trainee_birth_date = date("1991-02-03");
    attestation.track_name = "Développement web";
    attestation.cohort_name = "DEV-2026-A";
    attestation.cohort_starts_on = date("2026-01-12");
    attestation.cohort_ends_on = date("2026-06-30");
    attestation.modules = {{"Découverte du numérique", 1800, 1770},
                           {"Réseaux et sécurité", 3600, 3420},
                           {"Développement web : HTML, CSS et JavaScript", 7200, 7200}};
    attestation.issued_on = date("2026-07-03");
    attestation.signed_by = "Françoise Lefèvre";
    return attestation;
}

} // namespace

TEST(AttestationPdf, IsAPdfDocumentOfOnePage)
{
    TemporaryDirectory directory;
    auto const pdf = attestation_pdf(sample_attestation(), catalogue("fr"));
    EXPECT_TRUE(pdf.starts_with("%PDF-"));
    EXPECT_EQ(pages_of(directory, pdf), 1);
}

TEST(AttestationPdf, SaysItInFrench)
{
    TemporaryDirectory directory;
    auto const text = text_of(directory, attestation_pdf(sample_attestation(), catalogue("fr")));
    for (auto const* part : {"Tremplin asbl",
                             "Rue de l’Éclusier 12",
                             "1030 Schaerbeek",
                             "Tél. +32 2 219 15 15",
                             "info@tremplin.example",
                             "N° d’entreprise 0123.456.789",
                             "Attestation de fréquentation",
                             "Zoë Weißenbach-Çelik",
                             "née le 3 février 1991",
                             "« Développement web »",
                             "DEV-2026-A",
                             "du 12 janvier 2026 au 30 juin 2026",
                             "Découverte du numérique",
                             "Réseaux et sécurité",
                             "Développement web : HTML, CSS et JavaScript",
                             "Heures prévues",
                             "Heures suivies",
                             "29,5",
                             "57",
                             "120",
                             "210",
                             "206,5",
                             "Fait à Schaerbeek, le 3 juillet 2026.",
                             "Pour Tremplin asbl,",
                             "Françoise Lefèvre"})
        expect_contains(text, part);
}

TEST(AttestationPdf, SaysItInDutch)
{
    TemporaryDirectory directory;
    auto const text = text_of(directory, attestation_pdf(sample_attestation(), catalogue("nl")));
    for (auto const* part : {"Aanwezigheidsattest", "Zoë Weißenbach-Çelik", "geboren op 3 februari 1991",
                             "van 12 januari 2026 tot en met 30 juni 2026", "Geplande uren", "Gevolgde uren",
                             "Découverte du numérique", "Totaal", "29,5", "206,5",
                             "Ondernemingsnummer 0123.456.789", "Opgemaakt te Schaerbeek op 3 juli 2026."})
        expect_contains(text, part);
}

TEST(AttestationPdf, SaysItInEnglish)
{
    TemporaryDirectory directory;
    auto const text = text_of(directory, attestation_pdf(sample_attestation(), catalogue("en")));
    for (auto const* part :
         {"Certificate of attendance", "Zoë Weißenbach-Çelik", "born on 3 February 1991",
          "from 12 January 2026 to 30 June 2026", "Planned hours", "Hours attended", "Réseaux et sécurité",
          "Total", "29.5", "206.5", "Issued in Schaerbeek on 3 July 2026."})
        expect_contains(text, part);
}

TEST(AttestationPdf, LeavesOutAnUnknownBirthDate)
{
    TemporaryDirectory directory;
    auto attestation = sample_attestation();
    attestation.trainee_birth_date.reset();
    auto const text = text_of(directory, attestation_pdf(attestation, catalogue("en")));
    expect_contains(text, "Zoë Weißenbach-Çelik attended the training");
    EXPECT_EQ(text.find("born on"), std::string::npos);
}

TEST(AttestationPdf, WrapsALongNameWithinThePage)
{
    TemporaryDirectory directory;
    auto attestation = sample_attestation();
    attestation.trainee_name =
        "Marie-Françoise Élisabeth Anne-Sophie Nguyễn Thị Weißenbach-Çelik de Ghellinck "
        "d’Elseghem Vaernewyck";
    attestation.modules[0].name = "Modulenaamzonderspatiesdiezolangisdathijnietopééneregelpastenafgebroken"
                                  "moetwordenomleesbaarteblijven";
    auto const pdf = attestation_pdf(attestation, catalogue("fr"));
    auto const text = text_of(directory, pdf);
    expect_contains(text, "Marie-Françoise");
    expect_contains(text, "Vaernewyck");
    // Nothing drawn past the right margin: the widest line of the page, read back with its
    // position, ends inside the A4 width.
    auto const path = directory.write("long.pdf", pdf);
    auto const boxes = run("pdftotext -bbox " + path + " -");
    ASSERT_EQ(boxes.status, 0);
    double rightmost = 0;
    for (auto at = boxes.output.find("xMax=\""); at != std::string::npos;
         at = boxes.output.find("xMax=\"", at + 1))
        rightmost = std::max(rightmost, std::stod(boxes.output.substr(at + 6)));
    EXPECT_GT(rightmost, 400);
    EXPECT_LE(rightmost, 595.28 - 56.0);
}

TEST(AttestationPdf, ContinuesManyModulesOnASecondPage)
{
    TemporaryDirectory directory;
    auto attestation = sample_attestation();
    attestation.modules.clear();
    for (int i = 1; i <= 40; ++i)
        attestation.modules.push_back({"Module " + std::to_string(i) + " – Sécurité réseau", 600, 570});
    auto const pdf = attestation_pdf(attestation, catalogue("fr"));
    EXPECT_EQ(pages_of(directory, pdf), 2);
    auto const text = text_of(directory, pdf);
    expect_contains(text, "Module 1 – Sécurité réseau");
    expect_contains(text, "Module 40 – Sécurité réseau");
    expect_contains(text, "Page 1 sur 2");
    expect_contains(text, "Page 2 sur 2");
    expect_contains(text, "400"); // planned: 40 × 10 h
    expect_contains(text, "380"); // attended: 40 × 9.5 h
}

// The tripartite traineeship agreement as its readers see it: the parties, the traineeship,
// each party's signature status, in the trainee's language.

#include "document_fixture.hpp"

using namespace tremplin;
using namespace tremplin::report;
using namespace tremplin::report::testing;

namespace {

TraineeshipAgreement sample_agreement()
{
    TraineeshipAgreement agreement;
    agreement.centre = centre();
    agreement.centre_signatory = "Françoise Lefèvre";
    agreement.host = {"Acme Brussels SRL", "Avenue Louise 54\n1050 Ixelles", "0123.456.749"};
    agreement.tutor_name = "Lena Peeters";
    agreement.tutor_role = "Head of IT support";
    agreement.tutor_contact = "02 227 61 00 · lena.peeters@acme.example";
    agreement.trainee_name = "Zoë Weißenbach-Çelik";
    agreement.trainee_birth_date = date("1991-02-03");
    agreement.track_name = "Technicienne helpdesk";
    agreement.cohort_name = "HELPDESK 2026-B";
    agreement.job_title = "Technicienne support utilisateurs";
    agreement.tasks = "Premier niveau de support, installation de postes, inventaire.";
    agreement.starts_on = date("2026-06-01");
    agreement.ends_on = date("2026-06-26");
    agreement.hours_per_week = 38;
    agreement.signatures = {
        .centre = date("2026-05-20"), .host = std::nullopt, .trainee = date("2026-05-21")};
    agreement.issued_on = date("2026-05-20");
    return agreement;
}

} // namespace

TEST(TraineeshipAgreementPdf, NamesTheThreePartiesAndWhoHasSignedInFrench)
{
    TemporaryDirectory directory;
    auto const pdf = traineeship_agreement_pdf(sample_agreement(), catalogue("fr"));
    EXPECT_TRUE(pdf.starts_with("%PDF-"));
    EXPECT_EQ(pages_of(directory, pdf), 1);
    auto const text = text_of(directory, pdf);
    for (auto const* part :
         {"Convention de stage", "Tremplin asbl", "Acme Brussels SRL", "0123.456.749",
          "Tuteur ou tutrice : Lena Peeters, Head of IT support", "Zoë Weißenbach-Çelik",
          "Née le 3 février 1991", "Technicienne helpdesk (HELPDESK 2026-B)",
          "du 1 juin 2026 au 26 juin 2026", "38 heures par semaine", "Avenue Louise 54",
          "Signé le 20 mai 2026", "Signé le 21 mai 2026", "Pas encore signé", "Fait à Schaerbeek"})
        expect_contains(text, part);
}

TEST(TraineeshipAgreementPdf, SpeaksTheTraineesLanguage)
{
    TemporaryDirectory directory;
    auto const text = text_of(directory, traineeship_agreement_pdf(sample_agreement(), catalogue("nl")));
    for (auto const* part : {"Stageovereenkomst", "van 1 juni 2026 tot 26 juni 2026", "38 uur per week",
                             "Ondertekend op 20 mei 2026", "Nog niet ondertekend"})
        expect_contains(text, part);
}

TEST(TraineeshipAgreementPdf, ALongDescriptionGoesOnOverNumberedPages)
{
    TemporaryDirectory directory;
    auto agreement = sample_agreement();
    agreement.tasks.clear();
    for (int i = 0; i < 40; ++i)
        agreement.tasks += "Installer et configurer les postes de travail des nouveaux collègues. ";
    auto const pdf = traineeship_agreement_pdf(agreement, catalogue("en"));
    auto const pages = pages_of(directory, pdf);
    EXPECT_GE(pages, 2);
    auto const text = text_of(directory, pdf);
    for (int page = 1; page <= pages; ++page)
        expect_contains(text, "Page " + std::to_string(page) + " of " + std::to_string(pages));
    expect_contains(text, "Not signed yet");
}

// The tripartite traineeship agreement: the three parties, the traineeship (where, when, how
// many hours, what she will do), what each party undertakes, and a signature block per party
// that says who has signed and when. docs/domain.md "Traineeship record"

#include "locale/catalogue.hpp"
#include "report/documents.hpp"
#include "report/letter_layout.hpp"

#include <algorithm>
#include <array>

namespace tremplin::report {

namespace {

constexpr double label_width = 150;

class AgreementLayout : public LetterLayout {
  public:
    AgreementLayout(TraineeshipAgreement const& agreement, locale::Catalogue const& catalogue, int page_count)
        : LetterLayout(agreement.centre, agreement.trainee_name, catalogue, page_count,
                       std::string(catalogue.text("documents.agreement.title")) + " – " +
                           agreement.trainee_name),
          m_agreement(agreement)
    {
    }

    std::string render()
    {
        letterhead(30); // closer than a letter's: the agreement fits on one page
        title();
        parties();
        traineeship();
        commitments();
        signatures();
        footer();
        return m_pdf.finish();
    }

  private:
    std::string text(std::string_view key) const { return std::string(m_catalogue.text(key)); }

    void title()
    {
        m_pdf.set_font(Weight::Bold, 19, ink);
        paragraph(text("documents.agreement.title"), 24, content_width, Align::Centre);
        m_pdf.set_font(Weight::Regular, 10.5, muted);
        paragraph(text("documents.agreement.subtitle"), 14, content_width, Align::Centre);
        m_y += 4;
    }

    void heading(std::string_view key)
    {
        make_room(70);
        m_y += 10;
        m_pdf.set_font(Weight::Bold, 12, accent);
        paragraph(text(key), 16);
        m_y += 2;
    }

    // A label on the left and its value wrapped on the right, as on a form; a long value goes
    // on over the page.
    void field(std::string_view label_key, std::string const& value)
    {
        if (value.empty())
            return;
        m_pdf.set_font(Weight::Regular, 10, ink);
        auto const lines = m_pdf.wrap(value, content_width - label_width);
        make_room(14.0 * static_cast<double>(std::min<std::size_t>(lines.size(), 3)));
        m_pdf.set_font(Weight::Regular, 10, muted);
        m_pdf.text(text(label_key), margin, m_y);
        m_pdf.set_font(Weight::Regular, 10, ink);
        for (auto const& line : lines) {
            if (make_room(14))
                m_pdf.set_font(Weight::Regular, 10, ink);
            m_pdf.text(line, margin + label_width, m_y);
            m_y += 13;
        }
    }

    // Side by side, one column a party: its heading in bold, then its lines; m_y ends below the
    // longest column.
    void columns(std::array<std::vector<std::string>, 3> const& texts, double line_height)
    {
        auto const width = content_width / 3;
        double lowest = m_y;
        for (std::size_t i = 0; i < texts.size(); ++i) {
            auto y = m_y;
            for (std::size_t j = 0; j < texts[i].size(); ++j) {
                m_pdf.set_font(j == 0 ? Weight::Bold : Weight::Regular, 9.5, j == 0 ? accent : ink);
                for (auto const& line : m_pdf.wrap(texts[i][j], width - 12)) {
                    m_pdf.text(line, margin + width * static_cast<double>(i), y);
                    y += line_height;
                }
            }
            lowest = std::max(lowest, y);
        }
        m_y = lowest;
    }

    void parties()
    {
        auto const& a = m_agreement;
        heading("documents.agreement.parties");
        std::vector<std::string> centre{text("documents.agreement.the_centre"), a.centre.name,
                                        a.centre.address};
        if (!a.centre.enterprise_number.empty())
            centre.push_back(m_catalogue.format("documents.centre.enterprise_number",
                                                {{"number", a.centre.enterprise_number}}));
        centre.push_back(
            m_catalogue.format("documents.agreement.represented_by", {{"name", a.centre_signatory}}));
        std::vector<std::string> host{text("documents.agreement.the_host"), a.host.name, a.host.address};
        if (!a.host.enterprise_number.empty())
            host.push_back(m_catalogue.format("documents.centre.enterprise_number",
                                              {{"number", a.host.enterprise_number}}));
        host.push_back(m_catalogue.format(
            "documents.agreement.tutor",
            {{"name", a.tutor_role.empty() ? a.tutor_name : a.tutor_name + ", " + a.tutor_role}}));
        if (!a.tutor_contact.empty())
            host.push_back(a.tutor_contact);
        std::vector<std::string> trainee{text("documents.agreement.the_trainee"), a.trainee_name};
        if (a.trainee_birth_date)
            trainee.push_back(m_catalogue.format("documents.agreement.born_on",
                                                 {{"date", m_catalogue.date(*a.trainee_birth_date)}}));
        make_room(13.0 * 10);
        columns({centre, host, trainee}, 13);
    }

    void traineeship()
    {
        auto const& a = m_agreement;
        heading("documents.agreement.the_traineeship");
        field("documents.agreement.training", a.track_name + " (" + a.cohort_name + ")");
        field("documents.agreement.job_title", a.job_title);
        field("documents.agreement.period",
              m_catalogue.format("documents.agreement.from_to", {{"starts_on", m_catalogue.date(a.starts_on)},
                                                                 {"ends_on", m_catalogue.date(a.ends_on)}}));
        field("documents.agreement.hours_per_week",
              m_catalogue.format("documents.agreement.hours",
                                 {{"hours", static_cast<long long>(a.hours_per_week)}}));
        field("documents.agreement.place", a.place.empty() ? a.host.address : a.place);
        field("documents.agreement.tasks", a.tasks);
    }

    void commitments()
    {
        heading("documents.agreement.commitments");
        m_pdf.set_font(Weight::Regular, 9.5, ink);
        for (auto const* key :
             {"documents.agreement.clauses.training", "documents.agreement.clauses.insurance",
              "documents.agreement.clauses.tutor", "documents.agreement.clauses.trainee",
              "documents.agreement.clauses.ending"}) {
            auto const lines = m_pdf.wrap(text(key), content_width - 14);
            if (make_room(12.5 * static_cast<double>(lines.size())))
                m_pdf.set_font(Weight::Regular, 9.5, ink);
            m_pdf.text("•", margin, m_y);
            for (auto const& line : lines) {
                m_pdf.text(line, margin + 14, m_y);
                m_y += 12.5;
            }
            m_y += 3;
        }
    }

    // Three columns, one per party: who, a line to sign on, and the day signed or that it has
    // not signed yet.
    void signatures()
    {
        auto const& a = m_agreement;
        make_room(136); // the heading and the whole block together, never split over two pages
        heading("documents.agreement.signatures");
        auto const place = place_of(a.centre.address);
        auto const issued = m_catalogue.date(a.issued_on);
        m_pdf.set_font(Weight::Regular, 10, ink);
        paragraph(place.empty() ? m_catalogue.format("documents.attestation.issued_on", {{"date", issued}})
                                : m_catalogue.format("documents.attestation.issued_at",
                                                     {{"place", place}, {"date", issued}}),
                  14);
        m_y += 8;
        columns({std::vector{text("documents.agreement.for_the_centre"), a.centre_signatory},
                 std::vector{text("documents.agreement.for_the_host"), a.tutor_name},
                 std::vector{text("documents.agreement.the_trainee"), a.trainee_name}},
                13);
        m_y += 30;
        auto const width = content_width / 3;
        std::array const signed_on{a.signatures.centre, a.signatures.host, a.signatures.trainee};
        m_pdf.set_font(Weight::Regular, 9, muted);
        for (std::size_t i = 0; i < signed_on.size(); ++i) {
            auto const left = margin + width * static_cast<double>(i);
            m_pdf.line(left, m_y, left + width - 16, m_y, 0.5, muted);
            m_pdf.text(signed_on[i] ? m_catalogue.format("documents.agreement.signed_on",
                                                         {{"date", m_catalogue.date(*signed_on[i])}})
                                    : text("documents.agreement.not_signed"),
                       left, m_y + 13);
        }
        m_y += 26;
    }

    TraineeshipAgreement const& m_agreement;
};

} // namespace

std::string traineeship_agreement_pdf(TraineeshipAgreement const& agreement,
                                      locale::Catalogue const& catalogue)
{
    return numbered_pages<AgreementLayout>(
        [&](int page_count) { return AgreementLayout(agreement, catalogue, page_count); });
}

} // namespace tremplin::report

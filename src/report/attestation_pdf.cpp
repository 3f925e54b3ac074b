// The attestation of attendance: a letter on the centre's letterhead that a trainee hands to
// Actiris, the ONEM/RVA or an employer, so it reads like one: who, what, how many hours per
// module, where and when it was issued, who signs.

#include "locale/catalogue.hpp"
#include "report/documents.hpp"
#include "report/hours.hpp"
#include "report/letter_layout.hpp"

#include <algorithm>

namespace tremplin::report {

namespace {

constexpr double hours_column_width = 92;
constexpr double cell_padding = 5;

class AttestationLayout : public LetterLayout {
  public:
    AttestationLayout(Attestation const& attestation, locale::Catalogue const& catalogue, int page_count)
        : LetterLayout(attestation.centre, attestation.trainee_name, catalogue, page_count,
                       std::string(catalogue.text("documents.attestation.title")) + " – " +
                           attestation.trainee_name),
          m_attestation(attestation)
    {
    }

    // Lays the whole attestation out; `pages()` is then known, and a second layout given it
    // can number the pages "1 of 2".
    std::string render()
    {
        letterhead();
        title_and_statement();
        modules_table();
        issue_and_signature();
        footer();
        return m_pdf.finish();
    }

  private:
    std::string hours(long long minutes) const
    {
        return hours_text(minutes, m_catalogue.text("documents.decimal_separator"));
    }

    void title_and_statement()
    {
        m_pdf.set_font(Weight::Bold, 21, ink);
        paragraph(m_catalogue.text("documents.attestation.title"), 27, content_width, Align::Centre);
        m_y += 24;

        auto const& attestation = m_attestation;
        auto const statement = m_catalogue.format(
            "documents.attestation.statement",
            {{"name", attestation.trainee_name},
             {"born", std::string(attestation.trainee_birth_date ? "yes" : "no")},
             {"birth_date", attestation.trainee_birth_date ? m_catalogue.date(*attestation.trainee_birth_date)
                                                           : std::string()},
             {"track", attestation.track_name},
             {"cohort", attestation.cohort_name},
             {"starts_on", m_catalogue.date(attestation.cohort_starts_on)},
             {"ends_on", m_catalogue.date(attestation.cohort_ends_on)}});
        m_pdf.set_font(Weight::Regular, 11.5, ink);
        paragraph(statement, 17);
        m_y += 18;
    }

    double module_column_width() const { return content_width - 2 * hours_column_width; }

    void table_row(std::vector<std::string> const& name_lines, std::string const& planned,
                   std::string const& attended, double line_height, double height)
    {
        auto baseline = m_y + cell_padding + line_height - 3;
        for (auto const& line : name_lines) {
            m_pdf.text(line, margin + cell_padding, baseline);
            baseline += line_height;
        }
        auto const first_baseline = m_y + cell_padding + line_height - 3;
        m_pdf.text(planned, margin + content_width - hours_column_width - cell_padding, first_baseline,
                   Align::Right);
        m_pdf.text(attended, margin + content_width - cell_padding, first_baseline, Align::Right);
        m_y += height;
    }

    void table_header()
    {
        m_pdf.set_font(Weight::Bold, 9, ink);
        auto const planned = m_pdf.wrap(m_catalogue.text("documents.attestation.planned_hours"),
                                        hours_column_width - 2 * cell_padding);
        auto const attended = m_pdf.wrap(m_catalogue.text("documents.attestation.attended_hours"),
                                         hours_column_width - 2 * cell_padding);
        auto const lines = std::max(planned.size(), attended.size());
        auto const height = 2 * cell_padding + 12.0 * static_cast<double>(lines);
        m_pdf.fill_rectangle(margin, m_y, content_width, height, shading);
        m_pdf.text(m_catalogue.text("documents.attestation.module"), margin + cell_padding,
                   m_y + cell_padding + 9);
        for (std::size_t i = 0; i < lines; ++i) {
            auto const baseline = m_y + cell_padding + 9 + 12.0 * static_cast<double>(i);
            if (i < planned.size())
                m_pdf.text(planned[i], margin + content_width - hours_column_width - cell_padding, baseline,
                           Align::Right);
            if (i < attended.size())
                m_pdf.text(attended[i], margin + content_width - cell_padding, baseline, Align::Right);
        }
        m_y += height;
        m_pdf.line(margin, m_y, margin + content_width, m_y, 0.8, ink);
    }

    void modules_table()
    {
        constexpr double line_height = 12;
        make_room(80);
        table_header();
        long long planned_total = 0;
        long long attended_total = 0;
        for (auto const& module : m_attestation.modules) {
            m_pdf.set_font(Weight::Regular, 9.5, ink);
            auto const name_lines = m_pdf.wrap(module.name, module_column_width() - 2 * cell_padding);
            auto const height = 2 * cell_padding + line_height * static_cast<double>(name_lines.size());
            if (make_room(height))
                table_header();
            m_pdf.set_font(Weight::Regular, 9.5, ink);
            table_row(name_lines, hours(module.planned_minutes), hours(module.attended_minutes), line_height,
                      height);
            m_pdf.line(margin, m_y, margin + content_width, m_y, 0.4, hairline);
            planned_total += module.planned_minutes;
            attended_total += module.attended_minutes;
        }
        auto const height = 2 * cell_padding + line_height;
        if (make_room(height))
            table_header();
        m_pdf.fill_rectangle(margin, m_y, content_width, height, shading);
        m_pdf.line(margin, m_y, margin + content_width, m_y, 0.8, ink);
        m_pdf.set_font(Weight::Bold, 9.5, ink);
        table_row({std::string(m_catalogue.text("documents.attestation.total"))}, hours(planned_total),
                  hours(attended_total), line_height, height);
    }

    void issue_and_signature()
    {
        make_room(190);
        m_y += 28;
        m_pdf.set_font(Weight::Regular, 10.5, ink);
        paragraph(m_catalogue.text("documents.attestation.purpose"), 15);
        m_y += 10;
        auto const place = place_of(m_attestation.centre.address);
        auto const date = m_catalogue.date(m_attestation.issued_on);
        paragraph(place.empty() ? m_catalogue.format("documents.attestation.issued_on", {{"date", date}})
                                : m_catalogue.format("documents.attestation.issued_at",
                                                     {{"place", place}, {"date", date}}),
                  15);

        // The signature block sits on the right half, with room for a signature and a stamp.
        auto const left = margin + content_width / 2;
        auto const width = content_width / 2;
        m_y += 18;
        for (auto const& line : m_pdf.wrap(m_catalogue.format("documents.attestation.for_centre",
                                                              {{"centre", m_attestation.centre.name}}),
                                           width)) {
            m_pdf.text(line, left, m_y);
            m_y += 15;
        }
        m_y += 40;
        m_pdf.line(left, m_y, left + width * 0.8, m_y, 0.5, muted);
        m_y += 15;
        m_pdf.set_font(Weight::Bold, 10.5, ink);
        for (auto const& line : m_pdf.wrap(m_attestation.signed_by, width)) {
            m_pdf.text(line, left, m_y);
            m_y += 15;
        }
    }

    Attestation const& m_attestation;
};

} // namespace

std::string attestation_pdf(Attestation const& attestation, locale::Catalogue const& catalogue)
{
    return numbered_pages<AttestationLayout>(
        [&](int page_count) { return AttestationLayout(attestation, catalogue, page_count); });
}

} // namespace tremplin::report

#include "report/letter_layout.hpp"

#include <cctype>

namespace tremplin::report {

std::string place_of(std::string const& address)
{
    std::string_view last(address);
    while (!last.empty() && (last.back() == '\n' || last.back() == ' '))
        last.remove_suffix(1);
    if (auto const newline = last.rfind('\n'); newline != std::string_view::npos)
        last.remove_prefix(newline + 1);
    if (last.starts_with("B-"))
        last.remove_prefix(2);
    while (!last.empty() && (std::isdigit(static_cast<unsigned char>(last.front())) || last.front() == ' '))
        last.remove_prefix(1);
    return std::string(last);
}

LetterLayout::LetterLayout(CentreDetails const& centre, std::string running_name,
                           locale::Catalogue const& catalogue, int page_count, std::string const& title)
    : m_centre(centre), m_running_name(std::move(running_name)), m_catalogue(catalogue),
      m_page_count(page_count), m_pdf(title)
{
}

void LetterLayout::paragraph(std::string_view text, double line_height, double width, Align align)
{
    auto const x = align == Align::Centre ? margin + width / 2 : margin;
    for (auto const& line : m_pdf.wrap(text, width)) {
        m_pdf.text(line, x, m_y, align);
        m_y += line_height;
    }
}

void LetterLayout::letterhead(double space_after)
{
    // A long name shrinks first, down to a size still read at arm's length, then wraps.
    double size = 16;
    m_pdf.set_font(Weight::Bold, size, accent);
    while (size > 11 && m_pdf.text_width(m_centre.name) > content_width)
        m_pdf.set_font(Weight::Bold, size -= 0.5, accent);
    m_y = 64;
    paragraph(m_centre.name, size * 1.25);

    m_pdf.set_font(Weight::Regular, 9, muted);
    m_y += 1;
    paragraph(m_centre.address, 12);
    std::vector<std::string> contact;
    if (!m_centre.phone.empty())
        contact.push_back(m_catalogue.format("documents.centre.phone", {{"phone", m_centre.phone}}));
    if (!m_centre.email.empty())
        contact.push_back(m_centre.email);
    if (!m_centre.enterprise_number.empty())
        contact.push_back(m_catalogue.format("documents.centre.enterprise_number",
                                             {{"number", m_centre.enterprise_number}}));
    std::string joined;
    for (auto const& part : contact)
        joined += (joined.empty() ? "" : "  ·  ") + part;
    paragraph(joined, 12);
    m_y += 2;
    m_pdf.line(margin, m_y, margin + content_width, m_y, 1.2, accent);
    m_y += space_after;
}

void LetterLayout::running_head()
{
    m_pdf.set_font(Weight::Bold, 9, accent);
    m_pdf.text(m_centre.name, margin, 50);
    m_pdf.set_font(Weight::Regular, 9, muted);
    m_pdf.text(m_running_name, margin + content_width, 50, Align::Right);
    m_pdf.line(margin, 57, margin + content_width, 57, 0.6, hairline);
    m_y = 84;
}

bool LetterLayout::make_room(double height)
{
    if (m_y + height <= content_bottom)
        return false;
    footer();
    m_pdf.next_page();
    running_head();
    return true;
}

void LetterLayout::footer()
{
    if (m_page_count < 2)
        return;
    m_pdf.set_font(Weight::Regular, 8, muted);
    m_pdf.text(m_catalogue.format("documents.page", {{"page", static_cast<long long>(m_pdf.page())},
                                                     {"pages", static_cast<long long>(m_page_count)}}),
               PdfDocument::page_width / 2, PdfDocument::page_height - 36, Align::Centre);
}

} // namespace tremplin::report

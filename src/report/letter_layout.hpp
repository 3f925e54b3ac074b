#pragma once

// What the centre's PDF letters share: the letterhead, wrapped paragraphs, a running head and
// page numbers on the pages after the first, and page breaks where the content runs out.
// Each document (the attestation, the traineeship agreement) lays out its own body on it.

#include "locale/catalogue.hpp"
#include "report/documents.hpp"
#include "report/pdf_document.hpp"

#include <string>
#include <string_view>

namespace tremplin::report {

class LetterLayout {
  public:
    static constexpr double margin = 56.7; // 2 cm
    static constexpr double content_width = PdfDocument::page_width - 2 * margin;
    static constexpr double content_bottom = PdfDocument::page_height - 64; // the footer lives below

    static constexpr Colour ink{0.12, 0.12, 0.16};
    static constexpr Colour accent{0.33, 0.16, 0.48};
    static constexpr Colour muted{0.38, 0.38, 0.44};
    static constexpr Colour hairline{0.80, 0.80, 0.84};
    static constexpr Colour shading{0.95, 0.94, 0.97};

    int pages() const { return m_pdf.page(); }

  protected:
    // `running_name` is printed at the top right of the pages after the first (whose letter it
    // is); `page_count` numbers the pages "1 of 2" when there are several.
    LetterLayout(CentreDetails const& centre, std::string running_name, locale::Catalogue const& catalogue,
                 int page_count, std::string const& title);

    // Wrapped text from the current position down, moving m_y.
    void paragraph(std::string_view text, double line_height, double width = content_width,
                   Align align = Align::Left);
    // The centre's name, address and numbers, a rule, and `space_after` points before the body.
    void letterhead(double space_after = 56);
    // Starts a new page when `height` more points do not fit, and says whether it did.
    bool make_room(double height);
    void footer();

    CentreDetails const& m_centre;
    std::string m_running_name;
    locale::Catalogue const& m_catalogue;
    int m_page_count;
    PdfDocument m_pdf;
    double m_y = 0;

  private:
    void running_head();
};

// The town of the centre's address: its last line without the postal code ("1030
// Schaerbeek" gives "Schaerbeek"), where a Belgian letter says it was written.
std::string place_of(std::string const& address);

// Lays a document out once to count its pages, then again to number them when there are
// several: `Layout(page_count).render()` gives the bytes, `pages()` the count.
template <class Layout> std::string numbered_pages(auto const& make)
{
    Layout counting = make(1);
    auto bytes = counting.render();
    if (counting.pages() == 1)
        return bytes;
    return make(counting.pages()).render();
}

} // namespace tremplin::report

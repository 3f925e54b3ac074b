#include "report/pdf_document.hpp"

#include "domain/text.hpp"

#include <cairo-pdf.h>
#include <stdexcept>

namespace tremplin::report {

namespace {

// Fontconfig resolves the family to /usr/share/fonts/truetype/dejavu (package
// fonts-dejavu-core); Cairo embeds the subset of glyphs used, with a ToUnicode map so
// that the text can be searched and copied.
constexpr char const* font_family = "DejaVu Sans";

std::size_t next_code_point(std::string_view text, std::size_t at)
{
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80)
        ++at;
    return at;
}

} // namespace

PdfDocument::PdfDocument(std::string const& title)
{
    m_surface = cairo_pdf_surface_create_for_stream(&PdfDocument::append, &m_bytes, page_width, page_height);
    if (cairo_surface_status(m_surface) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(m_surface);
        throw std::runtime_error("cannot create a PDF surface");
    }
    cairo_pdf_surface_set_metadata(m_surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(m_surface, CAIRO_PDF_METADATA_CREATOR, "Tremplin");
    m_cairo = cairo_create(m_surface);
    set_font(Weight::Regular, 10);
}

PdfDocument::~PdfDocument()
{
    if (m_cairo)
        cairo_destroy(m_cairo);
    if (m_surface)
        cairo_surface_destroy(m_surface);
}

cairo_status_t PdfDocument::append(void* closure, unsigned char const* data, unsigned int length)
{
    static_cast<std::string*>(closure)->append(reinterpret_cast<char const*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void PdfDocument::set_font(Weight weight, double size, Colour colour)
{
    cairo_select_font_face(m_cairo, font_family, CAIRO_FONT_SLANT_NORMAL,
                           weight == Weight::Bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(m_cairo, size);
    cairo_set_source_rgb(m_cairo, colour.red, colour.green, colour.blue);
}

double PdfDocument::text_width(std::string_view text) const
{
    std::string const copy(text); // Cairo wants a terminated string
    cairo_text_extents_t extents;
    cairo_text_extents(m_cairo, copy.c_str(), &extents);
    return extents.x_advance;
}

std::vector<std::string> PdfDocument::wrap(std::string_view text, double width) const
{
    std::vector<std::string> lines;
    auto add_word = [&](std::string& line, std::string_view word) {
        auto candidate = line.empty() ? std::string(word) : line + ' ' + std::string(word);
        if (text_width(candidate) <= width) {
            line = std::move(candidate);
            return;
        }
        if (!line.empty())
            lines.push_back(std::move(line));
        line.clear();
        // The word alone is too wide: cut it where the line is full.
        std::size_t start = 0;
        for (std::size_t at = 0; at < word.size();) {
            auto const next = next_code_point(word, at);
            if (at > start && text_width(word.substr(start, next - start)) > width) {
                lines.emplace_back(word.substr(start, at - start));
                start = at;
            }
            at = next;
        }
        line = std::string(word.substr(start));
    };

    std::size_t paragraph_start = 0;
    while (paragraph_start <= text.size()) {
        auto paragraph_end = text.find('\n', paragraph_start);
        if (paragraph_end == std::string_view::npos)
            paragraph_end = text.size();
        auto const paragraph = domain::trimmed(text.substr(paragraph_start, paragraph_end - paragraph_start));
        std::string line;
        std::size_t word_start = 0;
        while (word_start < paragraph.size()) {
            auto word_end = paragraph.find(' ', word_start);
            if (word_end == std::string_view::npos)
                word_end = paragraph.size();
            if (word_end > word_start)
                add_word(line, paragraph.substr(word_start, word_end - word_start));
            word_start = word_end + 1;
        }
        lines.push_back(std::move(line));
        paragraph_start = paragraph_end + 1;
    }
    return lines;
}

void PdfDocument::text(std::string_view text, double x, double baseline, Align align)
{
    if (align == Align::Centre)
        x -= text_width(text) / 2;
    else if (align == Align::Right)
        x -= text_width(text);
    std::string const copy(text);
    cairo_move_to(m_cairo, x, baseline);
    cairo_show_text(m_cairo, copy.c_str());
}

void PdfDocument::line(double x1, double y1, double x2, double y2, double thickness, Colour colour)
{
    cairo_save(m_cairo);
    cairo_set_source_rgb(m_cairo, colour.red, colour.green, colour.blue);
    cairo_set_line_width(m_cairo, thickness);
    cairo_move_to(m_cairo, x1, y1);
    cairo_line_to(m_cairo, x2, y2);
    cairo_stroke(m_cairo);
    cairo_restore(m_cairo);
}

void PdfDocument::fill_rectangle(double x, double y, double width, double height, Colour colour)
{
    cairo_save(m_cairo);
    cairo_set_source_rgb(m_cairo, colour.red, colour.green, colour.blue);
    cairo_rectangle(m_cairo, x, y, width, height);
    cairo_fill(m_cairo);
    cairo_restore(m_cairo);
}

void PdfDocument::next_page()
{
    cairo_show_page(m_cairo);
    ++m_page;
}

std::string PdfDocument::finish()
{
    cairo_destroy(m_cairo);
    m_cairo = nullptr;
    cairo_surface_finish(m_surface);
    auto const status = cairo_surface_status(m_surface);
    cairo_surface_destroy(m_surface);
    m_surface = nullptr;
    if (status != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("cannot write the PDF: ") + cairo_status_to_string(status));
    return std::move(m_bytes);
}

} // namespace tremplin::report

#pragma once

// A thin layer over Cairo's PDF surface: A4 pages, DejaVu Sans (it has every accent the
// centre's names carry), text measured and wrapped, and the bytes kept in memory so that no
// personal data ever touches the disk.

#include <cairo.h>
#include <string>
#include <string_view>
#include <vector>

namespace tremplin::report {

enum class Weight { Regular, Bold };
enum class Align { Left, Centre, Right };

struct Colour {
    double red = 0;
    double green = 0;
    double blue = 0;
};

class PdfDocument {
  public:
    // ISO 216 A4 in PostScript points.
    static constexpr double page_width = 595.28;
    static constexpr double page_height = 841.89;

    // Throws std::runtime_error when Cairo cannot make a surface (out of memory).
    explicit PdfDocument(std::string const& title);
    ~PdfDocument();
    PdfDocument(PdfDocument const&) = delete;
    PdfDocument& operator=(PdfDocument const&) = delete;

    void set_font(Weight weight, double size, Colour colour = {});
    double text_width(std::string_view text) const;

    // Lines no wider than `width` in the current font: breaks between words, at each '\n',
    // and inside a word only when the word alone is wider than the line (a long compound
    // name), never inside a UTF-8 sequence.
    std::vector<std::string> wrap(std::string_view text, double width) const;

    // `x` is the left edge, the centre or the right edge of the text; `baseline` from the top.
    void text(std::string_view text, double x, double baseline, Align align = Align::Left);
    void line(double x1, double y1, double x2, double y2, double thickness, Colour colour);
    void fill_rectangle(double x, double y, double width, double height, Colour colour);

    void next_page();
    int page() const { return m_page; }

    // Ends the document and gives its bytes; nothing may be drawn afterwards.
    std::string finish();

  private:
    static cairo_status_t append(void* closure, unsigned char const* data, unsigned int length);

    std::string m_bytes;
    cairo_surface_t* m_surface = nullptr;
    cairo_t* m_cairo = nullptr;
    int m_page = 1;
};

} // namespace tremplin::report

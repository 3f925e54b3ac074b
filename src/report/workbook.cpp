#include "report/workbook.hpp"

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace tremplin::report {

namespace {

constexpr lxw_color_t accent = 0x54297A;
constexpr lxw_color_t shading = 0xEEEAF3;
constexpr lxw_color_t muted = 0x5F5F70;

std::filesystem::path make_private_directory()
{
    auto pattern = (std::filesystem::temp_directory_path() / "tremplin-xlsx-XXXXXX").string();
    if (!mkdtemp(pattern.data())) // mode 0700: other accounts cannot read the trainees' data
        throw std::runtime_error("cannot create a private directory for a spreadsheet");
    return pattern;
}

lxw_format* header_format(lxw_workbook* workbook, lxw_format_alignments alignment)
{
    auto* format = workbook_add_format(workbook);
    format_set_bold(format);
    format_set_bg_color(format, shading);
    format_set_bottom(format, LXW_BORDER_THIN);
    format_set_text_wrap(format);
    format_set_align(format, alignment);
    format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
    return format;
}

CellFormats make_formats(lxw_workbook* workbook)
{
    CellFormats formats;
    formats.title = workbook_add_format(workbook);
    format_set_bold(formats.title);
    format_set_font_size(formats.title, 14);
    format_set_font_color(formats.title, accent);
    formats.heading = workbook_add_format(workbook);
    format_set_bold(formats.heading);
    format_set_font_size(formats.heading, 12);
    formats.header = header_format(workbook, LXW_ALIGN_CENTER);
    formats.header_left = header_format(workbook, LXW_ALIGN_LEFT);
    formats.hours = workbook_add_format(workbook);
    format_set_num_format(formats.hours, "0.00");
    formats.centred = workbook_add_format(workbook);
    format_set_align(formats.centred, LXW_ALIGN_CENTER);
    formats.total_label = workbook_add_format(workbook);
    format_set_bold(formats.total_label);
    format_set_top(formats.total_label, LXW_BORDER_THIN);
    formats.total_hours = workbook_add_format(workbook);
    format_set_bold(formats.total_hours);
    format_set_top(formats.total_hours, LXW_BORDER_THIN);
    format_set_num_format(formats.total_hours, "0.00");
    formats.total_blank = workbook_add_format(workbook);
    format_set_top(formats.total_blank, LXW_BORDER_THIN);
    formats.note = workbook_add_format(workbook);
    format_set_font_color(formats.note, muted);
    return formats;
}

// Excel refuses these in a sheet name, and names longer than 31 characters.
std::string sheet_name_of(std::string_view name)
{
    std::string result;
    int characters = 0;
    for (std::size_t at = 0; at < name.size() && characters < 31; ++characters) {
        auto next = at + 1;
        while (next < name.size() && (static_cast<unsigned char>(name[next]) & 0xC0) == 0x80)
            ++next;
        auto const part = name.substr(at, next - at);
        result += part.find_first_of("[]:*?/\\") == std::string_view::npos ? std::string(part) : " ";
        at = next;
    }
    return result;
}

} // namespace

Workbook::Workbook(std::string const& title, std::string const& company)
    : m_directory(make_private_directory()), m_directory_text(m_directory.string()), m_title(title),
      m_company(company)
{
    auto const file = (m_directory / "document.xlsx").string();
    lxw_workbook_options options{};
    options.tmpdir = m_directory_text.data();
    m_workbook = workbook_new_opt(file.c_str(), &options);
    if (!m_workbook) {
        std::filesystem::remove_all(m_directory);
        throw std::runtime_error("cannot create a workbook");
    }
    m_formats = make_formats(m_workbook);
    lxw_doc_properties properties{};
    properties.title = m_title.data();
    properties.company = m_company.data();
    properties.author = const_cast<char*>("Tremplin");
    workbook_set_properties(m_workbook, &properties);
}

Workbook::~Workbook()
{
    if (m_workbook)
        workbook_close(m_workbook); // also frees it
    std::error_code ignored;
    std::filesystem::remove_all(m_directory, ignored);
}

lxw_worksheet* Workbook::add_sheet(std::string_view name)
{
    auto* sheet = workbook_add_worksheet(m_workbook, sheet_name_of(name).c_str());
    if (!sheet)
        throw std::runtime_error("cannot add the sheet " + std::string(name));
    return sheet;
}

std::string Workbook::finish()
{
    auto const error = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (error != LXW_NO_ERROR)
        throw std::runtime_error(std::string("cannot write the workbook: ") + lxw_strerror(error));
    std::ifstream file(m_directory / "document.xlsx", std::ios::binary);
    std::string bytes{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    std::filesystem::remove_all(m_directory);
    return bytes;
}

void set_up_printing(lxw_worksheet* sheet, int header_last_row)
{
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, 0, static_cast<lxw_row_t>(header_last_row));
}

} // namespace tremplin::report

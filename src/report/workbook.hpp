#pragma once

// A libxlsxwriter workbook that ends as bytes: version 1.1.4 can only write to a file, so the
// file lives in a directory of its own, readable by this process alone, and is gone once its
// bytes are read (or the document failed).

#include <filesystem>
#include <string>
#include <string_view>
#include <xlsxwriter.h>

namespace tremplin::report {

// The few cell styles every sheet of the centre shares, so its documents look alike.
struct CellFormats {
    lxw_format* title = nullptr;       // the centre's name
    lxw_format* heading = nullptr;     // the document's title
    lxw_format* header = nullptr;      // column headers, centred and wrapped
    lxw_format* header_left = nullptr; // column headers over names
    lxw_format* hours = nullptr;       // a number of hours with two decimals
    lxw_format* centred = nullptr;
    lxw_format* total_label = nullptr;
    lxw_format* total_hours = nullptr;
    lxw_format* total_blank = nullptr;
    lxw_format* note = nullptr;
};

class Workbook {
  public:
    // Throws std::runtime_error when the private directory or the workbook cannot be made.
    Workbook(std::string const& title, std::string const& company);
    ~Workbook();
    Workbook(Workbook const&) = delete;
    Workbook& operator=(Workbook const&) = delete;

    // A sheet under `name`, made acceptable to Excel: at most 31 characters, none of []:*?/\.
    lxw_worksheet* add_sheet(std::string_view name);
    CellFormats const& formats() const { return m_formats; }

    // Writes the workbook and gives the bytes of the .xlsx file; nothing may be added afterwards.
    std::string finish();

  private:
    std::filesystem::path m_directory;
    std::string m_directory_text; // libxlsxwriter's own temporary files go here too
    std::string m_title;
    std::string m_company;
    lxw_workbook* m_workbook = nullptr;
    CellFormats m_formats;
};

// A4, landscape, as many pages tall as needed but one page wide, the header rows repeated on
// each printed page: how a coordinator prints a register.
void set_up_printing(lxw_worksheet* sheet, int header_last_row);

} // namespace tremplin::report

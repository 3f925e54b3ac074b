#pragma once

// What the document tests share: the catalogues, a private directory for the files the real
// readers (Python's icalendar and openpyxl, poppler's pdftotext) open, and a way to run them.
// Debian's /usr/bin/python3 is named on purpose: it is the one with python3-icalendar and
// python3-openpyxl, which scripts/setup installs; another python3 may come first on PATH.

#include "locale/catalogues.hpp"
#include "report/documents.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>
#include <sys/wait.h>

#include <gtest/gtest.h>

namespace tremplin::report::testing {

inline locale::Catalogue const& catalogue(std::string_view language)
{
    static auto const loaded = locale::Catalogues::embedded();
    return *loaded.find(language);
}

inline domain::Date date(std::string_view iso)
{
    return *domain::Date::parse_iso(iso);
}

class TemporaryDirectory {
  public:
    TemporaryDirectory()
    {
        auto pattern = (std::filesystem::temp_directory_path() / "tremplin-report-test-XXXXXX").string();
        if (!mkdtemp(pattern.data()))
            throw std::runtime_error("cannot create a temporary directory");
        m_path = pattern;
    }
    ~TemporaryDirectory() { std::filesystem::remove_all(m_path); }
    TemporaryDirectory(TemporaryDirectory const&) = delete;
    TemporaryDirectory& operator=(TemporaryDirectory const&) = delete;

    // Writes `bytes` to a file of this directory and gives its path.
    std::string write(std::string const& name, std::string const& bytes) const
    {
        auto const path = m_path / name;
        std::ofstream(path, std::ios::binary) << bytes;
        return path.string();
    }

  private:
    std::filesystem::path m_path;
};

struct CommandResult {
    int status = -1;
    std::string output;
};

// Runs a shell command (every argument here is a path this test made) and reads its stdout.
inline CommandResult run(std::string const& command)
{
    CommandResult result;
    auto* pipe = popen(command.c_str(), "r");
    if (!pipe)
        return result;
    std::array<char, 4096> buffer{};
    while (auto const read = std::fread(buffer.data(), 1, buffer.size(), pipe))
        result.output.append(buffer.data(), read);
    auto const status = pclose(pipe);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

// Runs a Python script on a file with Debian's interpreter; the script prints UTF-8.
inline CommandResult run_python(TemporaryDirectory const& directory, std::string const& script,
                                std::string const& file)
{
    auto const script_path = directory.write("check.py", script);
    return run("PYTHONIOENCODING=utf-8 /usr/bin/python3 " + script_path + " " + file);
}

inline CentreDetails centre()
{
    return {"Tremplin asbl", "Rue de l’Éclusier 12\n1030 Schaerbeek", "+32 2 219 15 15",
            "info@tremplin.example", "0123.456.789"};
}

// The text a reader can copy out of the PDF, its lines joined and its spaces made plain, so
// that a sentence reads the same wherever the page wrapped it.
inline std::string text_of(TemporaryDirectory const& directory, std::string const& pdf)
{
    auto const path = directory.write("document.pdf", pdf);
    auto const result = run("pdftotext -enc UTF-8 " + path + " -");
    EXPECT_EQ(result.status, 0);
    std::string text;
    for (std::size_t at = 0; at < result.output.size(); ++at) {
        auto const no_break_space = result.output.compare(at, 2, "\xC2\xA0") == 0;
        auto const space = no_break_space || std::isspace(static_cast<unsigned char>(result.output[at]));
        if (no_break_space)
            ++at;
        if (!space)
            text += result.output[at];
        else if (!text.empty() && text.back() != ' ')
            text += ' ';
    }
    return text;
}

inline int pages_of(TemporaryDirectory const& directory, std::string const& pdf)
{
    auto const path = directory.write("document.pdf", pdf);
    auto const result = run("pdfinfo " + path);
    auto const at = result.output.find("Pages:");
    return at == std::string::npos ? 0 : std::stoi(result.output.substr(at + 6));
}

inline void expect_contains(std::string const& text, std::string const& part)
{
    EXPECT_NE(text.find(part), std::string::npos) << "missing «" << part << "» in:\n" << text;
}

} // namespace tremplin::report::testing

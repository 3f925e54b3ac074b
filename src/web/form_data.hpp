#pragma once

// Form bodies (application/x-www-form-urlencoded) and query strings.

#include "domain/text.hpp"

#include <cstddef>
#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tremplin::web {

// What one form may hold, whatever its size in bytes: docs/design.md "Request limits".
struct FormLimits {
    // The longest form is an attendance sheet of a full cohort: 500 trainees, 3 fields each.
    std::size_t fields = 2000;
    std::size_t name_bytes = 256;
    // A text, decoded: the longest the domain keeps is a note of 10,000 bytes. A file's content
    // is bounded by its route's body limit only.
    std::size_t value_bytes = 32 * 1024;
};

class FormData;

// Why a form was not read: it is not valid encoding (400), or it holds more than FormLimits (413).
enum class FormProblem { Malformed, TooLarge };
using ParsedForm = std::expected<FormData, FormProblem>;

class FormData {
  public:
    // Malformed when the text is not valid URL encoding (a malformed "%" escape or invalid UTF-8).
    static ParsedForm parse(std::string_view encoded, FormLimits const& limits = {});
    // A multipart/form-data body (a form that sends a file). Text fields must be UTF-8; a file's
    // content is kept as sent, for its reader to check.
    static ParsedForm parse_multipart(std::string_view body, std::string_view content_type,
                                      FormLimits const& limits = {});

    // The first value given for `name`, or "".
    std::string_view get(std::string_view name) const;
    bool has(std::string_view name) const;
    std::vector<std::pair<std::string, std::string>> const& fields() const { return m_fields; }

  private:
    std::vector<std::pair<std::string, std::string>> m_fields;
};

// The whole number a field holds ("12", "-3"), or nothing when it holds anything else.
using domain::whole_number;

// Percent-encodes everything but unreserved characters (RFC 3986 2.3).
std::string url_encode(std::string_view text);

bool is_valid_utf8(std::string_view text);

} // namespace tremplin::web

#pragma once

// Form bodies (application/x-www-form-urlencoded) and query strings.

#include "domain/text.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tremplin::web {

class FormData {
  public:
    // Nothing when the text is not valid URL encoding (a malformed "%" escape or invalid UTF-8).
    static std::optional<FormData> parse(std::string_view encoded);
    // A multipart/form-data body (a form that sends a file). Text fields must be UTF-8; a file's
    // content is kept as sent, for its reader to check.
    static std::optional<FormData> parse_multipart(std::string_view body, std::string_view content_type);

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

#include "web/return_path.hpp"

#include <algorithm>

namespace tremplin::web {

namespace {

bool is_hex_digit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

int hex_value(char c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

// RFC 3986 section 3.3 and 3.4: what a path and its query are written with (unreserved,
// sub-delims, ':', '@', '/', '?'), a '%' only before two hex digits. No space, no control
// character, no backslash, nothing beyond ASCII: a browser would clean those up, or read them
// as '/', and the cleaned address could be another site's ("/\t/evil.example" is "//evil.example").
bool is_written_as_a_path(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        char const c = text[i];
        if (c == '%') {
            if (i + 2 >= text.size() || !is_hex_digit(text[i + 1]) || !is_hex_digit(text[i + 2]))
                return false;
            i += 2;
            continue;
        }
        bool const unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                                c == '-' || c == '.' || c == '_' || c == '~';
        bool const sub_delimiter = std::string_view("!$&'()*+,;=").find(c) != std::string_view::npos;
        if (!unreserved && !sub_delimiter && c != ':' && c != '@' && c != '/' && c != '?')
            return false;
    }
    return true;
}

// The text with its %XX decoded; read only to see where it would lead.
std::string percent_decoded(std::string_view text)
{
    std::string decoded;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && is_hex_digit(text[i + 1]) && is_hex_digit(text[i + 2])) {
            decoded += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
            i += 2;
        } else {
            decoded += text[i];
        }
    }
    return decoded;
}

// A path of this site, not an address of another: one '/', then neither '/' nor '\'.
bool starts_as_a_local_path(std::string_view path)
{
    return path.starts_with('/') && !path.starts_with("//") && !path.starts_with("/\\");
}

} // namespace

std::string safe_return_path(std::string_view wanted, std::string_view fallback)
{
    if (!starts_as_a_local_path(wanted) || !is_written_as_a_path(wanted))
        return std::string(fallback);
    // Decoded, the path must still be this site's: "/%2F/evil.example", "/%5Cevil.example" and
    // "/%09/evil.example" are refused too, whatever a proxy or a browser would make of them.
    auto const decoded = percent_decoded(wanted.substr(0, wanted.find('?')));
    bool const plain = std::ranges::none_of(decoded, [](char c) {
        auto const byte = static_cast<unsigned char>(c);
        return byte < 0x20 || byte == 0x7F || c == '\\';
    });
    if (!plain || !starts_as_a_local_path(decoded))
        return std::string(fallback);
    return std::string(wanted);
}

} // namespace tremplin::web

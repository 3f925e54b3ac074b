#include "web/form_data.hpp"

namespace tremplin::web {

namespace {

int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::optional<std::string> decode_component(std::string_view text)
{
    std::string decoded;
    decoded.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        char const c = text[i];
        if (c == '+') {
            decoded += ' ';
        } else if (c == '%') {
            int const high = i + 1 < text.size() ? hex_value(text[i + 1]) : -1;
            int const low = i + 2 < text.size() ? hex_value(text[i + 2]) : -1;
            if (high < 0 || low < 0)
                return std::nullopt;
            decoded += static_cast<char>(high * 16 + low);
            i += 2;
        } else {
            decoded += c;
        }
    }
    if (!is_valid_utf8(decoded))
        return std::nullopt;
    return decoded;
}

} // namespace

bool is_valid_utf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        auto const lead = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        unsigned code_point = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2;
            code_point = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            code_point = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            code_point = lead & 0x07;
        } else {
            return false;
        }
        if (i + length > text.size())
            return false;
        for (std::size_t k = 1; k < length; ++k) {
            auto const continuation = static_cast<unsigned char>(text[i + k]);
            if ((continuation & 0xC0) != 0x80)
                return false;
            code_point = (code_point << 6) | (continuation & 0x3F);
        }
        bool const overlong = (length == 2 && code_point < 0x80) || (length == 3 && code_point < 0x800) ||
                              (length == 4 && code_point < 0x10000);
        if (overlong || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

ParsedForm FormData::parse(std::string_view encoded, FormLimits const& limits)
{
    FormData form;
    while (!encoded.empty()) {
        auto const ampersand = encoded.find('&');
        auto const pair = encoded.substr(0, ampersand);
        encoded = ampersand == std::string_view::npos ? std::string_view() : encoded.substr(ampersand + 1);
        if (pair.empty())
            continue;
        // Counted before anything is decoded: a flood of fields is refused at the first one too many.
        if (form.m_fields.size() == limits.fields)
            return std::unexpected(FormProblem::TooLarge);
        auto const equals = pair.find('=');
        auto name = decode_component(pair.substr(0, equals));
        auto value =
            decode_component(equals == std::string_view::npos ? std::string_view() : pair.substr(equals + 1));
        if (!name || !value)
            return std::unexpected(FormProblem::Malformed);
        if (name->size() > limits.name_bytes || value->size() > limits.value_bytes)
            return std::unexpected(FormProblem::TooLarge);
        form.m_fields.emplace_back(std::move(*name), std::move(*value));
    }
    return form;
}

ParsedForm FormData::parse_multipart(std::string_view body, std::string_view content_type,
                                     FormLimits const& limits)
{
    auto const malformed = std::unexpected(FormProblem::Malformed);
    auto const boundary_at = content_type.find("boundary=");
    if (boundary_at == std::string_view::npos)
        return malformed;
    auto boundary = content_type.substr(boundary_at + 9);
    boundary = boundary.substr(0, boundary.find(';'));
    if (boundary.size() >= 2 && boundary.front() == '"' && boundary.back() == '"')
        boundary = boundary.substr(1, boundary.size() - 2);
    if (boundary.empty())
        return malformed;
    auto const delimiter = "--" + std::string(boundary);
    auto position = body.find(delimiter);
    if (position == std::string_view::npos)
        return malformed;
    position += delimiter.size();

    FormData form;
    // RFC 7578: parts separated by CRLF--boundary, the last one followed by "--".
    while (body.substr(position, 2) != "--") {
        if (body.substr(position, 2) != "\r\n")
            return malformed;
        if (form.m_fields.size() == limits.fields)
            return std::unexpected(FormProblem::TooLarge);
        auto const headers_end = body.find("\r\n\r\n", position + 2);
        if (headers_end == std::string_view::npos)
            return malformed;
        auto const headers = body.substr(position + 2, headers_end - position - 2);
        auto const content_start = headers_end + 4;
        auto const next = body.find("\r\n" + delimiter, content_start);
        if (next == std::string_view::npos)
            return malformed;
        auto const name_at = headers.find("; name=\"");
        if (name_at == std::string_view::npos)
            return malformed;
        auto const name_end = headers.find('"', name_at + 8);
        if (name_end == std::string_view::npos)
            return malformed;
        auto const name = headers.substr(name_at + 8, name_end - name_at - 8);
        auto const content = body.substr(content_start, next - content_start);
        bool const is_file = headers.find("filename=") != std::string_view::npos;
        if (!is_valid_utf8(name) || (!is_file && !is_valid_utf8(content)))
            return malformed;
        if (name.size() > limits.name_bytes || (!is_file && content.size() > limits.value_bytes))
            return std::unexpected(FormProblem::TooLarge);
        form.m_fields.emplace_back(std::string(name), std::string(content));
        position = next + 2 + delimiter.size();
    }
    return form;
}

std::string_view FormData::get(std::string_view name) const
{
    for (auto const& [field, value] : m_fields)
        if (field == name)
            return value;
    return {};
}

bool FormData::has(std::string_view name) const
{
    for (auto const& [field, value] : m_fields)
        if (field == name)
            return true;
    return false;
}

std::string url_encode(std::string_view text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string encoded;
    for (unsigned char c : text) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
            c == '.' || c == '_' || c == '~') {
            encoded += static_cast<char>(c);
        } else {
            encoded += '%';
            encoded += hex[c >> 4];
            encoded += hex[c & 15];
        }
    }
    return encoded;
}

} // namespace tremplin::web

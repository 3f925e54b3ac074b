#include "web/http.hpp"

#include <algorithm>
#include <stdexcept>
#include <strings.h>

namespace tremplin::web {

std::string_view Request::path() const
{
    std::string_view view = target;
    return view.substr(0, view.find('?'));
}

std::string_view Request::query() const
{
    std::string_view view = target;
    auto const mark = view.find('?');
    return mark == std::string_view::npos ? std::string_view() : view.substr(mark + 1);
}

std::string_view Request::header(std::string_view lower_case_name) const
{
    for (auto const& [name, value] : headers)
        if (name == lower_case_name)
            return value;
    return {};
}

std::string forwarded_client_address(std::string_view x_forwarded_for,
                                     std::vector<std::string> const& trusted_proxies)
{
    auto rest = x_forwarded_for;
    while (!rest.empty()) {
        auto const comma = rest.rfind(',');
        auto entry = comma == std::string_view::npos ? rest : rest.substr(comma + 1);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(0, comma);
        while (!entry.empty() && entry.front() == ' ')
            entry.remove_prefix(1);
        while (!entry.empty() && entry.back() == ' ')
            entry.remove_suffix(1);
        if (std::ranges::find(trusted_proxies, entry) != trusted_proxies.end())
            continue;
        // An IPv4 or IPv6 address, and nothing else: it is logged and counted.
        bool const address = !entry.empty() && entry.size() <= 45 && std::ranges::all_of(entry, [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '.' ||
                   c == ':';
        });
        return address ? std::string(entry) : std::string();
    }
    return {};
}

namespace {

void refuse_line_breaks(std::string_view name, std::string_view value)
{
    constexpr std::string_view breaks("\r\n\0", 3);
    if (name.find_first_of(breaks) != std::string_view::npos ||
        value.find_first_of(breaks) != std::string_view::npos)
        throw std::invalid_argument("a header holding CR, LF or NUL: " + std::string(name));
}

} // namespace

void Response::set_header(std::string_view name, std::string value)
{
    refuse_line_breaks(name, value);
    for (auto& [existing, existing_value] : headers) {
        if (existing.size() == name.size() && strncasecmp(existing.data(), name.data(), name.size()) == 0) {
            existing_value = std::move(value);
            return;
        }
    }
    headers.emplace_back(std::string(name), std::move(value));
}

void Response::add_header(std::string_view name, std::string value)
{
    refuse_line_breaks(name, value);
    headers.emplace_back(std::string(name), std::move(value));
}

std::string_view Response::header(std::string_view name) const
{
    for (auto const& [existing, value] : headers)
        if (existing.size() == name.size() && strncasecmp(existing.data(), name.data(), name.size()) == 0)
            return value;
    return {};
}

Response Response::html(std::string body, int status)
{
    return {status, {{"Content-Type", "text/html; charset=utf-8"}}, std::move(body)};
}

Response Response::text(std::string body, int status)
{
    return {status, {{"Content-Type", "text/plain; charset=utf-8"}}, std::move(body)};
}

Response Response::json(std::string body, int status, std::string_view content_type)
{
    return {status, {{"Content-Type", std::string(content_type)}}, std::move(body)};
}

Response Response::redirect(std::string location, int status)
{
    Response response{status, {}, {}};
    response.set_header("Location", std::move(location));
    return response;
}

namespace {

// The letters of Latin-1 (U+00C0–U+00FF) without their accents; '_' where there is no such letter.
constexpr std::string_view latin_1_letters = "AAAAAAACEEEEIIIIDNOOOOO_OUUUUYTs"
                                             "aaaaaaaceeeeiiiidnooooo_ouuuuyty";

bool is_safe_in_fallback(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '-' || c == '_';
}

// RFC 8187 section 3.2.1: attr-char.
bool is_attribute_character(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           std::string_view("!#$&+-.^_`|~").find(c) != std::string_view::npos;
}

std::string ascii_fallback(std::string_view file_name)
{
    std::string fallback;
    for (std::size_t i = 0; i < file_name.size(); ++i) {
        auto const byte = static_cast<unsigned char>(file_name[i]);
        if (byte < 0x80) {
            fallback += is_safe_in_fallback(file_name[i]) ? file_name[i] : '_';
            continue;
        }
        // A character of several bytes: its lead byte, then its continuation bytes (10xxxxxx).
        std::size_t length = 1;
        while (i + length < file_name.size() &&
               (static_cast<unsigned char>(file_name[i + length]) & 0xC0) == 0x80)
            ++length;
        if (length == 2 && (byte == 0xC3)) {
            auto const code = ((byte & 0x1F) << 6) | (static_cast<unsigned char>(file_name[i + 1]) & 0x3F);
            fallback += latin_1_letters[code - 0xC0];
        } else {
            fallback += '_';
        }
        i += length - 1;
    }
    return fallback.empty() ? std::string("download") : fallback;
}

} // namespace

std::string content_disposition(std::string_view file_name, Disposition disposition)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string encoded;
    for (char c : file_name) {
        if (is_attribute_character(c)) {
            encoded += c;
        } else {
            auto const byte = static_cast<unsigned char>(c);
            encoded += '%';
            encoded += hex[byte >> 4];
            encoded += hex[byte & 0x0F];
        }
    }
    return std::string(disposition == Disposition::Inline ? "inline" : "attachment") + "; filename=\"" +
           ascii_fallback(file_name) + "\"; filename*=UTF-8''" + encoded;
}

} // namespace tremplin::web

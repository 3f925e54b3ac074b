// FormData::parse_multipart, which reads a form that sends a file (the attendance sheet's import):
// the input's first line is the request's Content-Type (its boundary), the rest the body, read
// under the server's limits and under small ones. Beyond "no crash", a form read:
// - respects its FormLimits: no more fields, no longer names, than they allow;
// - holds names in valid UTF-8, and takes every name and value from within the body as sent;
// - written again as parts with the same boundary (a value that is no text as a file) reads back
//   the same fields;
// - read under the small limits, reads the same under the server's.

#include "fuzz_check.hpp"
#include "web/form_data.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace tremplin::web;
using tremplin::fuzz::require;

namespace {

// The boundary as parse_multipart reads it from the Content-Type.
std::string boundary_of(std::string_view content_type)
{
    auto boundary = content_type.substr(content_type.find("boundary=") + 9);
    boundary = boundary.substr(0, boundary.find(';'));
    if (boundary.size() >= 2 && boundary.front() == '"' && boundary.back() == '"')
        boundary = boundary.substr(1, boundary.size() - 2);
    return std::string(boundary);
}

ParsedForm read_and_check(std::string_view body, std::string_view content_type, FormLimits const& limits)
{
    auto form = FormData::parse_multipart(body, content_type, limits);
    if (!form)
        return form;
    auto const& fields = form->fields();
    require(fields.size() <= limits.fields, "no more fields than the limit");
    auto const delimiter = "--" + boundary_of(content_type);
    std::string written;
    for (auto const& [name, value] : fields) {
        require(name.size() <= limits.name_bytes && is_valid_utf8(name), "names within the limit, in UTF-8");
        require(body.find(name) != std::string_view::npos && body.find(value) != std::string_view::npos,
                "names and values taken from the body");
        bool const text = is_valid_utf8(value) && value.size() <= limits.value_bytes;
        written += delimiter + "\r\nContent-Disposition: form-data; name=\"" + name + "\"" +
                   (text ? "" : "; filename=\"sheet.csv\"") + "\r\n\r\n" + value + "\r\n";
    }
    written += delimiter + "--\r\n";
    auto const again = FormData::parse_multipart(written, content_type, limits);
    require(again && again->fields() == fields, "the fields written again read back the same");
    return form;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto const input = tremplin::fuzz::as_text(data, size);
    auto const line_end = input.find('\n');
    if (line_end == std::string_view::npos)
        return 0;
    auto content_type = input.substr(0, line_end);
    if (content_type.ends_with('\r'))
        content_type.remove_suffix(1);
    auto const body = input.substr(line_end + 1);
    FormLimits const small{.fields = 3, .name_bytes = 8, .value_bytes = 16};
    auto const under_small = read_and_check(body, content_type, small);
    auto const under_server = read_and_check(body, content_type, FormLimits{});
    if (under_small)
        require(under_server && under_server->fields() == under_small->fields(),
                "a form read under small limits reads the same under the server's");
    return 0;
}

// FormData::parse, which reads every form body and every query string, under the server's limits
// and under small ones.
// Beyond "no crash", a form read:
// - respects its FormLimits: no more fields, no longer name or value, than they allow;
// - holds valid UTF-8 in every name and value;
// - answers get() with the first value of a name;
// - written again (url_encode) reads back the same fields: decoding neither loses nor changes;
// - read under the small limits, reads the same under the server's.

#include "fuzz_check.hpp"
#include "web/form_data.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

using namespace tremplin::web;
using tremplin::fuzz::require;

namespace {

ParsedForm read_and_check(std::string_view encoded, FormLimits const& limits)
{
    auto form = FormData::parse(encoded, limits);
    if (!form)
        return form;
    auto const& fields = form->fields();
    require(fields.size() <= limits.fields, "no more fields than the limit");
    require(fields.size() <= static_cast<std::size_t>(std::ranges::count(encoded, '&')) + 1,
            "a field for each pair at most");
    std::string written;
    for (auto const& [name, value] : fields) {
        require(name.size() <= limits.name_bytes && value.size() <= limits.value_bytes,
                "names and values within the limits");
        require(is_valid_utf8(name) && is_valid_utf8(value), "names and values in valid UTF-8");
        auto const first = std::ranges::find(fields, name, [](auto const& field) { return field.first; });
        require(form->has(name) && form->get(name) == first->second, "get() gives a name's first value");
        written += (written.empty() ? "" : "&") + url_encode(name) + "=" + url_encode(value);
    }
    auto const again = FormData::parse(written, limits);
    require(again && again->fields() == fields, "the fields written again read back the same");
    return form;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    auto const encoded = tremplin::fuzz::as_text(data, size);
    // Small enough that short inputs reach every limit.
    FormLimits const small{.fields = 3, .name_bytes = 8, .value_bytes = 16};
    auto const under_small = read_and_check(encoded, small);
    auto const under_server = read_and_check(encoded, FormLimits{});
    if (under_small)
        require(under_server && under_server->fields() == under_small->fields(),
                "a form read under small limits reads the same under the server's");
    return 0;
}

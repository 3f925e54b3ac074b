// What the catalogue's pages share: codes typed in one field.

#include "web/pages/catalogue_pages.hpp"

namespace tremplin::web {

std::vector<std::string> split_codes(std::string_view typed)
{
    std::vector<std::string> codes;
    std::string current;
    for (char c : typed) {
        if (c == ' ' || c == ',' || c == ';' || c == '\t' || c == '\n' || c == '\r') {
            if (!current.empty())
                codes.push_back(std::move(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty())
        codes.push_back(std::move(current));
    return codes;
}

std::string joined_codes(std::vector<std::string> const& codes)
{
    std::string joined;
    for (auto const& code : codes)
        joined += (joined.empty() ? "" : " ") + code;
    return joined;
}

} // namespace tremplin::web

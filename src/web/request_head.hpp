#pragma once

// A request's header as the server's parser read it, copied into a plain Request: its method,
// its target, and its fields with their names in lower case. A template over the parser's header
// type, so that this file needs no Boost.Beast: the server (http_server.cpp) and its fuzz target
// (tests/fuzz) copy a header the same way.

#include "web/http.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>

namespace tremplin::web {

// Also for a header read only in part (a refusal's answer): whatever the parser holds.
template <class ParsedHeader> void copy_header_fields(ParsedHeader const& from, Request& to)
{
    to.method = std::string(from.method_string());
    to.target = std::string(from.target());
    for (auto const& field : from) {
        std::string name(field.name_string().data(), field.name_string().size());
        std::ranges::transform(name, name.begin(),
                               [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        to.headers.emplace_back(std::move(name), std::string(field.value()));
    }
}

} // namespace tremplin::web

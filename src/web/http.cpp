#include "web/http.hpp"

#include <algorithm>
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

std::string forwarded_client_address(std::string_view x_forwarded_for)
{
    auto const comma = x_forwarded_for.rfind(',');
    auto last = comma == std::string_view::npos ? x_forwarded_for : x_forwarded_for.substr(comma + 1);
    while (!last.empty() && last.front() == ' ')
        last.remove_prefix(1);
    while (!last.empty() && last.back() == ' ')
        last.remove_suffix(1);
    return std::string(last);
}

void Response::set_header(std::string_view name, std::string value)
{
    for (auto& [existing, existing_value] : headers) {
        if (existing.size() == name.size() && strncasecmp(existing.data(), name.data(), name.size()) == 0) {
            existing_value = std::move(value);
            return;
        }
    }
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
    return {status, {{"Location", std::move(location)}}, {}};
}

} // namespace tremplin::web

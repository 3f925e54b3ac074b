#include "web/api/json_io.hpp"

#include "web/api/problem.hpp"

#include <algorithm>

namespace tremplin::web::api {

Response json_response(nlohmann::json const& body, int status)
{
    return Response::json(body.dump(), status);
}

std::variant<nlohmann::json, Response> json_body(Context const& context)
{
    if (!context.request.header("content-type").starts_with("application/json"))
        return api_problem(context, 415, context.text("api.json_expected"));
    auto body = nlohmann::json::parse(context.request.body, nullptr, false);
    if (body.is_discarded() || !body.is_object())
        return api_problem(context, 400, context.text("api.malformed_json"));
    return body;
}

nlohmann::json text_or_null(std::string_view text)
{
    return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}

ListPage list_page(Context const& context)
{
    return {static_cast<int>(std::clamp(context.query_number("limit").value_or(50), 1LL, 200LL)),
            static_cast<int>(std::clamp(context.query_number("offset").value_or(0), 0LL, 100'000'000LL))};
}

nlohmann::json list_json(nlohmann::json items, ListPage page, bool has_more)
{
    return {{"items", std::move(items)},
            {"limit", page.limit},
            {"offset", page.offset},
            {"next_offset", has_more ? nlohmann::json(page.offset + page.limit) : nlohmann::json(nullptr)}};
}

Response possible_duplicate_problem(Context const& context, std::string_view title_key,
                                    std::string_view detail_key, nlohmann::json duplicates)
{
    nlohmann::json const problem{{"type", "urn:tremplin:problem:possible-duplicate"},
                                 {"title", context.text(title_key)},
                                 {"status", 409},
                                 {"detail", context.text(detail_key)},
                                 {"duplicates", std::move(duplicates)}};
    return Response::json(problem.dump(), 409, "application/problem+json");
}

} // namespace tremplin::web::api

#pragma once

// What every part of the JSON API reads and answers alike: a JSON object in, a JSON document
// out, and a page of a list by `limit` and `offset` (docs/api/openapi.yaml).

#include "web/context.hpp"

#include <variant>

#include <nlohmann/json.hpp>

namespace tremplin::web::api {

Response json_response(nlohmann::json const& body, int status = 200);

// The request's JSON object, or the problem to answer instead (415 for another media type,
// 400 for what is not a JSON object).
std::variant<nlohmann::json, Response> json_body(Context const& context);

// A text, or null when empty: what the API gives for a field never filled in.
nlohmann::json text_or_null(std::string_view text);

// A page of a list as the query asks for it: 50 rows unless told, 200 at most.
struct ListPage {
    int limit = 50;
    int offset = 0;
};
ListPage list_page(Context const& context);

// {"items": [...], "limit": .., "offset": .., "next_offset": .. or null}
nlohmann::json list_json(nlohmann::json items, ListPage page, bool has_more);

// 409: nothing was created, for it may be one of `duplicates`; sent again with the document's
// confirmation, it is created.
Response possible_duplicate_problem(Context const& context, std::string_view title_key,
                                    std::string_view detail_key, nlohmann::json duplicates);

} // namespace tremplin::web::api

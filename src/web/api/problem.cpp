#include "web/api/problem.hpp"

#include "web/api/json_fields.hpp"

#include <nlohmann/json.hpp>

namespace tremplin::web {

namespace {

Response problem_response(nlohmann::json const& body, int status)
{
    auto response = Response::json(body.dump(), status, "application/problem+json");
    if (status == 401)
        response.set_header("WWW-Authenticate", "Bearer");
    return response;
}

nlohmann::json problem_body(Context const& context, int status, std::string_view detail)
{
    nlohmann::json body{{"type", "about:blank"},
                        {"title", context.text("errors.page." + std::to_string(status) + ".title")},
                        {"status", status}};
    if (!detail.empty())
        body["detail"] = detail;
    return body;
}

int status_of(domain::ErrorCode code)
{
    switch (code) {
    case domain::ErrorCode::InvalidInput:
        return 422;
    case domain::ErrorCode::NotFound:
        return 404;
    case domain::ErrorCode::Forbidden:
        return 403;
    case domain::ErrorCode::Unauthenticated:
        return 401;
    case domain::ErrorCode::Conflict:
        return 409;
    case domain::ErrorCode::TooManyAttempts:
        return 429;
    }
    return 500;
}

} // namespace

Response api_problem(Context const& context, int status, std::string_view detail)
{
    return problem_response(problem_body(context, status, detail), status);
}

Response api_failure(Context const& context, domain::Error const& error)
{
    int const status = status_of(error.code);
    auto body = problem_body(
        context, status, error.message_key.empty() ? std::string_view() : context.text(error.message_key));
    if (error.code == domain::ErrorCode::InvalidInput) {
        body["type"] = "urn:tremplin:problem:invalid-input";
        body["title"] = context.text("api.invalid_input");
        body["errors"] = nlohmann::json::array();
        for (auto const& field_error : error.fields) {
            auto const& key = field_error.message_key;
            body["errors"].push_back({{"field", api_field_name(field_error.field)},
                                      {"code", key.substr(key.rfind('.') + 1)},
                                      {"message", context.text(key)}});
        }
    }
    return problem_response(body, status);
}

} // namespace tremplin::web

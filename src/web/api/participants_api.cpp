// /api/v1/participants: the participant register for other systems, with the same roles,
// validation and audit as the pages (docs/api/openapi.yaml).

#include "web/api/participants_api.hpp"

#include "web/api/json_fields.hpp"
#include "web/api/problem.hpp"
#include "web/application.hpp"
#include "web/paths.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace tremplin::web::api::participants {

namespace {

Response json_response(nlohmann::json const& body, int status = 200)
{
    return Response::json(body.dump(), status);
}

// The request's JSON object, or the problem to answer instead.
std::variant<nlohmann::json, Response> json_body(Context const& context)
{
    if (!context.request.header("content-type").starts_with("application/json"))
        return api_problem(context, 415, context.text("api.json_expected"));
    auto body = nlohmann::json::parse(context.request.body, nullptr, false);
    if (body.is_discarded() || !body.is_object())
        return api_problem(context, 400, context.text("api.malformed_json"));
    return body;
}

} // namespace

domain::Result<Response> list(Context& context, Services& services)
{
    service::ParticipantListQuery query;
    query.search = std::string(context.query.get("q"));
    query.order = context.query.get("sort") == "recent" ? service::ParticipantOrder::RecentlyUpdated
                                                        : service::ParticipantOrder::Name;
    query.limit = static_cast<int>(std::clamp(context.query_number("limit").value_or(50), 1LL, 200LL));
    query.offset =
        static_cast<int>(std::clamp(context.query_number("offset").value_or(0), 0LL, 100'000'000LL));
    if (auto const since = context.query.get("updated_since"); !since.empty()) {
        query.updated_since = domain::parse_iso_timestamp(since);
        if (!query.updated_since)
            return domain::fail(domain::Error::invalid({{"updated_since", "errors.api.iso_timestamp"}}));
    }
    auto const list = TRY(services.participants.list(context.signed_in(), query));

    nlohmann::json body{{"items", nlohmann::json::array()}, {"limit", query.limit}, {"offset", query.offset}};
    for (auto const& row : list.rows)
        body["items"].push_back(summary_json(row));
    body["next_offset"] =
        list.has_more ? nlohmann::json(query.offset + query.limit) : nlohmann::json(nullptr);
    return json_response(body);
}

domain::Result<Response> get(Context& context, Services& services)
{
    auto const id = context.id_value();
    if (!id)
        return api_problem(context, 404);
    auto const participant = TRY(services.participants.view(context.signed_in(), *id));
    return json_response(participant_json(participant));
}

domain::Result<Response> create(Context& context, Services& services)
{
    auto body = json_body(context);
    if (auto* problem = std::get_if<Response>(&body))
        return std::move(*problem);
    auto const& json = std::get<nlohmann::json>(body);

    domain::ParticipantInput input;
    input.set(domain::participant_fields::gender, "woman");
    input.set(domain::participant_fields::preferred_language, context.catalogue->language());
    if (auto errors = apply_participant_json(json, input); !errors.empty())
        return domain::fail(domain::Error::invalid(std::move(errors)));

    bool const confirmed = json.value("confirm_different_person", false);
    auto const created = TRY(services.participants.create(
        context.signed_in(), input,
        confirmed ? service::DuplicateCheck::ConfirmedDifferentPerson : service::DuplicateCheck::Warn));
    if (!created.id) {
        nlohmann::json problem{{"type", "urn:tremplin:problem:possible-duplicate"},
                               {"title", context.text("api.possible_duplicate")},
                               {"status", 409},
                               {"detail", context.text("api.possible_duplicate_detail")},
                               {"duplicates", nlohmann::json::array()}};
        for (auto const& duplicate : created.possible_duplicates)
            problem["duplicates"].push_back(summary_json(duplicate));
        return Response::json(problem.dump(), 409, "application/problem+json");
    }

    auto const participant = TRY(services.participants.view(context.signed_in(), *created.id));
    auto response = json_response(participant_json(participant), 201);
    response.set_header("Location", paths::api_participant(*created.id));
    return response;
}

domain::Result<Response> update(Context& context, Services& services)
{
    auto const id = context.id_value();
    if (!id)
        return api_problem(context, 404);
    auto body = json_body(context);
    if (auto* problem = std::get_if<Response>(&body))
        return std::move(*problem);

    auto const current = TRY(services.participants.view(context.signed_in(), *id));
    auto input = domain::input_of(current);
    if (auto errors = apply_participant_json(std::get<nlohmann::json>(body), input); !errors.empty())
        return domain::fail(domain::Error::invalid(std::move(errors)));

    auto const updated = TRY(services.participants.update(context.signed_in(), *id, input));
    return json_response(participant_json(updated));
}

} // namespace tremplin::web::api::participants

// /api/v1/participants: the participant register for other systems, with the same roles,
// validation and audit as the pages (docs/api/openapi.yaml).

#include "web/api/participants_api.hpp"

#include "web/api/json_fields.hpp"
#include "web/api/json_io.hpp"
#include "web/api/problem.hpp"
#include "web/application.hpp"
#include "web/paths.hpp"

#include <nlohmann/json.hpp>

namespace tremplin::web::api::participants {

domain::Result<Response> list(Context& context, Services& services)
{
    service::ParticipantListQuery query;
    query.search = std::string(context.query.get("q"));
    query.order = context.query.get("sort") == "recent" ? service::ParticipantOrder::RecentlyUpdated
                                                        : service::ParticipantOrder::Name;
    auto const page = list_page(context);
    query.limit = page.limit;
    query.offset = page.offset;
    if (auto const since = context.query.get("updated_since"); !since.empty()) {
        query.updated_since = domain::parse_iso_timestamp(since);
        if (!query.updated_since)
            return domain::fail(domain::Error::invalid({{"updated_since", "errors.api.iso_timestamp"}}));
    }
    auto const list = TRY(services.participants.list(context.signed_in(), query));

    auto items = nlohmann::json::array();
    for (auto const& row : list.rows)
        items.push_back(summary_json(row));
    return json_response(list_json(std::move(items), page, list.has_more));
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
        auto duplicates = nlohmann::json::array();
        for (auto const& duplicate : created.possible_duplicates)
            duplicates.push_back(summary_json(duplicate));
        return possible_duplicate_problem(context, "api.possible_duplicate", "api.possible_duplicate_detail",
                                          std::move(duplicates));
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

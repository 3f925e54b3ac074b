#include "web/api/partners_api.hpp"

#include "web/api/json_io.hpp"
#include "web/api/problem.hpp"
#include "web/paths.hpp"

namespace tremplin::web::api {

namespace {

nlohmann::json partner_json(domain::Partner const& partner)
{
    return {{"id", partner.id},
            {"name", partner.name},
            {"kind", domain::code_of(partner.kind)},
            {"enterprise_number", text_or_null(partner.enterprise_number)},
            {"nace_section", text_or_null(partner.nace_section)},
            {"size_band", partner.size_band ? nlohmann::json(domain::code_of(*partner.size_band))
                                            : nlohmann::json(nullptr)},
            {"street", partner.street},
            {"postcode", partner.postcode},
            {"commune", partner.commune},
            {"website", text_or_null(partner.website)},
            {"tags", partner.tags}};
}

nlohmann::json contact_json(domain::PartnerContact const& contact)
{
    return {{"id", contact.id},       {"name", contact.name},
            {"role", contact.role},   {"language", contact.language},
            {"phone", contact.phone}, {"email", contact.email}};
}

// A partner and what comes with it: its contacts and what it brings (never its timeline, whose
// notes are for the staff's pages).
nlohmann::json details_json(service::PartnerDetails const& details)
{
    auto json = partner_json(details.partner);
    json["contacts"] = nlohmann::json::array();
    for (auto const& contact : details.contacts)
        json["contacts"].push_back(contact_json(contact));
    auto const& brings = details.contribution;
    json["brings"] = {{"women_referred", brings.women_referred},
                      {"traineeships_hosted", brings.traineeships_hosted},
                      {"women_hired", brings.women_hired},
                      {"cohorts_funded", brings.cohorts_funded}};
    return json;
}

// Applies the document's fields to the partner's inputs (PATCH semantics: only those given
// change; null clears one). Tags are an array of strings; every other field a string.
std::vector<domain::FieldError> apply_partner_json(nlohmann::json const& body, domain::PartnerInput& input)
{
    std::vector<domain::FieldError> errors;
    for (auto const& [key, value] : body.items()) {
        if (key == "id" || key == "confirm_different_partner")
            continue;
        auto const field =
            std::ranges::find(domain::partner_inputs, key, [](auto const& pair) { return pair.first; });
        if (field == domain::partner_inputs.end()) {
            errors.push_back({key, "errors.api.unknown_field"});
            continue;
        }
        auto& typed = input.*(field->second);
        if (value.is_null()) {
            typed.clear();
        } else if (value.is_string() && key != "tags") {
            typed = value.get<std::string>();
        } else if (value.is_array() && key == "tags" &&
                   std::ranges::all_of(value, [](auto const& tag) { return tag.is_string(); })) {
            typed.clear();
            for (auto const& tag : value)
                typed += (typed.empty() ? "" : ", ") + tag.get<std::string>();
        } else {
            errors.push_back({key, "errors.api.wrong_type"});
        }
    }
    return errors;
}

// 409 with the partners it may duplicate, until the request confirms it is another.
Response possible_duplicates(Context const& context, std::vector<domain::Partner> const& partners)
{
    auto duplicates = nlohmann::json::array();
    for (auto const& partner : partners)
        duplicates.push_back(partner_json(partner));
    return possible_duplicate_problem(context, "api.possible_duplicate_partner",
                                      "api.possible_duplicate_partner_detail", std::move(duplicates));
}

service::DuplicateCheck duplicate_check(nlohmann::json const& body)
{
    return body.value("confirm_different_partner", false) ? service::DuplicateCheck::ConfirmedDifferentPerson
                                                          : service::DuplicateCheck::Warn;
}

nlohmann::json offer_json(domain::Offer const& offer)
{
    return {{"id", offer.id},
            {"partner_id", offer.partner_id},
            {"title", offer.title},
            {"description", offer.description},
            {"occupation", text_or_null(offer.occupation)},
            {"track_ids", offer.track_ids},
            {"places", offer.places},
            {"starts_on", offer.starts_on.iso()},
            {"ends_on", offer.ends_on.iso()},
            {"hours_per_week", offer.hours_per_week},
            {"languages", offer.languages},
            {"street", offer.street},
            {"postcode", offer.postcode},
            {"commune", offer.commune},
            {"transport_note", offer.transport_note},
            {"tutor_contact_id",
             offer.tutor_contact_id ? nlohmann::json(*offer.tutor_contact_id) : nlohmann::json(nullptr)},
            {"status", domain::code_of(offer.status)},
            {"confirmed_at", text_or_null(offer.confirmed_at)}};
}

} // namespace

namespace partners {

domain::Result<Response> list(Context& context, Services& services)
{
    auto const page = list_page(context);
    service::PartnerListQuery query;
    query.search = std::string(context.query.get("q"));
    if (auto const kind = context.query.get("kind"); !kind.empty()) {
        query.kind = domain::from_code<domain::PartnerKind>(kind);
        if (!query.kind)
            return domain::fail(domain::Error::invalid({{"kind", "errors.api.unknown_code"}}));
    }
    query.tag = std::string(context.query.get("tag"));
    query.limit = page.limit;
    query.offset = page.offset;
    auto const list = TRY(services.partners.list(context.signed_in(), query));
    auto items = nlohmann::json::array();
    for (auto const& row : list.rows)
        items.push_back(partner_json(row.partner));
    return json_response(list_json(std::move(items), page, list.has_more));
}

domain::Result<Response> get(Context& context, Services& services)
{
    auto const id = context.id_value();
    if (!id)
        return api_problem(context, 404);
    return json_response(details_json(TRY(services.partners.partner(context.signed_in(), *id))));
}

domain::Result<Response> create(Context& context, Services& services)
{
    TRY(services.partners.may_manage(context.signed_in()));
    auto body = json_body(context);
    if (auto* problem = std::get_if<Response>(&body))
        return std::move(*problem);
    auto const& json = std::get<nlohmann::json>(body);
    domain::PartnerInput input;
    if (auto errors = apply_partner_json(json, input); !errors.empty())
        return domain::fail(domain::Error::invalid(std::move(errors)));
    auto const saved = TRY(services.partners.create(context.signed_in(), input, duplicate_check(json)));
    if (!saved.id)
        return possible_duplicates(context, saved.possible_duplicates);
    auto response =
        json_response(details_json(TRY(services.partners.partner(context.signed_in(), *saved.id))), 201);
    response.set_header("Location", "/api/v1/partners/" + std::to_string(*saved.id));
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
    auto const& json = std::get<nlohmann::json>(body);
    auto input = domain::input_of(TRY(services.partners.for_editing(context.signed_in(), *id)));
    if (auto errors = apply_partner_json(json, input); !errors.empty())
        return domain::fail(domain::Error::invalid(std::move(errors)));
    auto const saved = TRY(services.partners.update(context.signed_in(), *id, input, duplicate_check(json)));
    if (!saved.id)
        return possible_duplicates(context, saved.possible_duplicates);
    return json_response(details_json(TRY(services.partners.partner(context.signed_in(), *id))));
}

} // namespace partners

namespace offers {

domain::Result<Response> list(Context& context, Services& services)
{
    auto const page = list_page(context);
    service::OfferListQuery query;
    if (auto const status = context.query.get("status"); !status.empty()) {
        query.status = domain::from_code<domain::OfferStatus>(status);
        if (!query.status)
            return domain::fail(domain::Error::invalid({{"status", "errors.api.unknown_code"}}));
    }
    query.track_id = context.query_number("track_id").value_or(0);
    query.limit = page.limit;
    query.offset = page.offset;
    auto const list = TRY(services.offers.list(context.signed_in(), query));
    auto items = nlohmann::json::array();
    for (auto const& row : list.rows) {
        auto& item = items.emplace_back(offer_json(row.offer));
        item["partner_name"] = row.partner_name;
    }
    return json_response(list_json(std::move(items), page, list.has_more));
}

domain::Result<Response> get(Context& context, Services& services)
{
    auto const id = context.id_value();
    if (!id)
        return api_problem(context, 404);
    auto const details = TRY(services.offers.offer(context.signed_in(), *id));
    auto json = offer_json(details.offer);
    json["partner_name"] = details.partner.name;
    return json_response(json);
}

} // namespace offers

} // namespace tremplin::web::api

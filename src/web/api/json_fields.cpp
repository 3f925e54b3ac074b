#include "web/api/json_fields.hpp"

#include "domain/participant_fields.hpp"
#include "web/api/json_io.hpp"

#include <algorithm>
#include <array>

#include <nlohmann/json.hpp>

namespace tremplin::web {

namespace {

namespace fields = domain::participant_fields;

constexpr std::array<std::string_view, 3> read_only_fields{"id", "created_at", "updated_at"};
constexpr std::string_view confirmation_field = "confirm_different_person";

bool is_one_of(auto const& list, std::string_view name)
{
    return std::ranges::find(list, name) != list.end();
}

// The field the API calls `property`, or nothing.
domain::ParticipantField const* field_of_property(std::string_view property)
{
    auto const table = fields::table();
    auto const found = std::ranges::find(table, property, &domain::ParticipantField::json_property);
    return found == table.end() ? nullptr : &*found;
}

} // namespace

std::string api_field_name(std::string_view input_name)
{
    for (auto const& field : fields::table())
        for (auto const& input : fields::inputs_of(field))
            if (input == input_name)
                return field.kind == domain::FieldKind::Consents
                           ? std::string(field.json_property) + "." + input.substr(input.find('_') + 1)
                           : std::string(field.json_property);
    return std::string(input_name);
}

nlohmann::json participant_json(domain::Participant const& participant)
{
    nlohmann::json json{{"id", participant.id}};
    for (auto const& field : fields::table()) {
        // Withheld from a token whose account may not read them: left out, not null (never answered).
        if (field.special_category && participant.special_categories_withheld)
            continue;
        auto& value = json[std::string(field.json_property)];
        switch (field.kind) {
        case domain::FieldKind::Text:
        case domain::FieldKind::Language:
        case domain::FieldKind::Country:
            value = field.stored(participant).value_or("");
            break;
        case domain::FieldKind::Date:
        case domain::FieldKind::MonthYear:
        case domain::FieldKind::Choice:
        case domain::FieldKind::Answer:
        case domain::FieldKind::SensitiveAnswer:
            // Null when never given.
            value = api::text_or_null(field.stored(participant).value_or(""));
            break;
        case domain::FieldKind::Partner:
            value = participant.referral_partner_id ? nlohmann::json(*participant.referral_partner_id)
                                                    : nlohmann::json(nullptr);
            break;
        case domain::FieldKind::Consents:
            value = nlohmann::json::object();
            for (auto kind : domain::all_values<domain::ConsentKind>()) {
                auto const consent = participant.consent(kind);
                value[std::string(domain::code_of(kind))] =
                    consent ? nlohmann::json{{"given", consent->given},
                                             {"recorded_on", consent->recorded_on.iso()}}
                            : nlohmann::json(nullptr);
            }
            break;
        }
    }
    json["created_at"] = participant.created_at;
    json["updated_at"] = participant.updated_at;
    return json;
}

nlohmann::json summary_json(domain::ParticipantSummary const& summary)
{
    return {{"id", summary.id},
            {"first_name", summary.first_name},
            {"last_name", summary.last_name},
            {"birth_date", summary.birth_date ? nlohmann::json(summary.birth_date->iso()) : nullptr},
            {"phone", summary.phone},
            {"email", summary.email},
            {"postcode", summary.postcode},
            {"municipality", summary.municipality},
            {"actiris_number", summary.actiris_number},
            {"updated_at", summary.updated_at}};
}

std::vector<domain::FieldError> apply_participant_json(nlohmann::json const& body,
                                                       domain::ParticipantInput& input)
{
    std::vector<domain::FieldError> errors;
    auto wrong_type = [&](std::string const& field) { errors.push_back({field, "errors.api.wrong_type"}); };

    for (auto const& [key, value] : body.items()) {
        if (is_one_of(read_only_fields, key) || key == confirmation_field)
            continue;

        auto const* field = field_of_property(key);
        if (!field) {
            errors.push_back({key, "errors.api.unknown_field"});
            continue;
        }

        if (field->kind == domain::FieldKind::Date || field->kind == domain::FieldKind::MonthYear) {
            bool const with_day = field->kind == domain::FieldKind::Date;
            auto const prefix = std::string(field->name) + "_";
            if (value.is_null()) {
                input.set(prefix + (with_day ? "day" : "month"), "");
                input.set(prefix + "month", "");
                input.set(prefix + "year", "");
                continue;
            }
            if (!value.is_string()) {
                wrong_type(key);
                continue;
            }
            auto const text = value.get<std::string>();
            std::size_t const expected_length = with_day ? 10 : 7;
            if (text.size() != expected_length || text[4] != '-' || (with_day && text[7] != '-')) {
                errors.push_back({key, "errors.api.iso_date"});
                continue;
            }
            input.set(prefix + "year", text.substr(0, 4));
            input.set(prefix + "month", text.substr(5, 2));
            if (with_day)
                input.set(prefix + "day", text.substr(8, 2));
            continue;
        }

        if (field->kind == domain::FieldKind::Consents) {
            if (!value.is_object()) {
                wrong_type(key);
                continue;
            }
            for (auto const& [kind, given] : value.items()) {
                if (!domain::from_code<domain::ConsentKind>(kind)) {
                    errors.push_back({"consents." + kind, "errors.api.unknown_field"});
                    continue;
                }
                auto const field = "consent_" + kind;
                if (given.is_null())
                    input.set(field, "");
                else if (given.is_boolean())
                    input.set(field, given.get<bool>() ? "yes" : "no");
                else if (given.is_object() && given.contains("given") && given["given"].is_boolean())
                    input.set(field, given["given"].get<bool>() ? "yes" : "no"); // as GET returns it
                else
                    wrong_type("consents." + kind);
            }
            continue;
        }

        if (field->kind == domain::FieldKind::Partner) {
            // A partner's id, as GET gives it.
            if (value.is_null())
                input.set(field->name, "");
            else if (value.is_number_integer())
                input.set(field->name, std::to_string(value.get<long long>()));
            else
                wrong_type(key);
            continue;
        }

        if (value.is_null())
            input.set(field->name, "");
        else if (value.is_string())
            input.set(field->name, value.get<std::string>());
        else
            wrong_type(key);
    }
    return errors;
}

} // namespace tremplin::web

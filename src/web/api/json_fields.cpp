#include "web/api/json_fields.hpp"

#include <algorithm>
#include <array>

#include <nlohmann/json.hpp>

namespace tremplin::web {

namespace {

namespace fields = domain::participant_fields;

// Closed answers: null in JSON when never asked.
constexpr std::array<std::string_view, 11> choice_fields{fields::education_level,
                                                         fields::diploma_obtained_abroad,
                                                         fields::diploma_recognised,
                                                         fields::qualification_obsolete,
                                                         fields::labour_market_status,
                                                         fields::single_parent,
                                                         fields::housing_exclusion,
                                                         fields::disability,
                                                         fields::minority,
                                                         fields::referral_source,
                                                         fields::gender};

constexpr std::array<std::string_view, 3> read_only_fields{"id", "created_at", "updated_at"};
constexpr std::string_view confirmation_field = "confirm_different_person";

bool is_one_of(auto const& list, std::string_view name)
{
    return std::ranges::find(list, name) != list.end();
}

bool is_date_part(std::string_view name)
{
    return name.starts_with("birth_date_") || name.starts_with("unemployed_since_");
}

bool is_consent(std::string_view name)
{
    return name.starts_with("consent_");
}

nlohmann::json text_or_null(std::string_view text)
{
    return text.empty() ? nlohmann::json(nullptr) : nlohmann::json(text);
}

} // namespace

std::string api_field_name(std::string_view input_name)
{
    if (input_name.starts_with("birth_date_"))
        return "birth_date";
    if (input_name.starts_with("unemployed_since_"))
        return "unemployed_since";
    if (is_consent(input_name))
        return "consents." + std::string(input_name.substr(8));
    return std::string(input_name);
}

nlohmann::json participant_json(domain::Participant const& participant)
{
    auto const input = domain::input_of(participant);
    nlohmann::json json{{"id", participant.id}};
    for (auto field : fields::all()) {
        if (is_date_part(field) || is_consent(field))
            continue;
        json[std::string(field)] =
            is_one_of(choice_fields, field) ? text_or_null(input[field]) : nlohmann::json(input[field]);
    }
    json["birth_date"] = participant.birth_date ? nlohmann::json(participant.birth_date->iso()) : nullptr;
    json["unemployed_since"] =
        participant.unemployed_since ? nlohmann::json(participant.unemployed_since->iso()) : nullptr;
    json["consents"] = nlohmann::json::object();
    for (auto kind : domain::all_values<domain::ConsentKind>()) {
        auto const consent = participant.consent(kind);
        json["consents"][std::string(domain::code_of(kind))] =
            consent ? nlohmann::json{{"given", consent->given}, {"recorded_on", consent->recorded_on.iso()}}
                    : nlohmann::json(nullptr);
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

        if (key == "birth_date" || key == "unemployed_since") {
            bool const with_day = key == "birth_date";
            auto const prefix = key + "_";
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

        if (key == "consents") {
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

        if (!is_one_of(fields::all(), key) || is_date_part(key) || is_consent(key)) {
            errors.push_back({key, "errors.api.unknown_field"});
            continue;
        }
        if (value.is_null())
            input.set(key, "");
        else if (value.is_string())
            input.set(key, value.get<std::string>());
        else
            wrong_type(key);
    }
    return errors;
}

} // namespace tremplin::web

#pragma once

// How the API names a participant's fields: as the forms do, except that a date is one
// ISO 8601 field ("birth_date": "1988-03-12", "unemployed_since": "2025-09") rather than parts,
// and consents are an object ("consents": {"contact": true}).

#include "domain/participant.hpp"

#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace tremplin::web {

// The API's name for a form input: "birth_date_month" → "birth_date", "consent_contact" → "consents.contact".
std::string api_field_name(std::string_view input_name);

nlohmann::json participant_json(domain::Participant const& participant);
nlohmann::json summary_json(domain::ParticipantSummary const& summary);

// Applies the JSON object's fields to `input` (PATCH semantics: only the fields given change;
// null clears one). A field the API does not know, or of the wrong JSON type, is an error
// for that field.
std::vector<domain::FieldError> apply_participant_json(nlohmann::json const& body,
                                                       domain::ParticipantInput& input);

} // namespace tremplin::web

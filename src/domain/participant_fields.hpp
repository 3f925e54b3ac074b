#pragma once

// One description per field of the participant record: what kind of answer it holds, the
// section of the record it is shown in, whether it is special-category data, and how the
// database and the API name it. The store, the form, the record page, the API and the
// catalogues read this table, so that a field is added in one place and a test
// (tests/web/participant_fields_coverage_test.cpp) finds whatever was forgotten.

#include "domain/codes.hpp"
#include "domain/participant.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tremplin::domain {

enum class FieldKind {
    Text,
    Date,            // a day, typed as day, month and year
    MonthYear,       // a month, typed as month and year
    Choice,          // one code of a code list (its labels under `code_list`)
    Answer,          // yes, no or unknown
    SensitiveAnswer, // yes, no, unknown or refused: docs/domain.md "Refused, unknown and no"
    Language,        // a catalogue language
    Country,         // an ISO 3166-1 alpha-2 code (nationality: or "stateless")
    Partner,         // one of the centre's partner organisations, by its id
    Consents,        // one answer per ConsentKind, each with its date, kept apart from the row
};

// The sections of the record, in their order; the catalogue titles them
// "participant.sections.<code>".
enum class RecordSection { Identity, Contact, Education, Work, Situation, Referral, Consents };

template <> struct Codes<RecordSection> {
    static constexpr std::array table{
        std::pair{RecordSection::Identity, std::string_view("identity")},
        std::pair{RecordSection::Contact, std::string_view("contact")},
        std::pair{RecordSection::Education, std::string_view("education")},
        std::pair{RecordSection::Work, std::string_view("work")},
        std::pair{RecordSection::Situation, std::string_view("situation")},
        std::pair{RecordSection::Referral, std::string_view("referral")},
        std::pair{RecordSection::Consents, std::string_view("consents")},
    };
};

struct ParticipantField {
    std::string_view name; // the catalogue's "participant.fields.<name>.label", the form's input
    FieldKind kind;
    RecordSection section;
    bool special_category;          // GDPR Art. 9: docs/domain.md "Personal data"
    std::string_view column;        // in the participants table; "" when kept in a table of its own
    std::string_view json_property; // in docs/api/openapi.yaml "ParticipantInput"
    std::string_view code_list;     // Choice and answers: the catalogue prefix of their labels

    // The value as the database keeps it: text, a code, an ISO 8601 date; nothing for NULL.
    // Fields without a column have neither.
    std::optional<std::string> (*stored)(Participant const&) = nullptr;
    // Sets the field from its stored text ("" for NULL).
    void (*restore)(Participant&, std::string_view) = nullptr;
    // Choice and answers: the codes offered, in their order.
    std::vector<std::string_view> (*codes)() = nullptr;
};

namespace participant_fields {

// Every field of the record, in the order of the form and of the record page.
std::span<ParticipantField const> table();

// The form inputs of a field: a date is typed as parts, consents one per kind.
std::vector<std::string> inputs_of(ParticipantField const& field);

} // namespace participant_fields

// docs/design.md "Least privilege": the record as shown to someone who may not read special
// categories (GDPR Art. 9), those answers left out and marked as withheld.
void withhold_special_categories(Participant& participant);

// The same for answers as typed (an application's): those inputs emptied.
void withhold_special_categories(ParticipantInput& input);

// An edit by someone who may not read them keeps the special-category answers `stored` holds.
void keep_special_categories(Participant& edited, Participant const& stored);

// A special-category answer typed by someone who may not read them: one error per such input.
std::vector<FieldError> special_category_answers_typed(ParticipantInput const& input);

} // namespace tremplin::domain

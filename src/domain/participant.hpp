#pragma once

// The participant: one woman (or man, or person) the centre knows, from first contact on.
// Fields follow docs/domain.md "Education" (ISCED 2011, with its flags kept apart) and
// docs/domain.md "ESF+ indicators" (labour-market status, sensitive answers that may be
// refused); consents keep their date (docs/domain.md "Personal data").

#include "domain/answers.hpp"
#include "domain/date.hpp"
#include "domain/error.hpp"

#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tremplin::domain {

struct Consent {
    ConsentKind kind;
    bool given = false;
    Date recorded_on;
};

struct Participant {
    long long id = 0;
    long long organisation_id = 0;

    std::string first_name;
    std::string last_name;
    std::optional<Date> birth_date;
    Gender gender = Gender::Woman;
    std::string preferred_language; // a catalogue language: "fr", "nl", "en"

    std::string phone;
    std::string email;
    std::string street;
    std::string postcode; // Belgian, four digits
    std::string municipality;

    std::string nationality;      // ISO 3166-1 alpha-2, or "stateless"
    std::string country_of_birth; // ISO 3166-1 alpha-2

    std::optional<EducationLevel> education_level;
    std::optional<Answer> diploma_obtained_abroad;
    std::optional<Answer> diploma_recognised;
    std::optional<Answer> qualification_obsolete;

    std::optional<LabourMarketStatus> labour_market_status;
    std::optional<YearMonth> unemployed_since;
    std::string actiris_number;

    std::optional<Answer> single_parent;
    std::optional<Answer> housing_exclusion;
    std::optional<Answer> disability; // special category (GDPR Art. 9)
    std::optional<Answer> minority;   // special category (GDPR Art. 9)

    std::optional<ReferralSource> referral_source;
    std::string referral_detail;
    // The partner organisation that sent her, when it is one of the centre's partners
    // (docs/domain.md "What a partner brings"); its name is read with the record, to show it.
    std::optional<long long> referral_partner_id;
    std::string referral_partner_name;

    std::vector<Consent> consents;

    std::string created_at; // UTC, ISO 8601
    std::string updated_at;

    // Read by someone who may not see special categories: they are left out, not unanswered
    // (docs/design.md "Least privilege"). Such a copy is shown, never stored.
    bool special_categories_withheld = false;

    std::string full_name() const { return first_name + " " + last_name; }
    std::optional<Consent> consent(ConsentKind kind) const;
};

// A line of the participant list: enough to recognise her, nothing sensitive.
struct ParticipantSummary {
    long long id = 0;
    std::string first_name;
    std::string last_name;
    std::optional<Date> birth_date;
    std::string phone;
    std::string email;
    std::string postcode;
    std::string municipality;
    std::string actiris_number;
    std::string updated_at;
};

// What a person typed, field by field, before it is checked: a form or an API call fills it,
// a page shows it back unchanged when something is wrong.
class ParticipantInput {
  public:
    std::string_view operator[](std::string_view field) const;
    void set(std::string_view field, std::string value);
    bool has(std::string_view field) const { return m_values.contains(field); }

  private:
    std::map<std::string, std::string, std::less<>> m_values;
};

// The names of the inputs, as forms and the API spell them. Dates are typed as parts.
namespace participant_fields {
inline constexpr std::string_view first_name = "first_name";
inline constexpr std::string_view last_name = "last_name";
inline constexpr std::string_view birth_date_day = "birth_date_day";
inline constexpr std::string_view birth_date_month = "birth_date_month";
inline constexpr std::string_view birth_date_year = "birth_date_year";
inline constexpr std::string_view gender = "gender";
inline constexpr std::string_view preferred_language = "preferred_language";
inline constexpr std::string_view phone = "phone";
inline constexpr std::string_view email = "email";
inline constexpr std::string_view street = "street";
inline constexpr std::string_view postcode = "postcode";
inline constexpr std::string_view municipality = "municipality";
inline constexpr std::string_view nationality = "nationality";
inline constexpr std::string_view country_of_birth = "country_of_birth";
inline constexpr std::string_view education_level = "education_level";
inline constexpr std::string_view diploma_obtained_abroad = "diploma_obtained_abroad";
inline constexpr std::string_view diploma_recognised = "diploma_recognised";
inline constexpr std::string_view qualification_obsolete = "qualification_obsolete";
inline constexpr std::string_view labour_market_status = "labour_market_status";
inline constexpr std::string_view unemployed_since_month = "unemployed_since_month";
inline constexpr std::string_view unemployed_since_year = "unemployed_since_year";
inline constexpr std::string_view actiris_number = "actiris_number";
inline constexpr std::string_view single_parent = "single_parent";
inline constexpr std::string_view housing_exclusion = "housing_exclusion";
inline constexpr std::string_view disability = "disability";
inline constexpr std::string_view minority = "minority";
inline constexpr std::string_view referral_source = "referral_source";
inline constexpr std::string_view referral_detail = "referral_detail";
inline constexpr std::string_view referral_partner = "referral_partner";

// Every input above, and one "consent_<kind>" per consent kind.
std::span<std::string_view const> all();
std::string consent_field(ConsentKind kind);
} // namespace participant_fields

// What validation needs to know of the world beyond the record.
struct ValidationContext {
    Date today;
    std::function<bool(std::string_view)> is_country_code;
    std::function<bool(std::string_view)> is_language_code;
};

// Checks every input and returns the record, or every problem at once (GOV.UK: the error
// summary lists them all). Consents are given today's date when they change from `previous`.
Result<Participant> validate_participant(ParticipantInput const& input, ValidationContext const& context,
                                         Participant const* previous = nullptr);

// The inputs that show `participant` in a form.
ParticipantInput input_of(Participant const& participant);

// The names of the inputs whose value differs, comma-separated: what an audit row says
// changed, never the values.
std::string changed_inputs(ParticipantInput const& before, ParticipantInput const& after);

} // namespace tremplin::domain

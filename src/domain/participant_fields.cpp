#include "domain/participant_fields.hpp"

#include "domain/text.hpp"

#include <array>

namespace tremplin::domain {

namespace {

// How each kind of member is kept as text, and read back: text as typed (never NULL), a
// closed answer as its code (NULL when never given), a date in ISO 8601.
template <auto member> std::optional<std::string> stored_text(Participant const& participant)
{
    return participant.*member;
}

template <auto member> void restore_text(Participant& participant, std::string_view stored)
{
    participant.*member = std::string(stored);
}

template <auto member> std::optional<std::string> stored_code(Participant const& participant)
{
    auto const& value = participant.*member;
    return value ? std::optional(std::string(code_of(*value))) : std::nullopt;
}

template <auto member> void restore_code(Participant& participant, std::string_view stored)
{
    using Value = typename std::remove_cvref_t<decltype(participant.*member)>::value_type;
    participant.*member = from_code<Value>(stored);
}

template <auto member> std::optional<std::string> stored_iso(Participant const& participant)
{
    auto const& value = participant.*member;
    return value ? std::optional(value->iso()) : std::nullopt;
}

std::optional<std::string> stored_gender(Participant const& participant)
{
    return std::string(code_of(participant.gender));
}

// A gender no longer known reads as not said rather than as a default answer.
void restore_gender(Participant& participant, std::string_view stored)
{
    participant.gender = from_code<Gender>(stored).value_or(Gender::NotSaid);
}

void restore_birth_date(Participant& participant, std::string_view stored)
{
    participant.birth_date = Date::parse_iso(stored);
}

std::optional<std::string> stored_referral_partner(Participant const& participant)
{
    auto const id = participant.referral_partner_id;
    return id ? std::optional(std::to_string(*id)) : std::nullopt;
}

void restore_referral_partner(Participant& participant, std::string_view stored)
{
    auto const id = whole_number(stored);
    participant.referral_partner_id = id && *id > 0 ? id : std::nullopt;
}

void restore_unemployed_since(Participant& participant, std::string_view stored)
{
    participant.unemployed_since = YearMonth::parse_iso(stored);
}

template <class E> std::vector<std::string_view> codes_of()
{
    std::vector<std::string_view> codes;
    for (auto const& [value, code] : Codes<E>::table)
        codes.push_back(code);
    return codes;
}

// A question that is not sensitive is answered yes, no or unknown; only the sensitive ones may
// be refused (docs/domain.md "Refused, unknown and no").
std::vector<std::string_view> codes_but_refused()
{
    auto codes = codes_of<Answer>();
    std::erase(codes, code_of(Answer::Refused));
    return codes;
}

constexpr ParticipantField text(std::string_view name, RecordSection section, auto stored, auto restore)
{
    return {name, FieldKind::Text, section, false, name, name, {}, stored, restore};
}

using K = FieldKind;
using S = RecordSection;
using P = Participant;

// Column and API property are the field's name for every field so far; the table keeps them
// apart so that either may be renamed alone.
constexpr std::array fields{
    text("first_name", S::Identity, stored_text<&P::first_name>, restore_text<&P::first_name>),
    text("last_name", S::Identity, stored_text<&P::last_name>, restore_text<&P::last_name>),
    ParticipantField{"birth_date",
                     K::Date,
                     S::Identity,
                     false,
                     "birth_date",
                     "birth_date",
                     {},
                     stored_iso<&P::birth_date>,
                     restore_birth_date},
    ParticipantField{"gender", K::Choice, S::Identity, false, "gender", "gender", "genders", stored_gender,
                     restore_gender, codes_of<Gender>},
    ParticipantField{"preferred_language",
                     K::Language,
                     S::Identity,
                     false,
                     "preferred_language",
                     "preferred_language",
                     {},
                     stored_text<&P::preferred_language>,
                     restore_text<&P::preferred_language>},
    text("phone", S::Contact, stored_text<&P::phone>, restore_text<&P::phone>),
    text("email", S::Contact, stored_text<&P::email>, restore_text<&P::email>),
    text("street", S::Contact, stored_text<&P::street>, restore_text<&P::street>),
    text("postcode", S::Contact, stored_text<&P::postcode>, restore_text<&P::postcode>),
    text("municipality", S::Contact, stored_text<&P::municipality>, restore_text<&P::municipality>),
    ParticipantField{"nationality",
                     K::Country,
                     S::Contact,
                     false,
                     "nationality",
                     "nationality",
                     {},
                     stored_text<&P::nationality>,
                     restore_text<&P::nationality>},
    ParticipantField{"country_of_birth",
                     K::Country,
                     S::Contact,
                     false,
                     "country_of_birth",
                     "country_of_birth",
                     {},
                     stored_text<&P::country_of_birth>,
                     restore_text<&P::country_of_birth>},
    ParticipantField{"education_level", K::Choice, S::Education, false, "education_level", "education_level",
                     "education", stored_code<&P::education_level>, restore_code<&P::education_level>,
                     codes_of<EducationLevel>},
    ParticipantField{"diploma_obtained_abroad", K::Answer, S::Education, false, "diploma_obtained_abroad",
                     "diploma_obtained_abroad", "answers", stored_code<&P::diploma_obtained_abroad>,
                     restore_code<&P::diploma_obtained_abroad>, codes_but_refused},
    ParticipantField{"diploma_recognised", K::Answer, S::Education, false, "diploma_recognised",
                     "diploma_recognised", "answers", stored_code<&P::diploma_recognised>,
                     restore_code<&P::diploma_recognised>, codes_but_refused},
    ParticipantField{"qualification_obsolete", K::Answer, S::Education, false, "qualification_obsolete",
                     "qualification_obsolete", "answers", stored_code<&P::qualification_obsolete>,
                     restore_code<&P::qualification_obsolete>, codes_but_refused},
    ParticipantField{"labour_market_status", K::Choice, S::Work, false, "labour_market_status",
                     "labour_market_status", "labour_market", stored_code<&P::labour_market_status>,
                     restore_code<&P::labour_market_status>, codes_of<LabourMarketStatus>},
    ParticipantField{"unemployed_since",
                     K::MonthYear,
                     S::Work,
                     false,
                     "unemployed_since",
                     "unemployed_since",
                     {},
                     stored_iso<&P::unemployed_since>,
                     restore_unemployed_since},
    text("actiris_number", S::Work, stored_text<&P::actiris_number>, restore_text<&P::actiris_number>),
    ParticipantField{"single_parent", K::SensitiveAnswer, S::Situation, false, "single_parent",
                     "single_parent", "answers", stored_code<&P::single_parent>,
                     restore_code<&P::single_parent>, codes_of<Answer>},
    ParticipantField{"housing_exclusion", K::SensitiveAnswer, S::Situation, false, "housing_exclusion",
                     "housing_exclusion", "answers", stored_code<&P::housing_exclusion>,
                     restore_code<&P::housing_exclusion>, codes_of<Answer>},
    ParticipantField{"disability", K::SensitiveAnswer, S::Situation, true, "disability", "disability",
                     "answers", stored_code<&P::disability>, restore_code<&P::disability>, codes_of<Answer>},
    ParticipantField{"minority", K::SensitiveAnswer, S::Situation, true, "minority", "minority", "answers",
                     stored_code<&P::minority>, restore_code<&P::minority>, codes_of<Answer>},
    ParticipantField{"referral_source", K::Choice, S::Referral, false, "referral_source", "referral_source",
                     "referral", stored_code<&P::referral_source>, restore_code<&P::referral_source>,
                     codes_of<ReferralSource>},
    text("referral_detail", S::Referral, stored_text<&P::referral_detail>, restore_text<&P::referral_detail>),
    ParticipantField{"referral_partner",
                     K::Partner,
                     S::Referral,
                     false,
                     "referral_partner_id",
                     "referral_partner_id",
                     {},
                     stored_referral_partner,
                     restore_referral_partner},
    ParticipantField{"consents", K::Consents, S::Consents, false, {}, "consents", {}},
};

} // namespace

namespace participant_fields {

std::span<ParticipantField const> table()
{
    return fields;
}

std::vector<std::string> inputs_of(ParticipantField const& field)
{
    std::string const name(field.name);
    switch (field.kind) {
    case FieldKind::Date:
        return {name + "_day", name + "_month", name + "_year"};
    case FieldKind::MonthYear:
        return {name + "_month", name + "_year"};
    case FieldKind::Consents: {
        std::vector<std::string> inputs;
        for (auto kind : all_values<ConsentKind>())
            inputs.push_back(consent_field(kind));
        return inputs;
    }
    case FieldKind::Text:
    case FieldKind::Choice:
    case FieldKind::Answer:
    case FieldKind::SensitiveAnswer:
    case FieldKind::Language:
    case FieldKind::Country:
    case FieldKind::Partner:
        break;
    }
    return {name};
}

std::span<std::string_view const> all()
{
    static auto const inputs = [] {
        std::vector<std::string> inputs;
        for (auto const& field : table())
            for (auto& input : inputs_of(field))
                inputs.push_back(std::move(input));
        return inputs;
    }();
    static auto const names = std::vector<std::string_view>(inputs.begin(), inputs.end());
    return names;
}

} // namespace participant_fields

void withhold_special_categories(Participant& participant)
{
    for (auto const& field : participant_fields::table())
        if (field.special_category && field.restore)
            field.restore(participant, "");
    participant.special_categories_withheld = true;
}

void withhold_special_categories(ParticipantInput& input)
{
    for (auto const& field : participant_fields::table())
        if (field.special_category)
            for (auto const& name : participant_fields::inputs_of(field))
                input.set(name, "");
}

void keep_special_categories(Participant& edited, Participant const& stored)
{
    for (auto const& field : participant_fields::table())
        if (field.special_category && field.stored && field.restore)
            field.restore(edited, field.stored(stored).value_or(""));
}

std::vector<FieldError> special_category_answers_typed(ParticipantInput const& input)
{
    std::vector<FieldError> errors;
    for (auto const& field : participant_fields::table())
        if (field.special_category)
            for (auto const& name : participant_fields::inputs_of(field))
                if (!input[name].empty())
                    errors.push_back({name, "errors.special_categories.not_granted"});
    return errors;
}

} // namespace tremplin::domain

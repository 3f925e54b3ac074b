#include "domain/participant.hpp"

#include "domain/contact_details.hpp"
#include "domain/participant_fields.hpp"
#include "domain/text.hpp"

#include <algorithm>
#include <array>

namespace tremplin::domain {

namespace fields = participant_fields;

std::optional<Consent> Participant::consent(ConsentKind kind) const
{
    auto it = std::ranges::find(consents, kind, &Consent::kind);
    if (it == consents.end())
        return std::nullopt;
    return *it;
}

std::string_view ParticipantInput::operator[](std::string_view field) const
{
    auto it = m_values.find(field);
    return it == m_values.end() ? std::string_view() : std::string_view(it->second);
}

void ParticipantInput::set(std::string_view field, std::string value)
{
    m_values.insert_or_assign(std::string(field), std::move(value));
}

namespace participant_fields {

std::string consent_field(ConsentKind kind)
{
    return "consent_" + std::string(code_of(kind));
}

} // namespace participant_fields

namespace {

constexpr std::size_t short_text_limit = 100;
constexpr std::size_t long_text_limit = 200;

// Collects every problem of one submission, so that all are shown at once.
class Checker {
  public:
    explicit Checker(ParticipantInput const& input) : m_input(input) {}

    std::string text(std::string_view field) const { return std::string(trimmed(m_input[field])); }

    void problem(std::string_view field, std::string_view what)
    {
        // A text refused for its control characters is not read any further.
        if (std::ranges::any_of(m_errors, [&](FieldError const& error) {
                return error.field == field && error.message_key == control_characters_message;
            }))
            return;
        m_errors.push_back({std::string(field), "errors." + std::string(field) + "." + std::string(what)});
    }

    std::string required_text(std::string_view field, std::size_t limit)
    {
        auto value = text(field);
        if (value.empty())
            problem(field, "missing");
        else if (value.size() > limit)
            problem(field, "too_long");
        else
            refuse_control_characters(m_errors, field, value);
        return value;
    }

    std::string optional_text(std::string_view field, std::size_t limit)
    {
        auto value = text(field);
        if (value.size() > limit)
            problem(field, "too_long");
        else
            refuse_control_characters(m_errors, field, value);
        return value;
    }

    // A closed answer given as its code; empty means not answered.
    template <class E> std::optional<E> optional_choice(std::string_view field)
    {
        auto const value = text(field);
        if (value.empty())
            return std::nullopt;
        auto choice = from_code<E>(value);
        if (!choice)
            problem(field, "choose");
        return choice;
    }

    std::vector<FieldError> take_errors() { return std::move(m_errors); }
    bool ok() const { return m_errors.empty(); }

  private:
    ParticipantInput const& m_input;
    std::vector<FieldError> m_errors;
};

bool is_actiris_number(std::string_view text)
{
    return std::ranges::all_of(text, [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' ||
               c == '-' || c == '.' || c == '/';
    });
}

bool is_belgian_postcode(std::string_view text)
{
    return text.size() == 4 && std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; }) &&
           text.front() != '0';
}

void check_birth_date(Checker& check, ParticipantInput const& input, Date today, Participant& participant)
{
    DateFields const typed{std::string(input[fields::birth_date_day]),
                           std::string(input[fields::birth_date_month]),
                           std::string(input[fields::birth_date_year])};
    if (typed.empty())
        return;
    DateProblem problem{};
    auto date = read_date_fields(typed, problem);
    if (!date) {
        switch (problem) {
        case DateProblem::MissingMonth:
            check.problem(fields::birth_date_month, "missing");
            break;
        case DateProblem::MissingYear:
            check.problem(fields::birth_date_year, "missing");
            break;
        case DateProblem::Missing:
        case DateProblem::MissingDay:
            check.problem(fields::birth_date_day, "missing");
            break;
        case DateProblem::NotReal:
            check.problem(fields::birth_date_day, "not_real");
            break;
        }
        return;
    }
    static constexpr auto earliest = [] { return Date::from_parts(1900, 1, 1); };
    if (*date > today)
        check.problem(fields::birth_date_day, "future");
    else if (*date < *earliest())
        check.problem(fields::birth_date_year, "too_early");
    participant.birth_date = date;
}

void check_unemployed_since(Checker& check, ParticipantInput const& input, Date today,
                            Participant& participant)
{
    auto const month_text = std::string(trimmed(input[fields::unemployed_since_month]));
    auto const year_text = std::string(trimmed(input[fields::unemployed_since_year]));
    if (participant.labour_market_status != LabourMarketStatus::Unemployed ||
        (month_text.empty() && year_text.empty()))
        return;
    DateProblem problem{};
    auto first_of_month = read_date_fields({"1", month_text, year_text}, problem);
    if (!first_of_month) {
        check.problem(problem == DateProblem::MissingYear ? fields::unemployed_since_year
                                                          : fields::unemployed_since_month,
                      problem == DateProblem::NotReal ? "not_real" : "missing");
        return;
    }
    if (*first_of_month > today) {
        check.problem(fields::unemployed_since_month, "future");
        return;
    }
    participant.unemployed_since = YearMonth::from_parts(first_of_month->year(), first_of_month->month());
}

} // namespace

Result<Participant> validate_participant(ParticipantInput const& input, ValidationContext const& context,
                                         Participant const* previous)
{
    Checker check(input);
    Participant participant;
    if (previous) {
        participant.id = previous->id;
        participant.organisation_id = previous->organisation_id;
        participant.created_at = previous->created_at;
    }

    participant.first_name = check.required_text(fields::first_name, short_text_limit);
    participant.last_name = check.required_text(fields::last_name, short_text_limit);
    check_birth_date(check, input, context.today, participant);

    if (auto gender = check.optional_choice<Gender>(fields::gender))
        participant.gender = *gender;
    else if (check.text(fields::gender).empty())
        check.problem(fields::gender, "missing");

    participant.preferred_language = check.text(fields::preferred_language);
    if (participant.preferred_language.empty())
        check.problem(fields::preferred_language, "missing");
    else if (!context.is_language_code(participant.preferred_language))
        check.problem(fields::preferred_language, "choose");

    participant.phone = check.optional_text(fields::phone, 40);
    if (!participant.phone.empty() && !is_plausible_phone(participant.phone))
        check.problem(fields::phone, "format");
    participant.email = check.optional_text(fields::email, 254);
    if (!participant.email.empty() && !is_plausible_email(participant.email))
        check.problem(fields::email, "format");

    participant.street = check.optional_text(fields::street, long_text_limit);
    participant.postcode = check.text(fields::postcode);
    if (!participant.postcode.empty() && !is_belgian_postcode(participant.postcode))
        check.problem(fields::postcode, "format");
    participant.municipality = check.optional_text(fields::municipality, short_text_limit);

    participant.nationality = check.text(fields::nationality);
    if (!participant.nationality.empty() && participant.nationality != "stateless" &&
        !context.is_country_code(participant.nationality))
        check.problem(fields::nationality, "unknown");
    participant.country_of_birth = check.text(fields::country_of_birth);
    if (!participant.country_of_birth.empty() && !context.is_country_code(participant.country_of_birth))
        check.problem(fields::country_of_birth, "unknown");

    participant.education_level = check.optional_choice<EducationLevel>(fields::education_level);
    participant.diploma_obtained_abroad = check.optional_choice<Answer>(fields::diploma_obtained_abroad);
    participant.diploma_recognised = check.optional_choice<Answer>(fields::diploma_recognised);
    participant.qualification_obsolete = check.optional_choice<Answer>(fields::qualification_obsolete);

    participant.labour_market_status =
        check.optional_choice<LabourMarketStatus>(fields::labour_market_status);
    check_unemployed_since(check, input, context.today, participant);
    participant.actiris_number = check.optional_text(fields::actiris_number, 20);
    if (!is_actiris_number(participant.actiris_number))
        check.problem(fields::actiris_number, "format");

    participant.single_parent = check.optional_choice<Answer>(fields::single_parent);
    participant.housing_exclusion = check.optional_choice<Answer>(fields::housing_exclusion);
    participant.disability = check.optional_choice<Answer>(fields::disability);
    participant.minority = check.optional_choice<Answer>(fields::minority);

    participant.referral_source = check.optional_choice<ReferralSource>(fields::referral_source);
    participant.referral_detail = check.optional_text(fields::referral_detail, long_text_limit);
    // Whether that partner is one of the centre's is for the service to say: it knows them.
    if (auto const partner = check.text(fields::referral_partner); !partner.empty()) {
        if (auto const id = whole_number(partner); id && *id > 0)
            participant.referral_partner_id = id;
        else
            check.problem(fields::referral_partner, "choose");
    }

    for (auto kind : all_values<ConsentKind>()) {
        auto const field = fields::consent_field(kind);
        auto const answer = check.text(field);
        if (answer.empty())
            continue;
        if (answer != "yes" && answer != "no") {
            check.problem(field, "choose");
            continue;
        }
        bool const given = answer == "yes";
        auto before = previous ? previous->consent(kind) : std::nullopt;
        Date const recorded_on = before && before->given == given ? before->recorded_on : context.today;
        participant.consents.push_back({kind, given, recorded_on});
    }

    if (!check.ok())
        return fail(Error::invalid(check.take_errors()));
    return participant;
}

ParticipantInput input_of(Participant const& participant)
{
    ParticipantInput input;
    for (auto const& field : fields::table()) {
        switch (field.kind) {
        case FieldKind::Date: {
            auto const parts = date_fields_of(Date::parse_iso(field.stored(participant).value_or("")));
            auto const inputs = fields::inputs_of(field);
            input.set(inputs[0], parts.day);
            input.set(inputs[1], parts.month);
            input.set(inputs[2], parts.year);
            break;
        }
        case FieldKind::MonthYear:
            // Typed as numbers, without the leading zero of ISO 8601.
            if (auto const month = YearMonth::parse_iso(field.stored(participant).value_or(""))) {
                auto const inputs = fields::inputs_of(field);
                input.set(inputs[0], std::to_string(month->month()));
                input.set(inputs[1], std::to_string(month->year()));
            }
            break;
        case FieldKind::Consents:
            for (auto const& consent : participant.consents)
                input.set(fields::consent_field(consent.kind), consent.given ? "yes" : "no");
            break;
        case FieldKind::Text:
        case FieldKind::Choice:
        case FieldKind::Answer:
        case FieldKind::SensitiveAnswer:
        case FieldKind::Language:
        case FieldKind::Country:
        case FieldKind::Partner:
            // A closed answer never given stays unset.
            if (auto value = field.stored(participant))
                input.set(field.name, std::move(*value));
            break;
        }
    }
    return input;
}

std::string changed_inputs(ParticipantInput const& before, ParticipantInput const& after)
{
    std::string changed;
    for (auto field : participant_fields::all()) {
        if (before[field] == after[field])
            continue;
        if (!changed.empty())
            changed += ",";
        changed += field;
    }
    return changed;
}

} // namespace tremplin::domain

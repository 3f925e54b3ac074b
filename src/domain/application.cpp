#include "domain/application.hpp"

#include "domain/text.hpp"

#include <algorithm>
#include <charconv>

namespace tremplin::domain {

namespace fields = participant_fields;

namespace {

constexpr std::array name_fields{fields::first_name, fields::last_name};
constexpr std::array contact_fields{fields::phone, fields::email, fields::preferred_language};
constexpr std::array birth_date_fields{fields::birth_date_day, fields::birth_date_month,
                                       fields::birth_date_year};
constexpr std::array education_fields{fields::education_level};
constexpr std::array qualification_fields{fields::diploma_obtained_abroad, fields::diploma_recognised,
                                          fields::qualification_obsolete};
constexpr std::array situation_fields{fields::labour_market_status, fields::unemployed_since_month,
                                      fields::unemployed_since_year};
constexpr std::array circumstances_fields{fields::single_parent, fields::housing_exclusion};
constexpr std::string_view special_consent = "consent_special_categories";
constexpr std::array equality_fields{fields::disability, fields::minority, special_consent};

template <class Range, class Value> bool contains(Range const& range, Value const& value)
{
    return std::ranges::find(range, value) != std::ranges::end(range);
}

bool is_blank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::optional<long long> cohort_id_of(std::string_view text)
{
    long long id = 0;
    auto const [end, problem] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (problem != std::errc() || end != text.data() + text.size() || id <= 0)
        return std::nullopt;
    return id;
}

// The ranked cohorts, blanks skipped, each checked against the intake.
std::vector<long long> check_choices(ApplicationAnswers const& answers, Intake const& intake, Date today,
                                     std::vector<FieldError>& errors)
{
    std::vector<long long> choices;
    auto const problems_before = errors.size();
    for (auto const field : application_fields::choices) {
        auto const typed = answers[field];
        if (is_blank(typed))
            continue;
        auto const id = cohort_id_of(typed);
        if (!id || !contains(intake.cohort_ids, *id))
            errors.push_back({std::string(field), "errors.apply.choice_unknown"});
        else if (contains(choices, *id))
            errors.push_back({std::string(field), "errors.apply.choice_twice"});
        else
            choices.push_back(*id);
    }
    if (choices.empty() && errors.size() == problems_before)
        errors.push_back({std::string(application_fields::choice_1), "errors.apply.choice_missing"});
    if (!intake.open_on(today))
        errors.push_back({std::string(application_fields::choice_1), "errors.apply.intake_closed"});
    return choices;
}

struct StageMove {
    ApplicationStage from;
    ApplicationStage to;
    ApplicationMover by;
};

using enum ApplicationStage;
using enum ApplicationMover;

// The one table of moves (README.md, "Seats are given by an admission round": confirming the round
// decides every application to it). Between the pipeline's stages, staff go either way; to
// decided, only the round; from decided, nobody.
constexpr StageMove allowed_stage_moves[] = {
    {Submitted, InfoSessionAttended, Staff},
    {Submitted, TestTaken, Staff},
    {Submitted, Interviewed, Staff},
    {InfoSessionAttended, Submitted, Staff},
    {InfoSessionAttended, TestTaken, Staff},
    {InfoSessionAttended, Interviewed, Staff},
    {TestTaken, Submitted, Staff},
    {TestTaken, InfoSessionAttended, Staff},
    {TestTaken, Interviewed, Staff},
    {Interviewed, Submitted, Staff},
    {Interviewed, InfoSessionAttended, Staff},
    {Interviewed, TestTaken, Staff},
    {Submitted, Decided, AdmissionRound},
    {InfoSessionAttended, Decided, AdmissionRound},
    {TestTaken, Decided, AdmissionRound},
    {Interviewed, Decided, AdmissionRound},
};

} // namespace

Result<void> may_move(ApplicationStage from, ApplicationStage to, ApplicationMover by)
{
    if (from == to)
        return {}; // staying where it is moves nothing
    bool const allowed = std::ranges::any_of(allowed_stage_moves, [&](StageMove const& move) {
        return move.from == from && move.to == to && move.by == by;
    });
    if (!allowed)
        return fail(Error::invalid({{"stage", "errors.application.decided_by_round"}}));
    return {};
}

bool staff_may_move_to(ApplicationStage to)
{
    return std::ranges::any_of(allowed_stage_moves,
                               [&](StageMove const& move) { return move.to == to && move.by == Staff; });
}

Result<void> check_intake(Intake const& intake)
{
    std::vector<FieldError> errors;
    if (is_blank(intake.name))
        errors.push_back({"name", "errors.intake.name_missing"});
    else if (intake.name.size() > 100)
        errors.push_back({"name", "errors.intake.name_too_long"});
    else
        refuse_control_characters(errors, "name", trimmed(intake.name));
    if (intake.closes_on < intake.opens_on)
        errors.push_back({"closes_on", "errors.intake.closes_before_opening"});
    if (intake.cohort_ids.empty())
        errors.push_back({"cohorts", "errors.intake.no_cohort"});
    if (!errors.empty())
        return fail(Error::invalid(std::move(errors)));
    return {};
}

std::span<std::string_view const> fields_of(ApplicationQuestion question)
{
    switch (question) {
    case ApplicationQuestion::Name:
        return name_fields;
    case ApplicationQuestion::Contact:
        return contact_fields;
    case ApplicationQuestion::BirthDate:
        return birth_date_fields;
    case ApplicationQuestion::Education:
        return education_fields;
    case ApplicationQuestion::Qualification:
        return qualification_fields;
    case ApplicationQuestion::Situation:
        return situation_fields;
    case ApplicationQuestion::Circumstances:
        return circumstances_fields;
    case ApplicationQuestion::Equality:
        return equality_fields;
    case ApplicationQuestion::Choices:
        return application_fields::choices;
    }
    return {};
}

bool is_optional(ApplicationQuestion question)
{
    return question != ApplicationQuestion::Name && question != ApplicationQuestion::Contact &&
           question != ApplicationQuestion::Choices;
}

Result<CompleteApplication> check_application(ApplicationAnswers const& answers,
                                              ValidationContext const& context, Intake const& intake)
{
    // The programme is for women: the form does not ask, the record says so (staff may change it).
    ParticipantInput input = answers;
    input.set(fields::gender, "woman");
    // Answering the two special-category questions (not refusing them) needs her explicit
    // consent (GDPR Art. 9(2)(a)): the box she ticks is the record's consent.
    auto const answered = [&](std::string_view field) {
        auto const value = answers[field];
        return value == "yes" || value == "no";
    };
    bool const needs_consent = answered(fields::disability) || answered(fields::minority);

    std::vector<FieldError> errors;
    auto applicant = validate_participant(input, context);
    if (!applicant)
        errors = applicant.error().fields;
    if (is_blank(answers[fields::phone]) && is_blank(answers[fields::email]))
        errors.push_back({std::string(fields::phone), "errors.apply.contact_missing"});
    if (needs_consent && answers[special_consent] != "yes")
        errors.push_back({std::string(special_consent), "errors.apply.special_consent_missing"});
    auto choices = check_choices(answers, intake, context.today, errors);

    if (!errors.empty()) {
        // In the order of the pages, so the summary reads like the form.
        std::vector<FieldError> ordered;
        for (auto const question : all_values<ApplicationQuestion>())
            for (auto const field : fields_of(question))
                for (auto const& error : errors)
                    if (error.field == field)
                        ordered.push_back(error);
        return fail(Error::invalid(std::move(ordered)));
    }
    return CompleteApplication{std::move(*applicant), std::move(choices)};
}

std::vector<FieldError> problems_on(ApplicationQuestion question, ApplicationAnswers const& answers,
                                    ValidationContext const& context, Intake const& intake)
{
    auto const checked = check_application(answers, context, intake);
    if (checked)
        return {};
    std::vector<FieldError> problems;
    auto const fields = fields_of(question);
    for (auto const& error : checked.error().fields)
        if (contains(fields, error.field))
            problems.push_back(error);
    return problems;
}

std::string application_reference(int year, std::span<unsigned char const> random)
{
    // No 0/O, 1/I/L: read aloud or copied by hand, each character is unambiguous.
    static constexpr std::string_view alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    std::string reference = std::to_string(year) + "-";
    for (std::size_t i = 0; i < 6 && i < random.size(); ++i)
        reference += alphabet[random[i] % alphabet.size()];
    return reference;
}

} // namespace tremplin::domain

#include "domain/priority.hpp"

#include "domain/text.hpp"

#include <algorithm>
#include <limits>

namespace tremplin::domain {

namespace {

constexpr int most_months = 120;

// The numbers of a criterion (months, a level, a tier) are small: anything beyond an int is wrong.
std::optional<int> small_number(std::string_view text)
{
    auto const value = whole_number(text);
    if (!value || *value < std::numeric_limits<int>::min() || *value > std::numeric_limits<int>::max())
        return std::nullopt;
    return static_cast<int>(*value);
}

bool is_criterion_code(std::string_view code)
{
    return !code.empty() && code.size() <= 40 && std::ranges::all_of(code, [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

bool is_yes(std::optional<Answer> const& answer)
{
    return answer == Answer::Yes;
}

bool is_blank(CriterionInput const& typed)
{
    for (auto const* text : {&typed.code, &typed.name_fr, &typed.name_nl, &typed.name_en, &typed.proof_fr,
                             &typed.proof_nl, &typed.proof_en, &typed.parameter})
        if (!trimmed(*text).empty())
            return false;
    return true;
}

int days_in_month(int year, int month)
{
    for (int day = 31; day > 28; --day)
        if (Date::from_parts(year, month, day))
            return day;
    return 28;
}

} // namespace

bool rule_takes_parameter(CriterionRule rule)
{
    return rule == CriterionRule::IscedAtMost || rule == CriterionRule::LongTermUnemployed;
}

std::vector<PriorityTier> PriorityScheme::tiers() const
{
    std::vector<PriorityTier> tiers;
    for (int number = 1; number <= everyone_else_tier() - 1; ++number) {
        PriorityTier tier{number, {}};
        for (auto const& criterion : criteria)
            if (criterion.tier == number)
                tier.criteria.push_back(criterion);
        tiers.push_back(std::move(tier));
    }
    return tiers;
}

int PriorityScheme::everyone_else_tier() const
{
    int highest = 0;
    for (auto const& criterion : criteria)
        highest = std::max(highest, criterion.tier);
    return highest + 1;
}

std::optional<PriorityReason> reason_for(PriorityCriterion const& criterion, Participant const& participant,
                                         Date day)
{
    PriorityReason reason{criterion, ReasonKind::SingleParent, std::nullopt, 0, std::nullopt, {}};
    switch (criterion.rule) {
    case CriterionRule::IscedAtMost: {
        // docs/domain.md "Education": unknown and refused say nothing of her level.
        auto const level = participant.education_level;
        if (!level || *level == EducationLevel::Unknown || *level == EducationLevel::Refused ||
            static_cast<int>(*level) > criterion.parameter)
            return std::nullopt;
        reason.kind = ReasonKind::EducationLevel;
        reason.level = level;
        return reason;
    }
    case CriterionRule::QualificationObsoleteOrNotRecognised:
        if (is_yes(participant.qualification_obsolete)) {
            reason.kind = ReasonKind::QualificationObsolete;
            return reason;
        }
        if (is_yes(participant.diploma_obtained_abroad) && participant.diploma_recognised == Answer::No) {
            reason.kind = ReasonKind::DiplomaNotRecognised;
            return reason;
        }
        return std::nullopt;
    case CriterionRule::LongTermUnemployed: {
        // ESF+ Annex I counts long-term unemployment in months since she became unemployed; the
        // threshold is the criterion's (12 by default). Whole months from the first of that month.
        if (participant.labour_market_status != LabourMarketStatus::Unemployed ||
            !participant.unemployed_since)
            return std::nullopt;
        auto const months = participant.unemployed_since->months_until(day);
        if (months < criterion.parameter)
            return std::nullopt;
        reason.kind = ReasonKind::UnemployedFor;
        reason.months = months;
        reason.since = participant.unemployed_since;
        return reason;
    }
    case CriterionRule::SingleParent:
        if (!is_yes(participant.single_parent))
            return std::nullopt;
        reason.kind = ReasonKind::SingleParent;
        return reason;
    case CriterionRule::HousingExclusion:
        if (!is_yes(participant.housing_exclusion))
            return std::nullopt;
        reason.kind = ReasonKind::HousingExclusion;
        return reason;
    case CriterionRule::ReferredBySocialServices:
        if (participant.referral_source != ReferralSource::SocialServices)
            return std::nullopt;
        reason.kind = ReasonKind::ReferredBySocialServices;
        return reason;
    }
    return std::nullopt;
}

PriorityStanding priority_standing_of(PriorityScheme const& scheme, Participant const& participant, Date day,
                                      ProofsReceived const& received)
{
    return priority_standing_of(scheme.tiers(), scheme.everyone_else_tier(), participant, day, received);
}

PriorityStanding priority_standing_of(std::vector<PriorityTier> const& tiers, int everyone_else_tier,
                                      Participant const& participant, Date day,
                                      ProofsReceived const& received)
{
    for (auto const& tier : tiers) {
        PriorityStanding standing{tier.number, {}};
        for (auto const& criterion : tier.criteria)
            if (auto reason = reason_for(criterion, participant, day)) {
                auto const proof = received.find(criterion.code);
                reason->proof = proof_status(
                    criterion, proof == received.end() ? std::nullopt : std::optional(proof->second), day);
                standing.reasons.push_back(std::move(*reason));
            }
        if (!standing.reasons.empty())
            return standing;
    }
    return {everyone_else_tier, {}};
}

Date proof_valid_until(PriorityCriterion const& criterion, Date received_on)
{
    auto const months = received_on.year() * 12 + (received_on.month() - 1) + criterion.proof_valid_months;
    auto const year = months / 12;
    auto const month = months % 12 + 1;
    auto const same_day =
        Date::from_parts(year, month, std::min(received_on.day(), days_in_month(year, month)));
    return same_day->plus_days(-1);
}

bool proof_valid_on(PriorityCriterion const& criterion, Date received_on, Date day)
{
    return received_on <= day && day <= proof_valid_until(criterion, received_on);
}

ProofStatus proof_status(PriorityCriterion const& criterion, std::optional<Date> received_on, Date day)
{
    if (!received_on)
        return {};
    auto const valid_until = proof_valid_until(criterion, *received_on);
    auto const expired_on = valid_until.plus_days(1);
    // A proof dated after `day` has not expired: it counts as valid.
    return {day <= valid_until ? ProofState::Valid : ProofState::Expired, received_on, valid_until,
            expired_on};
}

Result<Date> read_proof_received_on(DateFields const& typed, Date today)
{
    DateProblem problem{};
    auto const received_on = read_date_fields(typed, problem);
    if (received_on && *received_on > today)
        return fail(Error::invalid({{"received_on", "errors.priority.proof_received_in_future"}}));
    if (received_on)
        return *received_on;
    switch (problem) {
    case DateProblem::Missing:
        return fail(Error::invalid({{"received_on", "errors.priority.proof_received_missing"}}));
    case DateProblem::MissingDay:
        return fail(Error::invalid({{"received_on_day", "errors.priority.proof_received_missing_day"}}));
    case DateProblem::MissingMonth:
        return fail(Error::invalid({{"received_on_month", "errors.priority.proof_received_missing_month"}}));
    case DateProblem::MissingYear:
        return fail(Error::invalid({{"received_on_year", "errors.priority.proof_received_missing_year"}}));
    case DateProblem::NotReal:
        break;
    }
    return fail(Error::invalid({{"received_on", "errors.priority.proof_received_not_real"}}));
}

Result<PriorityScheme> read_scheme(std::vector<CriterionInput> const& typed)
{
    std::vector<FieldError> errors;
    PriorityScheme scheme;
    std::vector<std::string> codes;
    std::vector<std::pair<int, std::size_t>> tier_of_row; // (tier, row index), to report a gap
    for (std::size_t index = 0; index < typed.size(); ++index) {
        auto const& row = typed[index];
        if (row.remove || is_blank(row))
            continue;
        auto const field = [&](std::string_view name) {
            return "criteria-" + std::to_string(index) + "-" + std::string(name);
        };
        PriorityCriterion criterion;
        criterion.code = std::string(trimmed(row.code));
        if (criterion.code.empty())
            errors.push_back({field("code"), "errors.priority.code_missing"});
        else if (!is_criterion_code(criterion.code))
            errors.push_back({field("code"), "errors.priority.code_invalid"});
        else if (std::ranges::find(codes, criterion.code) != codes.end())
            errors.push_back({field("code"), "errors.priority.code_taken"});
        codes.push_back(criterion.code);

        criterion.name = {std::string(trimmed(row.name_fr)), std::string(trimmed(row.name_nl)),
                          std::string(trimmed(row.name_en))};
        if (criterion.name.empty())
            errors.push_back({field("name_fr"), "errors.priority.name_missing"});
        criterion.proof = {std::string(trimmed(row.proof_fr)), std::string(trimmed(row.proof_nl)),
                           std::string(trimmed(row.proof_en))};
        for (auto const& [name, text] :
             {std::pair{"name_fr", &criterion.name.fr}, std::pair{"name_nl", &criterion.name.nl},
              std::pair{"name_en", &criterion.name.en}, std::pair{"proof_fr", &criterion.proof.fr},
              std::pair{"proof_nl", &criterion.proof.nl}, std::pair{"proof_en", &criterion.proof.en}})
            refuse_control_characters(errors, field(name), *text);

        auto const months = small_number(row.proof_valid_months);
        if (trimmed(row.proof_valid_months).empty())
            errors.push_back({field("proof_valid_months"), "errors.priority.validity_missing"});
        else if (!months || *months < 1 || *months > most_months)
            errors.push_back({field("proof_valid_months"), "errors.priority.validity_out_of_range"});
        else
            criterion.proof_valid_months = *months;

        auto const rule = from_code<CriterionRule>(row.rule);
        if (!rule)
            errors.push_back({field("rule"), "errors.priority.rule_missing"});
        else {
            criterion.rule = *rule;
            if (rule_takes_parameter(*rule)) {
                auto const parameter = small_number(row.parameter);
                bool const isced = *rule == CriterionRule::IscedAtMost;
                if (trimmed(row.parameter).empty())
                    errors.push_back({field("parameter"), isced ? "errors.priority.level_missing"
                                                                : "errors.priority.months_missing"});
                else if (isced && (!parameter || *parameter < 0 || *parameter > 8))
                    errors.push_back({field("parameter"), "errors.priority.level_out_of_range"});
                else if (!isced && (!parameter || *parameter < 1 || *parameter > most_months))
                    errors.push_back({field("parameter"), "errors.priority.months_out_of_range"});
                else
                    criterion.parameter = *parameter;
            }
        }

        auto const tier = trimmed(row.tier).empty() ? std::optional<int>(0) : small_number(row.tier);
        if (!tier || *tier < 0 || *tier > most_tiers)
            errors.push_back({field("tier"), "errors.priority.tier_out_of_range"});
        else {
            criterion.tier = *tier;
            if (*tier > 0)
                tier_of_row.emplace_back(*tier, index);
        }
        scheme.criteria.push_back(std::move(criterion));
    }
    // A tier with no criterion would place nobody: the tiers used must follow each other.
    for (auto const& [tier, index] : tier_of_row)
        for (int lower = 1; lower < tier; ++lower)
            if (std::ranges::none_of(tier_of_row, [&](auto const& used) { return used.first == lower; })) {
                errors.push_back({"criteria-" + std::to_string(index) + "-tier", "errors.priority.tier_gap"});
                break;
            }
    if (!errors.empty())
        return fail(Error::invalid(std::move(errors)));
    return scheme;
}

std::vector<CriterionInput> inputs_of(PriorityScheme const& scheme)
{
    std::vector<CriterionInput> inputs;
    for (auto const& criterion : scheme.criteria)
        inputs.push_back(
            {criterion.code, criterion.name.fr, criterion.name.nl, criterion.name.en, criterion.proof.fr,
             criterion.proof.nl, criterion.proof.en, std::to_string(criterion.proof_valid_months),
             std::string(code_of(criterion.rule)),
             rule_takes_parameter(criterion.rule) ? std::to_string(criterion.parameter) : std::string(),
             criterion.tier ? std::to_string(criterion.tier) : std::string(), false});
    return inputs;
}

} // namespace tremplin::domain

#include "domain/evaluation.hpp"

#include "domain/text.hpp"

#include <algorithm>

namespace tremplin::domain {

namespace {

// Characters as a reader counts them: UTF-8 bytes that start a character.
std::size_t characters_in(std::string_view text)
{
    return static_cast<std::size_t>(std::ranges::count_if(
        text, [](char byte) { return (static_cast<unsigned char>(byte) & 0xC0) != 0x80; }));
}

} // namespace

std::vector<FieldError> validate_evaluation(Evaluation const& evaluation)
{
    std::vector<FieldError> errors;
    for (auto const& [code, rating] : evaluation.competences)
        if (!rating)
            errors.push_back({"competence_" + code, "errors.evaluation.rating_missing"});
    if (!evaluation.punctuality)
        errors.push_back({"punctuality", "errors.evaluation.rating_missing"});
    if (!evaluation.teamwork)
        errors.push_back({"teamwork", "errors.evaluation.rating_missing"});
    if (!evaluation.would_hire)
        errors.push_back({"would_hire", "errors.evaluation.would_hire_missing"});
    auto const comment = trimmed(evaluation.comment);
    if (characters_in(comment) > most_evaluation_comment_characters)
        errors.push_back({"comment", "errors.evaluation.comment_too_long"});
    else
        refuse_control_characters(errors, "comment", comment, Lines::Several);
    return errors;
}

Date evaluation_due_on(Traineeship const& traineeship, EvaluationKind kind)
{
    if (kind == EvaluationKind::Final)
        return traineeship.ends_on;
    auto const first = traineeship.starts_on.days_since_epoch();
    return Date::from_days_since_epoch(first + (traineeship.ends_on.days_since_epoch() - first) / 2);
}

bool evaluation_late(Traineeship const& traineeship, EvaluationKind kind, Date today)
{
    return evaluation_due_on(traineeship, kind).plus_days(evaluation_grace_days) < today;
}

EvaluationLinkState state_of(EvaluationLink const& link, std::string const& now)
{
    if (!link.used_at.empty())
        return EvaluationLinkState::Used;
    if (now >= link.expires_at)
        return EvaluationLinkState::Expired;
    return EvaluationLinkState::Usable;
}

} // namespace tremplin::domain

#include "domain/cohort.hpp"

#include "domain/contact_details.hpp"
#include "domain/text.hpp"

namespace tremplin::domain {

namespace {

constexpr int most_seats = 500; // more than any room the centre could book; catches a typed extra zero

} // namespace

std::vector<FieldError> validate_cohort(Cohort const& cohort)
{
    std::vector<FieldError> errors;
    if (trimmed(cohort.name).empty())
        errors.push_back({"name", "errors.cohort.name_missing"});
    else
        refuse_control_characters(errors, "name", trimmed(cohort.name));
    refuse_control_characters(errors, "place", trimmed(cohort.place));
    refuse_control_characters(errors, "room", trimmed(cohort.room));
    refuse_control_characters(errors, "funder", trimmed(cohort.funding.funder));
    refuse_control_characters(errors, "funding_programme", trimmed(cohort.funding.programme));
    refuse_control_characters(errors, "agreement_number", trimmed(cohort.funding.agreement_number));
    if (cohort.ends_on < cohort.starts_on)
        errors.push_back({"ends_on", "errors.cohort.end_before_start"});
    if (cohort.capacity < 1 || cohort.capacity > most_seats)
        errors.push_back({"capacity", "errors.cohort.capacity_invalid"});
    if (cohort.traineeship) {
        auto const& period = *cohort.traineeship;
        if (period.ends_on < period.starts_on)
            errors.push_back({"traineeship_ends_on", "errors.cohort.traineeship_end_before_start"});
        else if (period.starts_on < cohort.starts_on || cohort.ends_on < period.ends_on)
            errors.push_back({"traineeship_starts_on", "errors.cohort.traineeship_outside_cohort"});
    }
    return errors;
}

std::vector<FieldError> validate_trainer(Trainer const& trainer)
{
    std::vector<FieldError> errors;
    if (trimmed(trainer.name).empty())
        errors.push_back({"name", "errors.trainer.name_missing"});
    else
        refuse_control_characters(errors, "name", trimmed(trainer.name));
    auto const email = trimmed(trainer.email);
    if (!refuse_control_characters(errors, "email", email) && !email.empty() && !is_plausible_email(email))
        errors.push_back({"email", "errors.trainer.email_invalid"});
    return errors;
}

std::optional<int> TeachingParity::percent_by_women() const
{
    if (minutes_in_all == 0)
        return std::nullopt;
    // Half up in whole numbers: floor(100 * women / all + 1/2), with no floating point to drift.
    return static_cast<int>((200 * minutes_by_women + minutes_in_all) / (2 * minutes_in_all));
}

} // namespace tremplin::domain

#include "domain/aptitude.hpp"

#include <algorithm>

namespace tremplin::domain {

Eligibility eligibility_for(long long track_id, std::optional<AptitudeTest> const& test,
                            std::span<AptitudeScore const> scores)
{
    Eligibility eligibility{track_id, EligibilityReason::NoTest, test, std::nullopt};
    if (!test)
        return eligibility;
    for (auto const& score : scores)
        if (score.track_id == track_id &&
            (!eligibility.score || std::pair(score.taken_on, score.id) >
                                       std::pair(eligibility.score->taken_on, eligibility.score->id)))
            eligibility.score = score;
    if (!eligibility.score)
        eligibility.reason = EligibilityReason::NotTaken;
    else
        eligibility.reason = eligibility.score->score >= test->pass_mark ? EligibilityReason::Passed
                                                                         : EligibilityReason::BelowPassMark;
    return eligibility;
}

std::vector<FieldError> check_aptitude_test(AptitudeTest const& test)
{
    std::vector<FieldError> errors;
    if (test.maximum_score < 1 || test.maximum_score > highest_maximum_score)
        errors.push_back({"maximum_score", "errors.aptitude.maximum_out_of_range"});
    else if (test.pass_mark < 0 || test.pass_mark > test.maximum_score)
        errors.push_back({"pass_mark", "errors.aptitude.pass_mark_out_of_range"});
    return errors;
}

std::vector<FieldError> check_aptitude_score(AptitudeScore const& score, AptitudeTest const& test, Date today)
{
    std::vector<FieldError> errors;
    if (score.taken_on > today)
        errors.push_back({"taken_on", "errors.aptitude.taken_in_future"});
    if (score.score < 0 || score.score > test.maximum_score)
        errors.push_back({"score", "errors.aptitude.score_out_of_range"});
    return errors;
}

} // namespace tremplin::domain

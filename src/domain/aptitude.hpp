#pragma once

// Aptitude tests: a track may ask applicants to pass a test first. She is eligible for a track
// that has no test, or when her latest score reaches the pass mark; otherwise the reason is
// said, never left silent.

#include "domain/codes.hpp"
#include "domain/date.hpp"
#include "domain/error.hpp"

#include <optional>
#include <span>
#include <vector>

namespace tremplin::domain {

struct AptitudeTest {
    long long track_id = 0;
    int maximum_score = 20; // a score is out of this
    int pass_mark = 10;
};

struct AptitudeScore {
    long long id = 0;
    long long application_id = 0;
    long long track_id = 0;
    Date taken_on;
    int score = 0;
};

enum class EligibilityReason { NoTest, Passed, BelowPassMark, NotTaken };

struct Eligibility {
    long long track_id = 0;
    EligibilityReason reason = EligibilityReason::NoTest;
    std::optional<AptitudeTest> test;
    std::optional<AptitudeScore> score; // the one that counts

    bool eligible() const
    {
        return reason == EligibilityReason::NoTest || reason == EligibilityReason::Passed;
    }
};

// Her eligibility for `track_id`: the latest of her scores for that track counts (a test taken
// again replaces the earlier one); scores for other tracks are ignored.
Eligibility eligibility_for(long long track_id, std::optional<AptitudeTest> const& test,
                            std::span<AptitudeScore const> scores);

inline constexpr int highest_maximum_score = 1000;

// A test as the form sends it: a maximum from 1 and a pass mark from 0 up to the maximum.
// Errors name "maximum_score" and "pass_mark".
std::vector<FieldError> check_aptitude_test(AptitudeTest const& test);

// A score for `test`: between 0 and the maximum, taken no later than `today`. Errors name
// "score" and "taken_on".
std::vector<FieldError> check_aptitude_score(AptitudeScore const& score, AptitudeTest const& test,
                                             Date today);

template <> struct Codes<EligibilityReason> {
    static constexpr std::array table{
        std::pair{EligibilityReason::NoTest, std::string_view("no_test")},
        std::pair{EligibilityReason::Passed, std::string_view("passed")},
        std::pair{EligibilityReason::BelowPassMark, std::string_view("below_pass_mark")},
        std::pair{EligibilityReason::NotTaken, std::string_view("not_taken")},
    };
};

} // namespace tremplin::domain

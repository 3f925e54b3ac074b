#pragma once

// Assessment: one current result per trainee per module of her cohort's version (a
// re-assessment replaces the result; completion reads them when the track requires every
// module passed), and the certification exams she sits with the providers.

#include "domain/codes.hpp"
#include "domain/date.hpp"
#include "domain/error.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::domain {

enum class ModuleOutcome { Passed, Failed };

struct ModuleResult {
    long long enrolment_id = 0;
    long long module_id = 0;
    std::optional<ModuleOutcome> outcome; // nothing: not chosen (refused by validation)
    std::optional<int> score;             // percent, when the assessment gives one
    Date assessed_on;
};

constexpr int highest_score = 100;

// Errors name the grid's fields as "<field>-<enrolment id>" (e.g. "score-42"): the outcome is
// required, a score runs from 0 to 100.
std::vector<FieldError> validate_module_result(ModuleResult const& result);

enum class ExamResult { Passed, Failed, Pending };

// An attempt at a provider's certification exam, e.g. Microsoft "AZ-900", Cisco "200-301".
struct CertificationExam {
    long long id = 0;
    long long organisation_id = 0;
    long long participant_id = 0;
    long long enrolment_id = 0; // the course that prepared her; 0: none
    std::string provider;
    std::string exam_code;
    Date taken_on;
    int attempt = 1;
    std::optional<ExamResult> result;
    std::optional<int> score; // on the provider's scale (Microsoft and Cisco: out of 1000)
    std::string voucher_number;
};

constexpr int highest_exam_score = 1000;

// Provider, exam code, a real date and a result are required; the attempt counts from 1.
// `taken_on` is checked by the caller that reads it (a date that does not exist is no Date).
std::vector<FieldError> validate_exam(CertificationExam const& exam);

template <> struct Codes<ModuleOutcome> {
    static constexpr std::array table{
        std::pair{ModuleOutcome::Passed, std::string_view("passed")},
        std::pair{ModuleOutcome::Failed, std::string_view("failed")},
    };
};

template <> struct Codes<ExamResult> {
    static constexpr std::array table{
        std::pair{ExamResult::Passed, std::string_view("passed")},
        std::pair{ExamResult::Failed, std::string_view("failed")},
        std::pair{ExamResult::Pending, std::string_view("pending")},
    };
};

} // namespace tremplin::domain

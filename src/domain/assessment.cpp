#include "domain/assessment.hpp"

#include "domain/text.hpp"

#include <string>

namespace tremplin::domain {

std::vector<FieldError> validate_module_result(ModuleResult const& result)
{
    auto const row = "-" + std::to_string(result.enrolment_id);
    std::vector<FieldError> errors;
    if (!result.outcome)
        errors.push_back({"outcome" + row, "errors.results.outcome_missing"});
    if (result.score && (*result.score < 0 || *result.score > highest_score))
        errors.push_back({"score" + row, "errors.results.score_out_of_range"});
    return errors;
}

std::vector<FieldError> validate_exam(CertificationExam const& exam)
{
    std::vector<FieldError> errors;
    if (exam.provider.empty())
        errors.push_back({"provider", "errors.exams.provider_missing"});
    else
        refuse_control_characters(errors, "provider", exam.provider);
    if (exam.exam_code.empty())
        errors.push_back({"exam_code", "errors.exams.exam_code_missing"});
    else
        refuse_control_characters(errors, "exam_code", exam.exam_code);
    refuse_control_characters(errors, "voucher_number", exam.voucher_number);
    if (exam.taken_on == Date())
        errors.push_back({"taken_on", "errors.exams.date_missing"});
    if (exam.attempt < 1)
        errors.push_back({"attempt", "errors.exams.attempt_too_low"});
    if (!exam.result)
        errors.push_back({"result", "errors.exams.result_missing"});
    if (exam.score && (*exam.score < 0 || *exam.score > highest_exam_score))
        errors.push_back({"score", "errors.exams.score_out_of_range"});
    return errors;
}

} // namespace tremplin::domain

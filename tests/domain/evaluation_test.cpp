// The tutor's evaluation form and when it is due. docs/domain.md "Tutor evaluation"

#include "domain/evaluation.hpp"

#include <gtest/gtest.h>

using namespace tremplin::domain;

namespace {

Date day(std::string_view iso)
{
    return *Date::parse_iso(iso);
}

Evaluation filled_in()
{
    Evaluation evaluation;
    evaluation.competences = {{"B.1", Rating::Mostly}, {"C.1", Rating::Fully}};
    evaluation.punctuality = Rating::Fully;
    evaluation.teamwork = Rating::Partly;
    evaluation.would_hire = WouldHire::Maybe;
    evaluation.comment = "Attentive et curieuse.\nDoit gagner en assurance au téléphone.";
    return evaluation;
}

Traineeship june()
{
    Traineeship traineeship;
    traineeship.starts_on = day("2026-06-01");
    traineeship.ends_on = day("2026-06-26");
    return traineeship;
}

} // namespace

TEST(EvaluationValidation, AcceptsEveryRatingGivenAndACommentOfSeveralLines)
{
    EXPECT_TRUE(validate_evaluation(filled_in()).empty());
}

TEST(EvaluationValidation, AsksForEachMissingAnswerBesideItsQuestion)
{
    auto evaluation = filled_in();
    evaluation.competences["C.1"].reset();
    evaluation.teamwork.reset();
    evaluation.would_hire.reset();
    EXPECT_EQ(validate_evaluation(evaluation),
              (std::vector<FieldError>{{"competence_C.1", "errors.evaluation.rating_missing"},
                                       {"teamwork", "errors.evaluation.rating_missing"},
                                       {"would_hire", "errors.evaluation.would_hire_missing"}}));
}

TEST(EvaluationValidation, RefusesAControlCharacterOrAnOverlongCommentCountedInCharacters)
{
    auto evaluation = filled_in();
    evaluation.comment = "Bien\x07";
    EXPECT_EQ(validate_evaluation(evaluation).size(), 1U);
    evaluation.comment.clear();
    for (std::size_t i = 0; i < most_evaluation_comment_characters; ++i)
        evaluation.comment += "é"; // two bytes, one character
    EXPECT_TRUE(validate_evaluation(evaluation).empty());
    evaluation.comment += "é";
    EXPECT_EQ(validate_evaluation(evaluation),
              (std::vector<FieldError>{{"comment", "errors.evaluation.comment_too_long"}}));
}

TEST(EvaluationDue, HalfwayAndAtTheEndAndLateAWeekAfter)
{
    EXPECT_EQ(evaluation_due_on(june(), EvaluationKind::MidTerm), day("2026-06-13"));
    EXPECT_EQ(evaluation_due_on(june(), EvaluationKind::Final), day("2026-06-26"));
    EXPECT_FALSE(evaluation_late(june(), EvaluationKind::MidTerm, day("2026-06-20")));
    EXPECT_TRUE(evaluation_late(june(), EvaluationKind::MidTerm, day("2026-06-21")));
    EXPECT_FALSE(evaluation_late(june(), EvaluationKind::Final, day("2026-07-03")));
    EXPECT_TRUE(evaluation_late(june(), EvaluationKind::Final, day("2026-07-04")));
}

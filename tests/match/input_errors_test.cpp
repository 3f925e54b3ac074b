// A malformed instance is an error value that names the problem, where it is, and the id.

#include "match/matching.hpp"

#include <gtest/gtest.h>

using namespace tremplin::match;

namespace {

Instance valid()
{
    return {{{"c1", 2, {{"a1", "a2"}, {"a3"}}}, {"c2", 1, {{"a3"}}}},
            {{"a1", {"c1"}}, {"a2", {"c2", "c1"}}, {"a3", {"c1", "c2"}}}};
}

InputError error_of(Instance const& instance)
{
    auto const matching = match(instance);
    EXPECT_FALSE(matching);
    return matching ? InputError{} : matching.error();
}

} // namespace

TEST(InputErrors, TheValidInstanceIsValid)
{
    EXPECT_TRUE(match(valid()));
}

TEST(InputErrors, TwoProgramsWithOneId)
{
    auto instance = valid();
    instance.programs[1].id = "c1";
    EXPECT_EQ(error_of(instance), (InputError{Problem::DuplicateProgram, "programs[1].id", "c1"}));
    EXPECT_EQ(describe(error_of(instance)), "programs[1].id: \"c1\" is already the id of an earlier program");
}

TEST(InputErrors, TwoApplicantsWithOneId)
{
    auto instance = valid();
    instance.applicants[2].id = "a1";
    EXPECT_EQ(error_of(instance), (InputError{Problem::DuplicateApplicant, "applicants[2].id", "a1"}));
    EXPECT_EQ(describe(error_of(instance)),
              "applicants[2].id: \"a1\" is already the id of an earlier applicant");
}

TEST(InputErrors, ANegativeCapacity)
{
    auto instance = valid();
    instance.programs[1].capacity = -1;
    EXPECT_EQ(error_of(instance), (InputError{Problem::NegativeCapacity, "programs[1].capacity", "c2"}));
    EXPECT_EQ(describe(error_of(instance)),
              "programs[1].capacity must be a whole number ≥ 0 (program \"c2\")");
}

TEST(InputErrors, AChoiceOfAnUnknownProgram)
{
    auto instance = valid();
    instance.applicants[2].choices[1] = "c9";
    EXPECT_EQ(error_of(instance), (InputError{Problem::UnknownProgram, "applicants[2].choices[1]", "c9"}));
    EXPECT_EQ(describe(error_of(instance)), "applicants[2].choices[1]: \"c9\" is not the id of any program");
}

TEST(InputErrors, AChoiceListedTwice)
{
    auto instance = valid();
    instance.applicants[1].choices = {"c1", "c2", "c1"};
    EXPECT_EQ(error_of(instance), (InputError{Problem::RepeatedChoice, "applicants[1].choices[2]", "c1"}));
    EXPECT_EQ(describe(error_of(instance)),
              "applicants[1].choices[2]: \"c1\" is already an earlier choice of this applicant");
}

TEST(InputErrors, AnUnknownApplicantInAPriority)
{
    auto instance = valid();
    instance.programs[0].priority[1].push_back("a9");
    EXPECT_EQ(error_of(instance),
              (InputError{Problem::UnknownApplicant, "programs[0].priority[1][1]", "a9"}));
    EXPECT_EQ(describe(error_of(instance)),
              "programs[0].priority[1][1]: \"a9\" is not the id of any applicant");
}

TEST(InputErrors, AnApplicantTwiceInOneProgramsPriority)
{
    auto instance = valid();
    instance.programs[0].priority[1].push_back("a2"); // already in group 0
    EXPECT_EQ(error_of(instance),
              (InputError{Problem::RepeatedInPriority, "programs[0].priority[1][1]", "a2"}));
    instance.programs[0].priority[1] = {"a3", "a3"}; // twice in one group
    EXPECT_EQ(error_of(instance),
              (InputError{Problem::RepeatedInPriority, "programs[0].priority[1][1]", "a3"}));
    EXPECT_EQ(describe(error_of(instance)),
              "programs[0].priority[1][1]: \"a3\" is already earlier in this program's priority");
}

TEST(InputErrors, OneApplicantInThePrioritiesOfTwoProgramsIsFine)
{
    auto instance = valid();
    instance.programs[1].priority = {{"a3", "a1", "a2"}};
    EXPECT_TRUE(match(instance));
}

TEST(InputErrors, TheFirstProblemIsTheOneNamed)
{
    auto instance = valid();
    instance.applicants[0].choices = {"nowhere"};
    instance.programs[1].priority = {{"nobody"}};
    EXPECT_EQ(error_of(instance).problem, Problem::UnknownProgram);
}

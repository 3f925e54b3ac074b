// Social priority: each criterion's rule read on the participant record, the order of tiers,
// the boundary of long-term unemployment, how long a proof stays valid, and the director's
// form with its mistakes.

#include "domain/priority.hpp"

#include <gtest/gtest.h>

using namespace tremplin::domain;

namespace {

Date on(std::string_view day)
{
    return *Date::parse_iso(day);
}

PriorityCriterion criterion(std::string code, CriterionRule rule, int tier, int parameter = 0)
{
    PriorityCriterion made;
    made.code = std::move(code);
    made.name = {made.code, made.code, made.code};
    made.rule = rule;
    made.tier = tier;
    made.parameter = parameter;
    made.proof_valid_months = 6;
    return made;
}

// The programme's default (migration 0041).
PriorityScheme programme_scheme()
{
    return {{criterion("low_education", CriterionRule::IscedAtMost, 1, 2),
             criterion("obsolete_qualification", CriterionRule::QualificationObsoleteOrNotRecognised, 1),
             criterion("long_term_unemployed", CriterionRule::LongTermUnemployed, 2, 12),
             criterion("single_parent", CriterionRule::SingleParent, 2),
             criterion("housing_exclusion", CriterionRule::HousingExclusion, 2),
             criterion("social_services", CriterionRule::ReferredBySocialServices, 2)}};
}

Participant woman_with_a_bachelor()
{
    Participant woman;
    woman.first_name = "Amina";
    woman.education_level = EducationLevel::Isced6;
    woman.labour_market_status = LabourMarketStatus::Employed;
    return woman;
}

std::vector<std::string> codes_of(PriorityStanding const& standing)
{
    std::vector<std::string> codes;
    for (auto const& reason : standing.reasons)
        codes.push_back(reason.criterion.code);
    return codes;
}

} // namespace

TEST(PriorityCriterion, LowEducationAppliesUpToTheLevelItNames)
{
    auto const rule = criterion("low_education", CriterionRule::IscedAtMost, 1, 2);
    auto woman = woman_with_a_bachelor();
    for (auto const level : {EducationLevel::Isced0, EducationLevel::Isced1, EducationLevel::Isced2}) {
        woman.education_level = level;
        auto const reason = reason_for(rule, woman, on("2026-12-01"));
        ASSERT_TRUE(reason);
        EXPECT_EQ(reason->kind, ReasonKind::EducationLevel);
        EXPECT_EQ(reason->level, level);
    }
    woman.education_level = EducationLevel::Isced3;
    EXPECT_FALSE(reason_for(rule, woman, on("2026-12-01")));
}

TEST(PriorityCriterion, LowEducationSaysNothingOfAnUnknownOrRefusedLevel)
{
    auto const rule = criterion("low_education", CriterionRule::IscedAtMost, 1, 2);
    auto woman = woman_with_a_bachelor();
    for (auto const level : {EducationLevel::Unknown, EducationLevel::Refused}) {
        woman.education_level = level;
        EXPECT_FALSE(reason_for(rule, woman, on("2026-12-01")));
    }
    woman.education_level.reset();
    EXPECT_FALSE(reason_for(rule, woman, on("2026-12-01")));
}

TEST(PriorityCriterion, AnObsoleteQualificationOrAForeignDiplomaNotRecognisedApplies)
{
    auto const rule = criterion("obsolete", CriterionRule::QualificationObsoleteOrNotRecognised, 1);
    auto woman = woman_with_a_bachelor();
    EXPECT_FALSE(reason_for(rule, woman, on("2026-12-01")));
    woman.qualification_obsolete = Answer::Yes;
    EXPECT_EQ(reason_for(rule, woman, on("2026-12-01"))->kind, ReasonKind::QualificationObsolete);
    woman.qualification_obsolete = Answer::No;
    woman.diploma_obtained_abroad = Answer::Yes;
    woman.diploma_recognised = Answer::Yes;
    EXPECT_FALSE(reason_for(rule, woman, on("2026-12-01")));
    woman.diploma_recognised = Answer::Unknown;
    EXPECT_FALSE(reason_for(rule, woman, on("2026-12-01")));
    woman.diploma_recognised = Answer::No;
    EXPECT_EQ(reason_for(rule, woman, on("2026-12-01"))->kind, ReasonKind::DiplomaNotRecognised);
    woman.diploma_obtained_abroad = Answer::No;
    EXPECT_FALSE(reason_for(rule, woman, on("2026-12-01")));
}

TEST(PriorityCriterion, LongTermUnemploymentStartsAtTwelveWholeMonths)
{
    auto const rule = criterion("long_term_unemployed", CriterionRule::LongTermUnemployed, 2, 12);
    auto woman = woman_with_a_bachelor();
    woman.labour_market_status = LabourMarketStatus::Unemployed;
    woman.unemployed_since = YearMonth::parse_iso("2025-12");
    EXPECT_FALSE(reason_for(rule, woman, on("2026-11-30"))); // 11 months
    auto const reason = reason_for(rule, woman, on("2026-12-01"));
    ASSERT_TRUE(reason);
    EXPECT_EQ(reason->kind, ReasonKind::UnemployedFor);
    EXPECT_EQ(reason->months, 12);
    EXPECT_EQ(reason->since, YearMonth::parse_iso("2025-12"));
}

TEST(PriorityCriterion, LongTermUnemploymentNeedsHerToBeUnemployedWithAStartMonth)
{
    auto const rule = criterion("long_term_unemployed", CriterionRule::LongTermUnemployed, 2, 12);
    auto woman = woman_with_a_bachelor();
    woman.unemployed_since = YearMonth::parse_iso("2020-01");
    EXPECT_FALSE(reason_for(rule, woman, on("2026-12-01"))); // employed now
    woman.labour_market_status = LabourMarketStatus::Unemployed;
    woman.unemployed_since.reset();
    EXPECT_FALSE(reason_for(rule, woman, on("2026-12-01")));
}

TEST(PriorityCriterion, SingleParentHousingAndSocialServicesNeedAYes)
{
    auto woman = woman_with_a_bachelor();
    auto const single = criterion("single_parent", CriterionRule::SingleParent, 2);
    auto const housing = criterion("housing", CriterionRule::HousingExclusion, 2);
    auto const social = criterion("social", CriterionRule::ReferredBySocialServices, 2);
    woman.single_parent = Answer::Refused;
    woman.housing_exclusion = Answer::Unknown;
    woman.referral_source = ReferralSource::Actiris;
    EXPECT_FALSE(reason_for(single, woman, on("2026-12-01")));
    EXPECT_FALSE(reason_for(housing, woman, on("2026-12-01")));
    EXPECT_FALSE(reason_for(social, woman, on("2026-12-01")));
    woman.single_parent = Answer::Yes;
    woman.housing_exclusion = Answer::Yes;
    woman.referral_source = ReferralSource::SocialServices;
    EXPECT_EQ(reason_for(single, woman, on("2026-12-01"))->kind, ReasonKind::SingleParent);
    EXPECT_EQ(reason_for(housing, woman, on("2026-12-01"))->kind, ReasonKind::HousingExclusion);
    EXPECT_EQ(reason_for(social, woman, on("2026-12-01"))->kind, ReasonKind::ReferredBySocialServices);
}

TEST(PriorityTiers, TheFirstTierWhoseCriteriaSheMeetsWins)
{
    auto woman = woman_with_a_bachelor();
    woman.single_parent = Answer::Yes;
    woman.education_level = EducationLevel::Isced2;
    auto const standing = priority_standing_of(programme_scheme(), woman, on("2026-12-01"));
    EXPECT_EQ(standing.tier, 1);
    EXPECT_EQ(codes_of(standing), std::vector<std::string>{"low_education"});
}

TEST(PriorityTiers, AnotherDisadvantagePlacesHerInTierTwoWithEveryReason)
{
    auto woman = woman_with_a_bachelor();
    woman.single_parent = Answer::Yes;
    woman.housing_exclusion = Answer::Yes;
    auto const standing = priority_standing_of(programme_scheme(), woman, on("2026-12-01"));
    EXPECT_EQ(standing.tier, 2);
    EXPECT_EQ(codes_of(standing), (std::vector<std::string>{"single_parent", "housing_exclusion"}));
}

TEST(PriorityTiers, EveryoneElseIsInTheTierAfterTheLast)
{
    auto const standing = priority_standing_of(programme_scheme(), woman_with_a_bachelor(), on("2026-12-01"));
    EXPECT_EQ(standing.tier, 3);
    EXPECT_TRUE(standing.everyone_else());
}

TEST(PriorityTiers, ACriterionInNoTierPlacesNobody)
{
    auto scheme = programme_scheme();
    scheme.criteria[3].tier = 0; // single parent
    auto woman = woman_with_a_bachelor();
    woman.single_parent = Answer::Yes;
    EXPECT_EQ(priority_standing_of(scheme, woman, on("2026-12-01")).tier, 3);
}

TEST(PriorityTiers, ReorderingTiersChangesWhoComesFirst)
{
    auto scheme = programme_scheme();
    for (auto& criterion : scheme.criteria)
        criterion.tier = criterion.tier == 1 ? 2 : 1;
    auto woman = woman_with_a_bachelor();
    woman.education_level = EducationLevel::Isced1;
    woman.housing_exclusion = Answer::Yes;
    auto const standing = priority_standing_of(scheme, woman, on("2026-12-01"));
    EXPECT_EQ(standing.tier, 1);
    EXPECT_EQ(codes_of(standing), std::vector<std::string>{"housing_exclusion"});
}

TEST(PriorityProof, StaysValidForItsMonthsLessADay)
{
    auto const rule = criterion("single_parent", CriterionRule::SingleParent, 2); // 6 months
    EXPECT_EQ(proof_valid_until(rule, on("2026-03-15")), on("2026-09-14"));
    EXPECT_TRUE(proof_valid_on(rule, on("2026-03-15"), on("2026-09-14")));
    EXPECT_FALSE(proof_valid_on(rule, on("2026-03-15"), on("2026-09-15")));
    EXPECT_FALSE(proof_valid_on(rule, on("2026-03-15"), on("2026-03-14")));
}

TEST(PriorityProof, AProofFromTheEndOfAMonthEndsAtTheEndOfAShorterOne)
{
    auto rule = criterion("single_parent", CriterionRule::SingleParent, 2);
    rule.proof_valid_months = 1;
    EXPECT_EQ(proof_valid_until(rule, on("2026-01-31")), on("2026-02-27"));
    rule.proof_valid_months = 12;
    EXPECT_EQ(proof_valid_until(rule, on("2026-11-20")), on("2027-11-19"));
}

TEST(PriorityProof, NotReceivedYetWhenNoDateWasRecorded)
{
    auto const rule = criterion("single_parent", CriterionRule::SingleParent, 2);
    auto const status = proof_status(rule, std::nullopt, on("2026-12-01"));
    EXPECT_EQ(status.state, ProofState::NotReceived);
    EXPECT_FALSE(status.received_on);
    EXPECT_FALSE(status.valid_until);
}

TEST(PriorityProof, ValidUpToItsLastDayThenExpiredFromTheNext)
{
    auto const rule = criterion("single_parent", CriterionRule::SingleParent, 2); // 6 months
    auto const valid = proof_status(rule, on("2026-03-03"), on("2026-09-02"));
    EXPECT_EQ(valid.state, ProofState::Valid);
    EXPECT_EQ(valid.received_on, on("2026-03-03"));
    EXPECT_EQ(valid.valid_until, on("2026-09-02"));
    EXPECT_EQ(valid.expired_on, on("2026-09-03"));
    auto const expired = proof_status(rule, on("2026-03-03"), on("2026-09-03"));
    EXPECT_EQ(expired.state, ProofState::Expired);
    EXPECT_EQ(expired.expired_on, on("2026-09-03"));
    EXPECT_EQ(proof_status(rule, on("2026-03-03"), on("2026-03-03")).state, ProofState::Valid);
}

TEST(PriorityProof, ThePlacementSaysWhereEachProofOfHerTierStands)
{
    auto woman = woman_with_a_bachelor();
    woman.single_parent = Answer::Yes;
    woman.housing_exclusion = Answer::Yes;
    ProofsReceived const received{{"single_parent", on("2026-10-10")}, {"low_education", on("2026-11-30")}};
    auto const standing = priority_standing_of(programme_scheme(), woman, on("2026-12-01"), received);
    ASSERT_EQ(standing.reasons.size(), 2U);
    EXPECT_EQ(standing.tier, 2) << "a proof of a criterion she does not meet places her nowhere";
    EXPECT_EQ(standing.reasons[0].proof.state, ProofState::Valid);
    EXPECT_EQ(standing.reasons[0].proof.valid_until, on("2027-04-09"));
    EXPECT_EQ(standing.reasons[1].proof.state, ProofState::NotReceived);
}

TEST(PriorityProof, TheDayReceivedIsARealDayNotAfterToday)
{
    auto const today = on("2026-03-02");
    EXPECT_EQ(read_proof_received_on({" 3 ", "03", "2026"}, on("2026-03-03")), on("2026-03-03"));
    auto const error_of = [&](DateFields const& typed) {
        auto const read = read_proof_received_on(typed, today);
        EXPECT_FALSE(read);
        return read ? std::string()
                    : read.error().fields.at(0).field + " " + read.error().fields.at(0).message_key;
    };
    EXPECT_EQ(error_of({"", "", ""}), "received_on errors.priority.proof_received_missing");
    EXPECT_EQ(error_of({"", "3", "2026"}), "received_on_day errors.priority.proof_received_missing_day");
    EXPECT_EQ(error_of({"3", "", "2026"}), "received_on_month errors.priority.proof_received_missing_month");
    EXPECT_EQ(error_of({"3", "3", ""}), "received_on_year errors.priority.proof_received_missing_year");
    EXPECT_EQ(error_of({"31", "2", "2026"}), "received_on errors.priority.proof_received_not_real");
    EXPECT_EQ(error_of({"a", "b", "c"}), "received_on errors.priority.proof_received_not_real");
    EXPECT_EQ(error_of({"3", "3", "2026"}), "received_on errors.priority.proof_received_in_future");
}

namespace {

CriterionInput typed_row(std::string code, std::string rule, std::string parameter, std::string tier)
{
    CriterionInput row;
    row.code = std::move(code);
    row.name_en = "Something";
    row.proof_valid_months = "12";
    row.rule = std::move(rule);
    row.parameter = std::move(parameter);
    row.tier = std::move(tier);
    return row;
}

std::vector<FieldError> problems_of(std::vector<CriterionInput> const& typed)
{
    auto const read = read_scheme(typed);
    return read ? std::vector<FieldError>{} : read.error().fields;
}

} // namespace

TEST(PrioritySchemeForm, ReadsWhatTheDirectorTypedAndSkipsBlankAndRemovedRows)
{
    auto removed = typed_row("gone", "single_parent", "", "2");
    removed.remove = true;
    CriterionInput blank;
    blank.proof_valid_months = "12";
    blank.rule = "single_parent";
    auto const scheme = read_scheme({typed_row("low_education", "isced_at_most", " 2 ", "1"), removed, blank,
                                     typed_row("single_parent", "single_parent", "", "2")});
    ASSERT_TRUE(scheme) << scheme.error().fields.front().message_key;
    ASSERT_EQ(scheme->criteria.size(), 2u);
    EXPECT_EQ(scheme->criteria[0].parameter, 2);
    EXPECT_EQ(scheme->everyone_else_tier(), 3);
    EXPECT_EQ(read_scheme(inputs_of(*scheme))->criteria.size(), 2u);
}

TEST(PrioritySchemeForm, SaysWhatIsWrongWithEachField)
{
    auto unnamed = typed_row("BAD CODE", "isced_at_most", "9", "1");
    unnamed.name_en.clear();
    unnamed.proof_valid_months = "0";
    auto const problems = problems_of(
        {unnamed, typed_row("x", "", "", "7"), typed_row("months", "long_term_unemployed", "", "1")});
    EXPECT_EQ(problems, (std::vector<FieldError>{
                            {"criteria-0-code", "errors.priority.code_invalid"},
                            {"criteria-0-name_fr", "errors.priority.name_missing"},
                            {"criteria-0-proof_valid_months", "errors.priority.validity_out_of_range"},
                            {"criteria-0-parameter", "errors.priority.level_out_of_range"},
                            {"criteria-1-rule", "errors.priority.rule_missing"},
                            {"criteria-1-tier", "errors.priority.tier_out_of_range"},
                            {"criteria-2-parameter", "errors.priority.months_missing"},
                        }));
}

TEST(PrioritySchemeForm, RefusesTheSameCodeTwiceAndATierWithNothingBeforeIt)
{
    auto const problems = problems_of(
        {typed_row("same", "single_parent", "", "1"), typed_row("same", "housing_exclusion", "", "3")});
    EXPECT_EQ(problems, (std::vector<FieldError>{{"criteria-1-code", "errors.priority.code_taken"},
                                                 {"criteria-1-tier", "errors.priority.tier_gap"}}));
}

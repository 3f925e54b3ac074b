#pragma once

// Social priority as data (docs/design.md "Priority as data", after les-emplois / Itou): the
// centre's criteria, each with the proof it expects and how long that proof stays valid, and a
// rule the participant record answers; tiers made of criteria, the first tier whose criteria
// she meets placing her. The programme's default (docs/domain.md "Social priority"): absolute
// priority to women with no or obsolete qualifications (tier 1), then to women facing another
// social disadvantage (tier 2), then everyone else.

#include "domain/codes.hpp"
#include "domain/date.hpp"
#include "domain/error.hpp"
#include "domain/participant.hpp"
#include "domain/track.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tremplin::domain {

// What the participant record can answer, and nothing more: a closed set of rules.
enum class CriterionRule {
    IscedAtMost,                          // her highest finished level is at most ISCED `parameter`
    QualificationObsoleteOrNotRecognised, // obsolete, or obtained abroad and not recognised
    LongTermUnemployed,                   // unemployed for at least `parameter` whole months
    SingleParent,
    HousingExclusion,         // homeless or affected by housing exclusion (ESF+ Annex I)
    ReferredBySocialServices, // sent by a CPAS / OCMW
};

// Whether a rule reads a number, and which numbers it accepts.
bool rule_takes_parameter(CriterionRule rule);

struct PriorityCriterion {
    long long id = 0;
    std::string code; // short and stable: "low_education"
    TranslatedText name;
    TranslatedText proof; // what she is asked to show
    int proof_valid_months = 12;
    CriterionRule rule = CriterionRule::SingleParent;
    int parameter = 0; // IscedAtMost: the level (0–8); LongTermUnemployed: months (1–120)
    int tier = 0;      // the tier it places her in, from 1; 0: used by no tier
};

// The criteria that place a woman in one tier.
struct PriorityTier {
    int number = 1;
    std::vector<PriorityCriterion> criteria;
};

struct PriorityScheme {
    std::vector<PriorityCriterion> criteria; // in the order the director wrote them

    // Tiers 1..n with their criteria, in order; everyone else is in tier n + 1.
    std::vector<PriorityTier> tiers() const;
    int everyone_else_tier() const;
};

// What the record says that makes a criterion apply: enough to say it in plain words.
enum class ReasonKind {
    EducationLevel,           // `level`
    QualificationObsolete,    //
    DiplomaNotRecognised,     // obtained abroad, no equivalence
    UnemployedFor,            // `months` since `since`
    SingleParent,             //
    HousingExclusion,         //
    ReferredBySocialServices, //
};

// Where the proof of a criterion she meets stands on a day.
enum class ProofState {
    NotReceived, // to ask for: `criterion.proof`
    Valid,       // received on `received_on`, valid up to `valid_until`
    Expired,     // received on `received_on`, no longer valid from `expired_on`
};

struct ProofStatus {
    ProofState state = ProofState::NotReceived;
    std::optional<Date> received_on;
    std::optional<Date> valid_until; // the last day it is valid
    std::optional<Date> expired_on;  // the first day it is not
};

// The day each proof was received, by criterion code.
using ProofsReceived = std::map<std::string, Date, std::less<>>;

struct PriorityReason {
    PriorityCriterion criterion;
    ReasonKind kind = ReasonKind::SingleParent;
    std::optional<EducationLevel> level;
    int months = 0;
    std::optional<YearMonth> since;
    ProofStatus proof;
};

struct PriorityStanding {
    int tier = 1;
    std::vector<PriorityReason> reasons; // the criteria of her tier she meets; none: everyone else
    bool everyone_else() const { return reasons.empty(); }
};

// Why `criterion` applies to `participant` on `day`, or nothing when it does not.
std::optional<PriorityReason> reason_for(PriorityCriterion const& criterion, Participant const& participant,
                                         Date day);

// Her tier on `day`: the first tier one of whose criteria she meets, with every criterion of
// that tier she meets and where its proof stands among those `received`; the tier after the
// last when she meets none. A proof never places her: the tier follows her record alone.
PriorityStanding priority_standing_of(PriorityScheme const& scheme, Participant const& participant, Date day,
                                      ProofsReceived const& received = {});
// The same with the scheme's tiers worked out once (`scheme.tiers()`), to place many women.
PriorityStanding priority_standing_of(std::vector<PriorityTier> const& tiers, int everyone_else_tier,
                                      Participant const& participant, Date day,
                                      ProofsReceived const& received = {});

// A proof received on `received_on` is valid up to the day before the same date
// `proof_valid_months` later (the end of the month when that day does not exist).
Date proof_valid_until(PriorityCriterion const& criterion, Date received_on);
bool proof_valid_on(PriorityCriterion const& criterion, Date received_on, Date day);

// Where the proof of `criterion` stands on `day`, given the day it was received, if it was.
ProofStatus proof_status(PriorityCriterion const& criterion, std::optional<Date> received_on, Date day);

// The day a proof was received, as typed in three fields: a real date, not after `today`.
// Errors name "received_on" or one of its parts.
Result<Date> read_proof_received_on(DateFields const& typed, Date today);

// A criterion as typed in the director's form, kept as typed so the page can show it back.
struct CriterionInput {
    std::string code;
    std::string name_fr, name_nl, name_en;
    std::string proof_fr, proof_nl, proof_en;
    std::string proof_valid_months;
    std::string rule;
    std::string parameter;
    std::string tier;
    bool remove = false;
};

inline constexpr int most_tiers = 5; // before "everyone else"

// The scheme typed, or every problem at once. Errors name the input
// "criteria-<index>-<field>" (index from 0, in the order typed). A row left blank is ignored,
// a row marked for removal dropped. The tiers used must follow each other from 1.
Result<PriorityScheme> read_scheme(std::vector<CriterionInput> const& typed);

// The inputs that show `scheme` in the form.
std::vector<CriterionInput> inputs_of(PriorityScheme const& scheme);

template <> struct Codes<CriterionRule> {
    static constexpr std::array table{
        std::pair{CriterionRule::IscedAtMost, std::string_view("isced_at_most")},
        std::pair{CriterionRule::QualificationObsoleteOrNotRecognised,
                  std::string_view("qualification_obsolete_or_not_recognised")},
        std::pair{CriterionRule::LongTermUnemployed, std::string_view("long_term_unemployed")},
        std::pair{CriterionRule::SingleParent, std::string_view("single_parent")},
        std::pair{CriterionRule::HousingExclusion, std::string_view("housing_exclusion")},
        std::pair{CriterionRule::ReferredBySocialServices, std::string_view("referred_by_social_services")},
    };
};

template <> struct Codes<ReasonKind> {
    static constexpr std::array table{
        std::pair{ReasonKind::EducationLevel, std::string_view("education_level")},
        std::pair{ReasonKind::QualificationObsolete, std::string_view("qualification_obsolete")},
        std::pair{ReasonKind::DiplomaNotRecognised, std::string_view("diploma_not_recognised")},
        std::pair{ReasonKind::UnemployedFor, std::string_view("unemployed_for")},
        std::pair{ReasonKind::SingleParent, std::string_view("single_parent")},
        std::pair{ReasonKind::HousingExclusion, std::string_view("housing_exclusion")},
        std::pair{ReasonKind::ReferredBySocialServices, std::string_view("referred_by_social_services")},
    };
};

} // namespace tremplin::domain

#pragma once

// A placement round: one cohort's trainees and the traineeship offers open to them, placed in
// one go by the same engine as admission (docs/domain.md "Placement round"). Here, who may be
// proposed to which host, and why not: the rules decided before the round runs.

#include "domain/codes.hpp"
#include "domain/cohort.hpp"
#include "domain/date.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::domain {

// Why a trainee is not proposed to an offer's host, in the order they are checked: the first
// that holds is the one given.
enum class PlacementExclusion {
    NoConsentToShare,   // she has not agreed that her profile be shown to employers
    TrackNotSuited,     // the offer is not for her track
    LanguageMissing,    // the offer asks for a language she does not work in
    DatesOutsidePeriod, // the offer does not cover the cohort's traineeship period
    RefusedByHost,      // the host (or the job coach for it) said no
};

template <> struct Codes<PlacementExclusion> {
    static constexpr std::array table{
        std::pair{PlacementExclusion::NoConsentToShare, std::string_view("no_consent_to_share")},
        std::pair{PlacementExclusion::TrackNotSuited, std::string_view("track_not_suited")},
        std::pair{PlacementExclusion::LanguageMissing, std::string_view("language_missing")},
        std::pair{PlacementExclusion::DatesOutsidePeriod, std::string_view("dates_outside_period")},
        std::pair{PlacementExclusion::RefusedByHost, std::string_view("refused_by_host")},
    };
};

// docs/domain.md "Placement round": a round is opened (draft), run (its result stored with its
// seed; a change of its wishes or views takes it back to draft) and confirmed, once.
enum class PlacementRoundStatus { Draft, Run, Confirmed };

template <> struct Codes<PlacementRoundStatus> {
    static constexpr std::array table{
        std::pair{PlacementRoundStatus::Draft, std::string_view("draft")},
        std::pair{PlacementRoundStatus::Run, std::string_view("run")},
        std::pair{PlacementRoundStatus::Confirmed, std::string_view("confirmed")},
    };
};

struct PlacementTrainee {
    long long enrolment_id = 0;
    long long track_id = 0;
    std::vector<std::string> languages; // the languages she works in: "fr", "nl", "en"
    bool shares_with_employers = false; // her consent "share with employers"
    std::vector<long long> wishes;      // offer ids, most wanted first
};

struct PlacementOffer {
    long long offer_id = 0;
    int places = 0;
    std::vector<long long> track_ids; // the tracks it suits
    std::vector<std::string> languages_required;
    Date starts_on;
    Date ends_on;
};

// What a host says of one candidate for its offer: a rank (1 first, equal ranks tied) or a
// refusal. A candidate it said nothing of is acceptable, after every ranked one.
struct HostView {
    long long offer_id = 0;
    long long enrolment_id = 0;
    std::optional<int> rank;
    bool refused = false;
};

struct PlacementRound {
    TraineeshipPeriod period; // the cohort's
    std::vector<PlacementTrainee> trainees;
    std::vector<PlacementOffer> offers;
    std::vector<HostView> host_views;
};

// Why she may not be proposed to that offer's host; nothing when she may.
std::optional<PlacementExclusion> placement_exclusion(PlacementRound const& round,
                                                      PlacementTrainee const& trainee,
                                                      PlacementOffer const& offer);

// The host's view of her, when it gave one.
HostView const* host_view(PlacementRound const& round, long long offer_id, long long enrolment_id);

} // namespace tremplin::domain

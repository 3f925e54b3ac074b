#pragma once

// Admission rounds: staff draw the seats of an intake's cohorts (social priority first, a
// recorded lottery within a tier), read the result with the reason for each woman's outcome,
// and confirm it: enrolments are made and letters queued, all or nothing, and the round is
// never drawn again. When an admitted woman declines, a re-run fills her seat from the
// waitlists; nobody already admitted loses her seat.

#include "domain/admission.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "service/priority_service.hpp"
#include "service/unit_of_work.hpp"
#include "store/admission_repository.hpp"
#include "store/application_repository.hpp"
#include "store/database.hpp"

#include <map>
#include <optional>
#include <set>
#include <vector>

namespace tremplin::service {

// A round as the list of an intake's rounds shows it, and what the latest round she was in
// gave her, as the store reads them.
using RoundSummary = store::RoundSummary;
using RoundOutcome = store::RoundOutcome;
using RoundDraw = store::RoundDraw;

struct DrawRequest {
    long long intake_id = 0;
    domain::LotteryMode lottery = domain::LotteryMode::Single;
    std::optional<std::int64_t> seed; // drawn at random when none is given
};

// What staff may still do with a round, as domain::may_decline and domain::may_rerun decide it
// (the same verbs `decline` and `rerun` obey): only the latest confirmed round takes declines and
// re-runs. A woman may decline until she starts in her cohort; a re-run may give the seats of
// cohorts that have not started yet.
struct RoundActions {
    std::set<long long> may_decline; // applications
    bool may_rerun = false;
};

// Everything the page of one round shows, read at one moment: the round, whether it is the
// intake's latest, what may still be done with it, and the names of its women and cohorts.
struct RoundPage {
    domain::AdmissionRound round;
    bool latest = false;
    RoundActions actions;
    std::vector<store::ApplicationSummary> applications; // the intake's, for names and references
    std::map<long long, std::string> cohort_names;       // the intake's cohorts, by id
    std::vector<RoundDraw> draws;                        // every draw of the round, the latest first
};

// The largest seed staff may type: twelve digits are plenty to read out at a public draw.
inline constexpr std::int64_t largest_seed = 999'999'999'999;

class AdmissionService {
  public:
    AdmissionService(store::Database& database, Clock const& clock, PriorityService& priority)
        : m_units(database, clock), m_priority(priority)
    {
    }

    domain::Result<std::vector<store::RoundSummary>> rounds(Actor const& actor, long long intake_id);
    domain::Result<domain::AdmissionRound> round(Actor const& actor, long long id);
    // What the latest round she was in gave her; nothing before any round.
    domain::Result<std::optional<store::RoundOutcome>> outcome_of(Actor const& actor,
                                                                  long long application_id);

    // The round's page, in one read, with what may still be done with the round.
    domain::Result<RoundPage> round_page(Actor const& actor, long long id);

    // Draws the intake's first round, or its draft again with a new seed; audited with the
    // seed. Refused (and the attempt audited) once a round of the intake is confirmed.
    domain::Result<long long> draw(Actor const& actor, DrawRequest const& request);
    // Enrols each admitted woman, queues her letter (admitted, waitlisted or not admitted) and
    // marks the applications decided, all or nothing.
    domain::Result<void> confirm(Actor const& actor, long long round_id);
    // She said no to the seat a confirmed round gave her, before starting: her enrolment is
    // withdrawn.
    domain::Result<void> decline(Actor const& actor, long long round_id, long long application_id);
    // A new draft round from a confirmed one, with its seed: the women still waiting compete for
    // the seats freed in cohorts not yet started, those admitted keep theirs (or move to one they
    // wanted more).
    domain::Result<long long> rerun(Actor const& actor, long long round_id);

  private:
    UnitsOfWork m_units;
    PriorityService& m_priority;
};

} // namespace tremplin::service

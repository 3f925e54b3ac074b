#pragma once

// The tutor's evaluations of a trainee: the job coach makes a link for each kind, the tutor
// answers through it without an account, staff read the answers, and the job coach's list says
// which are due and which are late (docs/domain.md "Tutor evaluation", docs/design.md "Tutor
// evaluations").

#include "domain/evaluation.hpp"
#include "domain/partner.hpp"
#include "domain/track.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "service/public_desk.hpp"
#include "service/unit_of_work.hpp"
#include "store/database.hpp"
#include "store/evaluation_repository.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::service {

// An e-CF competence of her track and the modules that teach it, which name it for the tutor.
struct EvaluatedCompetence {
    std::string code;
    std::vector<domain::TranslatedText> modules;
};

// One kind of evaluation of a traineeship, as the staff page shows it.
struct EvaluationStep {
    domain::EvaluationKind kind = domain::EvaluationKind::MidTerm;
    domain::Date due_on;
    bool late = false; // not sent a week after its due day
    std::optional<store::StoredEvaluation> sent;
    std::optional<domain::EvaluationLink> link;
    domain::EvaluationLinkState link_state = domain::EvaluationLinkState::Usable; // by the clock
};

struct TraineeshipEvaluations {
    store::EvaluatedTraineeship traineeship;
    std::vector<domain::PartnerContact> contacts; // the partner's: a link may go to any of them
    std::vector<EvaluatedCompetence> competences;
    std::vector<EvaluationStep> steps; // mid-term, then final
    bool may_make_links = false;
};

// What the tutor's link opens: no more of the trainee than her first name and the dates.
struct EvaluationQuestions {
    domain::EvaluationKind kind = domain::EvaluationKind::MidTerm;
    std::string first_name;
    domain::Date starts_on;
    domain::Date ends_on;
    std::string partner_name;
    domain::PartnerContact contact;
    std::vector<EvaluatedCompetence> competences;
};

// An evaluation the centre waits for, on the job coach's list.
struct EvaluationDue {
    store::EvaluatedTraineeship traineeship;
    domain::EvaluationKind kind = domain::EvaluationKind::MidTerm;
    domain::Date due_on;
    std::optional<domain::Date> late_since;
};

class EvaluationService {
  public:
    EvaluationService(store::Database& database, Clock const& clock) : m_units(database, clock), m_desk(clock)
    {
    }

    domain::Result<TraineeshipEvaluations> of_traineeship(Actor const& actor, long long traineeship_id);
    // The evaluations due by today and not sent, across the centre: the late ones first, then by
    // due day.
    domain::Result<std::vector<EvaluationDue>> due(Actor const& actor);

    // A new link for the tutor (or another contact of the host) to send the evaluation of that
    // kind, valid `domain::evaluation_link_days`; it replaces the previous one of the kind. The
    // secret, to show once: only its hash is kept. A conflict once the evaluation was sent.
    domain::Result<std::string> make_link(Actor const& actor, long long traineeship_id,
                                          domain::EvaluationKind kind, std::optional<long long> contact_id);

    // What a link opens. Not found for a link that never was or has expired; a conflict
    // ("errors.evaluation_link.used") for a link already answered.
    domain::Result<EvaluationQuestions> questions(std::string const& token);
    // The tutor's answers: kept once, the link used, all at once or nothing. Errors as
    // `questions`, field errors with nothing kept, TooManyAttempts past the public forms' limit.
    domain::Result<void> answer(std::string const& token, domain::Evaluation evaluation,
                                std::string const& remote_address);

  private:
    UnitsOfWork m_units;
    PublicDesk m_desk;
};

} // namespace tremplin::service

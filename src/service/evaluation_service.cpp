#include "service/evaluation_service.hpp"

#include "domain/text.hpp"
#include "service/secrets.hpp"
#include "store/cohort_repository.hpp"
#include "store/enrolment_repository.hpp"
#include "store/partner_repository.hpp"
#include "store/track_repository.hpp"

#include <algorithm>
#include <chrono>

namespace tremplin::service {

using domain::Error;
using domain::ErrorCode;
using domain::EvaluationKind;
using domain::fail;
using domain::found;
using domain::Permission;
using domain::Result;

namespace {

constexpr std::array kinds{EvaluationKind::MidTerm, EvaluationKind::Final};

Error link_used()
{
    return {ErrorCode::Conflict, "errors.evaluation_link.used", {}};
}

// The e-CF competences of the track version her cohort runs, in code order, each with the
// modules that teach it.
std::vector<EvaluatedCompetence> competences_of(UnitOfWork& unit, long long organisation_id,
                                                domain::Traineeship const& traineeship)
{
    auto const enrolment =
        unit.repository<store::EnrolmentRepository>().find(organisation_id, traineeship.enrolment_id);
    if (!enrolment)
        return {};
    auto const cohort =
        unit.repository<store::CohortRepository>().find(organisation_id, enrolment->cohort_id);
    if (!cohort)
        return {};
    auto const version =
        unit.repository<store::TrackRepository>().version(organisation_id, cohort->track_version_id);
    if (!version)
        return {};
    std::vector<EvaluatedCompetence> competences;
    for (auto const& module : version->modules)
        for (auto const& code : module.competences) {
            auto known = std::ranges::find(competences, code, &EvaluatedCompetence::code);
            if (known == competences.end())
                known = competences.insert(competences.end(), {code, {}});
            known->modules.push_back(module.name);
        }
    std::ranges::sort(competences, {}, &EvaluatedCompetence::code);
    return competences;
}

// A link found by its secret and still open: else not found (never was, or expired: a stranger
// learns nothing of which) or used (only whoever holds the secret reads that).
Result<store::EvaluationLinkFound> usable_link(store::EvaluationRepository& evaluations,
                                               std::string const& token, std::string const& now)
{
    auto found_link = TRY(found(evaluations.link_by_token_hash(token_hash(token))));
    switch (domain::state_of(found_link.link, now)) {
    case domain::EvaluationLinkState::Used:
        return fail(link_used());
    case domain::EvaluationLinkState::Expired:
        return fail(Error::not_found());
    case domain::EvaluationLinkState::Usable:
        break;
    }
    return found_link;
}

bool sent(store::EvaluatedTraineeship const& traineeship, EvaluationKind kind)
{
    return kind == EvaluationKind::MidTerm ? traineeship.mid_term_sent : traineeship.final_sent;
}

} // namespace

Result<TraineeshipEvaluations> EvaluationService::of_traineeship(Actor const& actor, long long traineeship_id)
{
    return m_units.read(
        actor, Permission::ViewPartners, [&](UnitOfWork& unit) -> Result<TraineeshipEvaluations> {
            auto evaluations = unit.repository<store::EvaluationRepository>();
            TraineeshipEvaluations page;
            page.traineeship = TRY(found(evaluations.traineeship(unit.organisation_id(), traineeship_id)));
            auto const& traineeship = page.traineeship.traineeship;
            page.contacts = unit.repository<store::PartnerRepository>().contacts(traineeship.partner_id);
            page.competences = competences_of(unit, unit.organisation_id(), traineeship);
            auto const stored = evaluations.of_traineeship(traineeship_id);
            auto const today = unit.clock().today();
            auto const now = unit.clock().now_iso();
            for (auto const kind : kinds) {
                EvaluationStep step;
                step.kind = kind;
                step.due_on = domain::evaluation_due_on(traineeship, kind);
                if (auto const it =
                        std::ranges::find(stored, kind, [](auto const& s) { return s.evaluation.kind; });
                    it != stored.end())
                    step.sent = *it;
                step.late = !step.sent && domain::evaluation_late(traineeship, kind, today);
                step.link = evaluations.link_of(traineeship_id, kind);
                if (step.link)
                    step.link_state = domain::state_of(*step.link, now);
                page.steps.push_back(std::move(step));
            }
            page.may_make_links = actor.can(Permission::ManagePartners);
            // The page names the trainee and shows what her tutor said of her.
            unit.audit({"traineeship_evaluations.viewed", "traineeship", traineeship_id, {}});
            return page;
        });
}

Result<std::vector<EvaluationDue>> EvaluationService::due(Actor const& actor)
{
    return m_units.read(
        actor, Permission::ViewPartners, [&](UnitOfWork& unit) -> Result<std::vector<EvaluationDue>> {
            auto const today = unit.clock().today();
            std::vector<EvaluationDue> due;
            for (auto const& awaiting :
                 unit.repository<store::EvaluationRepository>().awaiting(unit.organisation_id(), today))
                for (auto const kind : kinds) {
                    auto const due_on = domain::evaluation_due_on(awaiting.traineeship, kind);
                    if (sent(awaiting, kind) || today < due_on)
                        continue;
                    EvaluationDue line{awaiting, kind, due_on, std::nullopt};
                    if (domain::evaluation_late(awaiting.traineeship, kind, today))
                        line.late_since = due_on.plus_days(domain::evaluation_grace_days + 1);
                    due.push_back(std::move(line));
                }
            std::ranges::stable_sort(due, [](EvaluationDue const& a, EvaluationDue const& b) {
                if (a.late_since.has_value() != b.late_since.has_value())
                    return a.late_since.has_value();
                return a.due_on < b.due_on;
            });
            unit.audit({"evaluations_due.listed", "traineeship", std::nullopt,
                        audit_detail({{"rows", std::to_string(due.size())}})});
            return due;
        });
}

Result<std::string> EvaluationService::make_link(Actor const& actor, long long traineeship_id,
                                                 EvaluationKind kind, std::optional<long long> contact_id)
{
    return m_units.write(actor, Permission::ManagePartners, [&](UnitOfWork& unit) -> Result<std::string> {
        auto evaluations = unit.repository<store::EvaluationRepository>();
        auto const found_traineeship =
            TRY(found(evaluations.traineeship(unit.organisation_id(), traineeship_id)));
        auto const& traineeship = found_traineeship.traineeship;
        if (sent(found_traineeship, kind))
            return fail({ErrorCode::Conflict, "errors.evaluation.already_sent", {}});
        auto const to = contact_id.value_or(traineeship.tutor_contact_id);
        if (to == 0)
            return fail(Error::invalid({{"contact_id", "errors.evaluation_link.no_tutor"}}));
        auto const contact = unit.repository<store::PartnerRepository>().contact(traineeship.partner_id, to);
        if (!contact)
            return fail(Error::invalid({{"contact_id", "errors.evaluation_link.contact_not_of_host"}}));
        auto const now = unit.clock().now();
        domain::EvaluationLink link;
        link.traineeship_id = traineeship.id;
        link.kind = kind;
        link.contact_id = contact->id;
        link.created_at = domain::iso_timestamp(now);
        link.expires_at = domain::iso_timestamp(now + std::chrono::days(domain::evaluation_link_days));
        auto const token = random_token();
        evaluations.replace_link(unit.organisation_id(), link, token_hash(token), actor.account.id);
        unit.audit({"evaluation_link.made", "traineeship", traineeship.id,
                    std::string(domain::code_of(kind)) + " contact " + std::to_string(contact->id)});
        return token;
    });
}

Result<EvaluationQuestions> EvaluationService::questions(std::string const& token)
{
    return m_units.read(NoActor{}, [&](UnitOfWork& unit) -> Result<EvaluationQuestions> {
        auto evaluations = unit.repository<store::EvaluationRepository>();
        auto const link = TRY(usable_link(evaluations, token, unit.clock().now_iso()));
        auto const centre = link.organisation_id;
        auto const found_traineeship = TRY(found(evaluations.traineeship(centre, link.link.traineeship_id)));
        auto const& traineeship = found_traineeship.traineeship;
        auto partners = unit.repository<store::PartnerRepository>();
        EvaluationQuestions questions;
        questions.kind = link.link.kind;
        questions.first_name = found_traineeship.first_name;
        questions.starts_on = traineeship.starts_on;
        questions.ends_on = traineeship.ends_on;
        questions.partner_name = found_traineeship.partner_name;
        questions.contact = TRY(found(partners.contact(traineeship.partner_id, link.link.contact_id)));
        questions.competences = competences_of(unit, centre, traineeship);
        return questions;
    });
}

Result<void> EvaluationService::answer(std::string const& token, domain::Evaluation evaluation,
                                       std::string const& remote_address)
{
    return m_units.write(NoActor{}, [&](UnitOfWork& unit) -> Result<void> {
        auto evaluations = unit.repository<store::EvaluationRepository>();
        auto const now = unit.clock().now_iso();
        auto const link = TRY(usable_link(evaluations, token, now));
        auto const centre = link.organisation_id;
        TRY(m_desk.admit(unit.connection(), centre, "evaluation_link", remote_address));
        auto const found_traineeship = TRY(found(evaluations.traineeship(centre, link.link.traineeship_id)));
        // The questions are her track's competences, whatever else was sent.
        std::map<std::string, std::optional<domain::Rating>> competences;
        for (auto const& competence : competences_of(unit, centre, found_traineeship.traineeship)) {
            auto const given = evaluation.competences.find(competence.code);
            competences[competence.code] =
                given == evaluation.competences.end() ? std::nullopt : given->second;
        }
        evaluation.competences = std::move(competences);
        evaluation.kind = link.link.kind;
        if (auto errors = domain::validate_evaluation(evaluation); !errors.empty())
            return fail(Error::invalid(std::move(errors)));
        evaluation.comment = std::string(domain::trimmed(evaluation.comment));
        if (!evaluations.use_link(link.link.id, now) ||
            !evaluations.insert(centre, found_traineeship.traineeship.id, evaluation, link.link.contact_id,
                                now))
            return fail(link_used());
        unit.audit(NoActor{centre},
                   {"traineeship_evaluation.sent", "traineeship", found_traineeship.traineeship.id,
                    std::string(domain::code_of(evaluation.kind)) + " contact " +
                        std::to_string(link.link.contact_id)});
        return {};
    });
}

} // namespace tremplin::service

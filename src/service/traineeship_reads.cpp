// What the traineeship pages read: a cohort's board, the choices of the form that records one,
// and one traineeship with the names its page shows. docs/domain.md "Traineeship record"

#include "service/traineeship_service.hpp"
#include "store/cohort_repository.hpp"
#include "store/enrolment_repository.hpp"
#include "store/offer_repository.hpp"
#include "store/participant_repository.hpp"
#include "store/partner_repository.hpp"

#include <algorithm>
#include <map>

namespace tremplin::service {

using domain::found;
using domain::Permission;
using domain::Result;

namespace {

TraineeshipMay may_of(Actor const& actor)
{
    return {actor.can(Permission::ManagePartners), actor.can(Permission::ViewParticipants)};
}

// The trainees still in the cohort, by name, each with her traineeships there: a withdrawn or
// transferred trainee no longer goes on a traineeship with this cohort.
std::vector<TraineeOfCohort> trainees_of(UnitOfWork& unit, long long cohort_id)
{
    auto const org = unit.organisation_id();
    std::map<long long, std::vector<store::TraineeshipView>> by_enrolment;
    for (auto& view : unit.repository<store::TraineeshipRepository>().of_cohort(org, cohort_id))
        by_enrolment[view.traineeship.enrolment_id].push_back(std::move(view));
    std::vector<TraineeOfCohort> trainees;
    for (auto const& view : unit.repository<store::EnrolmentRepository>().of_cohort(org, cohort_id)) {
        using enum domain::EnrolmentStage;
        if (view.enrolment.stage == Withdrawn || view.enrolment.stage == Transferred)
            continue;
        auto& trainee = trainees.emplace_back(TraineeOfCohort{
            view.enrolment.id, view.enrolment.participant_id, view.first_name, view.last_name, {}});
        if (auto const theirs = by_enrolment.find(view.enrolment.id); theirs != by_enrolment.end())
            trainee.traineeships = std::move(theirs->second);
    }
    return trainees;
}

} // namespace

Result<TraineeshipBoard> TraineeshipService::board(Actor const& actor, long long cohort_id)
{
    return m_units.read(actor, Permission::ViewPartners, [&](UnitOfWork& unit) -> Result<TraineeshipBoard> {
        TraineeshipBoard board;
        board.cohort =
            TRY(found(unit.repository<store::CohortRepository>().find(unit.organisation_id(), cohort_id)));
        board.trainees = trainees_of(unit, cohort_id);
        board.may = may_of(actor);
        std::size_t rows = 0;
        for (auto const& trainee : board.trainees)
            rows += trainee.traineeships.size();
        unit.audit(
            {"traineeships.listed", "cohort", cohort_id, audit_detail({{"rows", std::to_string(rows)}})});
        return board;
    });
}

Result<TraineeshipForm> TraineeshipService::form_for(Actor const& actor, long long cohort_id,
                                                     long long partner_id)
{
    return m_units.read(actor, Permission::ManagePartners, [&](UnitOfWork& unit) -> Result<TraineeshipForm> {
        auto const org = unit.organisation_id();
        TraineeshipForm form;
        form.cohort = TRY(found(unit.repository<store::CohortRepository>().find(org, cohort_id)));
        form.trainees = trainees_of(unit, cohort_id);
        auto partners = unit.repository<store::PartnerRepository>();
        // Enterprises host traineeships: they come first, the other kinds after them.
        for (auto& line : partners.search({.organisation_id = org, .limit = 2000}))
            form.partners.push_back(std::move(line.partner));
        std::ranges::stable_partition(form.partners, [](auto const& partner) {
            return partner.kind == domain::PartnerKind::Enterprise;
        });
        if (partner_id != 0) {
            form.partner = partners.find(org, partner_id);
            if (form.partner) {
                form.contacts = partners.contacts(partner_id);
                form.offers = unit.repository<store::OfferRepository>().of_partner(org, partner_id);
                std::ranges::stable_partition(
                    form.offers, [](auto const& offer) { return offer.status == domain::OfferStatus::Open; });
            }
        }
        return form;
    });
}

Result<TraineeshipDetails> TraineeshipService::details(Actor const& actor, long long id)
{
    return m_units.read(actor, Permission::ViewPartners, [&](UnitOfWork& unit) -> Result<TraineeshipDetails> {
        auto const org = unit.organisation_id();
        TraineeshipDetails details;
        details.traineeship = TRY(found(unit.repository<store::TraineeshipRepository>().find(org, id)));
        auto const& traineeship = details.traineeship;
        auto const enrolment =
            TRY(found(unit.repository<store::EnrolmentRepository>().find(org, traineeship.enrolment_id)));
        details.cohort =
            TRY(found(unit.repository<store::CohortRepository>().find(org, enrolment.cohort_id)));
        auto const participant =
            TRY(found(unit.repository<store::ParticipantRepository>().find(org, traineeship.participant_id)));
        details.first_name = participant.first_name;
        details.last_name = participant.last_name;
        auto partners = unit.repository<store::PartnerRepository>();
        details.partner = TRY(found(partners.find(org, traineeship.partner_id)));
        if (traineeship.tutor_contact_id != 0)
            details.tutor = partners.contact(traineeship.partner_id, traineeship.tutor_contact_id);
        if (traineeship.offer_id != 0)
            details.offer = unit.repository<store::OfferRepository>().find(org, traineeship.offer_id);
        details.may = may_of(actor);
        unit.audit({"traineeship.viewed", "traineeship", id, {}});
        return details;
    });
}

} // namespace tremplin::service

#include "domain/participant_fields.hpp"
#include "service/participant_service.hpp"
#include "store/participant_repository.hpp"
#include "store/possible_match_repository.hpp"
#include "store/timeline_repository.hpp"

namespace tremplin::service {

using domain::Permission;

domain::Result<ParticipantRecord> ParticipantService::record(Actor const& actor, long long id)
{
    return m_units.write(
        actor, Permission::ViewParticipants, [&](UnitOfWork& unit) -> domain::Result<ParticipantRecord> {
            auto const organisation_id = unit.organisation_id();
            ParticipantRecord record;
            record.participant =
                TRY(domain::found(unit.repository<store::ParticipantRepository>().find(organisation_id, id)));
            // docs/design.md "Least privilege": disability and minority for those who may read them.
            if (!actor.can(Permission::ViewSpecialCategories))
                domain::withhold_special_categories(record.participant);
            record.timeline = unit.repository<store::TimelineRepository>().entries_of(organisation_id, id);
            record.enrolments =
                unit.repository<store::EnrolmentRepository>().of_participant(organisation_id, id);
            auto assessments = unit.repository<store::AssessmentRepository>();
            record.orientation_enrolments = assessments.orientation_enrolments(organisation_id, id);
            record.recommendations = assessments.recommendations_of(organisation_id, id);
            record.exams = assessments.exams_of(organisation_id, id);
            record.applications = unit.repository<store::ApplicationRepository>().list(
                {.organisation_id = organisation_id, .participant_id = id});

            // The information sessions are the coordinator's: the register of who came is hers.
            record.sees.information_sessions = actor.can(Permission::ManageCohorts);
            if (record.sees.information_sessions)
                record.sessions = unit.repository<store::InformationSessionRepository>().of_participant(
                    organisation_id, id);

            record.may.edit = actor.can(Permission::EditParticipants);
            if (record.may.edit)
                record.possible_matches =
                    unit.repository<store::PossibleMatchRepository>().open_of(organisation_id, id);
            record.may.enrol = actor.can(Permission::ManageCohorts);
            record.may.recommend = actor.can(Permission::ManageCohorts);

            unit.audit({"participant.viewed", "participant", id, {}});
            return record;
        });
}

} // namespace tremplin::service

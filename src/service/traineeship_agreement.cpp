// The tripartite agreement of a traineeship: the centre, the host and its tutor, the trainee, what
// she will do there and when, and who has signed, in her language.
// docs/domain.md "Traineeship record"

#include "service/document_service.hpp"
#include "store/cohort_repository.hpp"
#include "store/enrolment_repository.hpp"
#include "store/offer_repository.hpp"
#include "store/participant_repository.hpp"
#include "store/partner_repository.hpp"
#include "store/track_repository.hpp"
#include "store/traineeship_repository.hpp"

#include <algorithm>

namespace tremplin::service {

using domain::found;
using domain::Permission;
using domain::Result;

namespace {

std::string address_of(std::string const& street, std::string const& postcode, std::string const& commune)
{
    auto const town = postcode.empty() ? commune : postcode + " " + commune;
    return street.empty() ? town : street + "\n" + town;
}

} // namespace

Result<TraineeshipAgreementData> DocumentService::traineeship_agreement(Actor const& actor,
                                                                        long long traineeship_id,
                                                                        std::string const& language)
{
    return m_units.read(
        actor, Permission::ViewPartners, [&](UnitOfWork& unit) -> Result<TraineeshipAgreementData> {
            auto const org = unit.organisation_id();
            auto const traineeship =
                TRY(found(unit.repository<store::TraineeshipRepository>().find(org, traineeship_id)));
            auto const enrolment =
                TRY(found(unit.repository<store::EnrolmentRepository>().find(org, traineeship.enrolment_id)));
            auto const participant = TRY(
                found(unit.repository<store::ParticipantRepository>().find(org, traineeship.participant_id)));
            auto const cohort =
                TRY(found(unit.repository<store::CohortRepository>().find(org, enrolment.cohort_id)));
            auto const track =
                TRY(found(unit.repository<store::TrackRepository>().find(org, cohort.track_id)));
            auto partners = unit.repository<store::PartnerRepository>();
            auto const host = TRY(found(partners.find(org, traineeship.partner_id)));
            auto const written_in =
                participant.preferred_language.empty() ? language : participant.preferred_language;

            report::TraineeshipAgreement agreement;
            agreement.centre = centre(unit);
            agreement.centre_signatory = actor.account.display_name;
            agreement.host = {host.name, address_of(host.street, host.postcode, host.commune),
                              host.enterprise_number};
            if (traineeship.tutor_contact_id != 0)
                if (auto const tutor = partners.contact(host.id, traineeship.tutor_contact_id)) {
                    agreement.tutor_name = tutor->name;
                    agreement.tutor_role = tutor->role;
                    agreement.tutor_contact = tutor->phone.empty() || tutor->email.empty()
                                                  ? tutor->phone + tutor->email
                                                  : tutor->phone + " · " + tutor->email;
                }
            agreement.trainee_name = participant.full_name();
            agreement.trainee_birth_date = participant.birth_date;
            agreement.track_name = track.name.in(written_in);
            agreement.cohort_name = cohort.name;
            if (traineeship.offer_id != 0)
                if (auto const offer =
                        unit.repository<store::OfferRepository>().find(org, traineeship.offer_id)) {
                    agreement.job_title = offer->title;
                    agreement.tasks = offer->description;
                    auto const place = address_of(offer->street, offer->postcode, offer->commune);
                    if (place != agreement.host.address)
                        agreement.place = place;
                }
            agreement.starts_on = traineeship.starts_on;
            agreement.ends_on = traineeship.ends_on;
            agreement.hours_per_week = traineeship.hours_per_week;
            agreement.signatures = traineeship.signatures;
            agreement.issued_on = unit.clock().today();
            unit.audit({"traineeship.agreement_printed", "traineeship", traineeship_id, {}});
            auto file_name = "agreement-" + cohort.name + "-" + participant.last_name + ".pdf";
            std::ranges::replace_if(
                file_name, [](char c) { return c == ' ' || c == '/' || c == '"'; }, '-');
            return TraineeshipAgreementData{std::move(agreement), written_in, std::move(file_name)};
        });
}

} // namespace tremplin::service

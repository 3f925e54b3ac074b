#pragma once

// The letter an admission round writes to each woman, in her language: admitted (the course and
// its start), waiting (her number on the list and why), or not admitted (why).

#include "domain/admission.hpp"
#include "domain/letter.hpp"
#include "service/unit_of_work.hpp"
#include "store/application_repository.hpp"
#include "store/cohort_repository.hpp"
#include "store/participant_repository.hpp"

namespace tremplin::service {

class AdmissionLetters {
  public:
    explicit AdmissionLetters(UnitOfWork& unit)
        : m_unit(unit), m_organisation_id(unit.organisation_id()),
          m_participants(unit.repository<store::ParticipantRepository>()),
          m_cohorts(unit.repository<store::CohortRepository>())
    {
    }

    // Puts her letter in the outbox, in the caller's unit of work.
    void queue(domain::AdmissionRound const& round, domain::AdmissionApplicant const& applicant,
               store::ApplicationSummary const& application);

  private:
    void describe_course(domain::Letter& letter, long long cohort_id);

    UnitOfWork& m_unit;
    long long m_organisation_id;
    store::ParticipantRepository m_participants;
    store::CohortRepository m_cohorts;
};

} // namespace tremplin::service

#pragma once

// The letter an admission round writes to each woman, in her language: admitted (the course and
// its start), waiting (her number on the list and why), or not admitted (why).

#include "domain/admission.hpp"
#include "domain/letter.hpp"
#include "service/clock.hpp"
#include "store/application_repository.hpp"
#include "store/cohort_repository.hpp"
#include "store/database.hpp"
#include "store/participant_repository.hpp"

namespace tremplin::service {

class AdmissionLetters {
  public:
    AdmissionLetters(store::Connection& connection, Clock const& clock, long long organisation_id)
        : m_connection(connection), m_clock(clock), m_organisation_id(organisation_id),
          m_participants(connection), m_cohorts(connection)
    {
    }

    // Puts her letter in the outbox, in the caller's transaction.
    void queue(domain::AdmissionRound const& round, domain::AdmissionApplicant const& applicant,
               store::ApplicationSummary const& application);

  private:
    void describe_course(domain::Letter& letter, long long cohort_id);

    store::Connection& m_connection;
    Clock const& m_clock;
    long long m_organisation_id;
    store::ParticipantRepository m_participants;
    store::CohortRepository m_cohorts;
};

} // namespace tremplin::service

#pragma once

// What every subcommand starts from: the database (migrated), the catalogues and the services.

#include "locale/catalogues.hpp"
#include "service/account_administration.hpp"
#include "service/account_service.hpp"
#include "service/audit_trail.hpp"
#include "service/clock.hpp"
#include "service/evaluation_service.hpp"
#include "service/offer_service.hpp"
#include "service/participant_service.hpp"
#include "service/partner_service.hpp"
#include "service/placement_round_service.hpp"
#include "service/recruitment.hpp"
#include "service/traineeship_service.hpp"
#include "service/training.hpp"
#include "store/database.hpp"

#include <memory>
#include <string>

namespace tremplin::cli {

struct RuntimeOptions {
    std::string database_url;
    std::size_t connections = 4;
    service::PasswordHashing password_hashing = service::PasswordHashing::Interactive;
};

class Runtime {
  public:
    // Opens and migrates the database; throws with a message fit for the terminal.
    explicit Runtime(RuntimeOptions const& options, service::Clock const* clock = nullptr);

    store::Database& database() { return *m_database; }
    locale::Catalogues const& catalogues() const { return m_catalogues; }
    service::Clock const& clock() const { return *m_clock; }
    service::AccountService& accounts() { return m_accounts; }
    service::ParticipantService& participants() { return m_participants; }
    service::AuditService& audit() { return m_audit; }
    service::AccountAdministration& administration() { return m_administration; }
    service::Training& training() { return m_training; }
    service::Recruitment& recruitment() { return m_recruitment; }
    service::PartnerService& partners() { return m_partners; }
    service::OfferService& offers() { return m_offers; }
    service::TraineeshipService& traineeships() { return m_traineeships; }
    service::EvaluationService& evaluations() { return m_evaluations; }
    service::PlacementRoundService& placement() { return m_placement; }

  private:
    service::SystemClock m_system_clock;
    service::Clock const* m_clock;
    std::unique_ptr<store::Database> m_database;
    locale::Catalogues m_catalogues;
    service::AccountService m_accounts;
    service::ParticipantService m_participants;
    service::AuditService m_audit;
    service::AccountAdministration m_administration;
    service::Training m_training;
    service::Recruitment m_recruitment;
    service::PartnerService m_partners;
    service::OfferService m_offers;
    service::TraineeshipService m_traineeships;
    service::EvaluationService m_evaluations;
    service::PlacementRoundService m_placement;
};

// The database URL from --db, else $TREMPLIN_DB, else sqlite:tremplin.db.
std::string database_url_from(std::string const& option);

} // namespace tremplin::cli

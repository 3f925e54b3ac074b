#pragma once

// Gathers what the centre's documents say (report/documents.hpp lays them out): a trainee's
// attestation of attendance, a traineeship's agreement, the monthly statement of hours, the
// attendance register of a cohort, and the cohort's timetable for phones.

#include "domain/date.hpp"
#include "report/documents.hpp"
#include "service/actor.hpp"
#include "service/clock.hpp"
#include "service/unit_of_work.hpp"
#include "store/database.hpp"

namespace tremplin::service {

// The format of an exported file, as its audit row names it.
enum class FileFormat { Xlsx, Csv };

struct AttestationData {
    report::Attestation attestation;
    std::string language; // hers: the attestation is written in it
    std::string file_name;
};

struct TraineeshipAgreementData {
    report::TraineeshipAgreement agreement;
    std::string language; // the trainee's: the agreement is written in it
    std::string file_name;
};

class DocumentService {
  public:
    DocumentService(store::Database& database, Clock const& clock) : m_units(database, clock) {}

    // Personal data: audited like a view of her record.
    domain::Result<AttestationData> attestation(Actor const& actor, long long enrolment_id,
                                                std::string const& language);
    // The tripartite agreement of a traineeship (traineeship_agreement.cpp), for those who read
    // partners; audited like the attestation, on the traineeship.
    domain::Result<TraineeshipAgreementData>
    traineeship_agreement(Actor const& actor, long long traineeship_id, std::string const& language);
    // The documents below are exports of the register: each is audited with what was asked (the
    // file's format, the cohort, the month) and how many rows it holds.
    domain::Result<report::MonthlyStatement> monthly_statement(Actor const& actor, long long cohort_id,
                                                               domain::YearMonth month, FileFormat format);
    domain::Result<report::AttendanceRegister> attendance_register(Actor const& actor, long long cohort_id,
                                                                   std::string const& language);
    // For the secret link: no account, the token is the key. `language` names the modules. Each
    // download is audited for the cohort's centre, naming no account.
    domain::Result<report::CalendarFeed> calendar(std::string const& token, std::string const& language,
                                                  std::string const& host);

  private:
    report::CentreDetails centre(UnitOfWork& unit);

    UnitsOfWork m_units;
};

} // namespace tremplin::service

#pragma once

// The documents the centre hands out or sends on: what goes into each one, already read from
// the store by the service; the writers below only lay it out. Labels come from the catalogue
// of the reader's language (the trainee's for her attestation, the staff member's otherwise).

#include "domain/attendance.hpp"
#include "domain/date.hpp"
#include "domain/traineeship.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tremplin::locale {
class Catalogue;
}

namespace tremplin::report {

struct CentreDetails {
    std::string name;
    std::string address; // one line per '\n'
    std::string phone;
    std::string email;
    std::string enterprise_number; // Belgian KBO/BCE number, e.g. "0123.456.789"
};

// Attestation of attendance: the hours she attended per module of her cohort.
struct AttestationModule {
    std::string name;
    long long planned_minutes = 0;
    long long attended_minutes = 0;
};

struct Attestation {
    CentreDetails centre;
    std::string trainee_name;
    std::optional<domain::Date> trainee_birth_date;
    std::string track_name;
    std::string cohort_name;
    domain::Date cohort_starts_on;
    domain::Date cohort_ends_on;
    std::vector<AttestationModule> modules;
    domain::Date issued_on;
    std::string signed_by; // the coordinator's name
};

// A4 PDF, fonts embedded (DejaVu Sans), in the catalogue's language.
std::string attestation_pdf(Attestation const& attestation, locale::Catalogue const& catalogue);

// The tripartite traineeship agreement between the centre, the host enterprise and the trainee
// (docs/domain.md "Traineeship record"), in the trainee's language, with who has signed.
struct HostDetails {
    std::string name;
    std::string address; // one line per '\n'
    std::string enterprise_number;
};

struct TraineeshipAgreement {
    CentreDetails centre;
    std::string centre_signatory; // who signs for the centre
    HostDetails host;
    std::string tutor_name;
    std::string tutor_role;
    std::string tutor_contact; // phone and e-mail, as one line
    std::string trainee_name;
    std::optional<domain::Date> trainee_birth_date;
    std::string track_name;
    std::string cohort_name;
    std::string job_title; // what she will do there, e.g. the offer's title
    std::string tasks;     // the offer's description; may be empty
    std::string place;     // where, when not the host's address
    domain::Date starts_on;
    domain::Date ends_on;
    int hours_per_week = 0;
    domain::AgreementSignatures signatures;
    domain::Date issued_on;
};

// A4 PDF, fonts embedded, in the catalogue's language.
std::string traineeship_agreement_pdf(TraineeshipAgreement const& agreement,
                                      locale::Catalogue const& catalogue);

// Monthly statement of hours attended per trainee: the basis of the training allowance, €2 per
// hour attended, paid by Bruxelles Formation
// (docs/domain.md "Training allowance and monthly statement").
struct StatementLine {
    std::string last_name;
    std::string first_name;
    std::string actiris_number;
    std::string cohort_name;
    // Minutes attended on each day of the month she was marked, in date order.
    std::vector<std::pair<domain::Date, long long>> minutes_by_day;
    long long minutes_attended = 0;
};

struct MonthlyStatement {
    CentreDetails centre;
    domain::YearMonth month;
    std::string title; // e.g. the cohort's or the funder's name
    std::vector<StatementLine> lines;
};

std::string monthly_statement_xlsx(MonthlyStatement const& statement, locale::Catalogue const& catalogue);
// RFC 4180: comma-separated, CRLF, UTF-8 with a byte order mark so spreadsheet programs read
// the accents; hours with a dot as decimal separator.
std::string monthly_statement_csv(MonthlyStatement const& statement, locale::Catalogue const& catalogue);

// Attendance register of a cohort: a row per trainee, a column per lesson held.
struct RegisterLesson {
    domain::Date day;
    int starts_at = 0; // minutes since midnight
    int ends_at = 0;
    std::string module_name;
    std::string trainer_name;
};

struct RegisterMark {
    domain::AttendanceMark mark = domain::AttendanceMark::Present;
    long long minutes_attended = 0;
    int late_minutes = 0;
};

struct RegisterRow {
    std::string trainee_name;
    // One per lesson, same order as AttendanceRegister::lessons; nothing: not marked (or
    // before her enrolment).
    std::vector<std::optional<RegisterMark>> marks;
};

struct AttendanceRegister {
    CentreDetails centre;
    std::string cohort_name;
    std::string track_name;
    std::vector<RegisterLesson> lessons;
    std::vector<RegisterRow> rows;
};

std::string attendance_register_xlsx(AttendanceRegister const& register_, locale::Catalogue const& catalogue);

// The cohort's schedule as an iCalendar feed (RFC 5545), for trainees' and trainers' phones.
struct CalendarEvent {
    std::string uid; // stable across edits, e.g. "lesson-42@<host>"
    domain::Date day;
    int starts_at = 0; // local time, Europe/Brussels
    int ends_at = 0;
    std::string summary;     // the module
    std::string location;    // place and room
    std::string description; // the trainer
    bool cancelled = false;
    int sequence = 0; // grows when the lesson is moved
};

struct CalendarFeed {
    std::string name;  // X-WR-CALNAME
    std::string stamp; // DTSTAMP, UTC, e.g. "20261124T120000Z"
    std::vector<CalendarEvent> events;
};

std::string icalendar(CalendarFeed const& feed);

} // namespace tremplin::report

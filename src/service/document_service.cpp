#include "service/document_service.hpp"

#include "service/cohort_scope.hpp"
#include "service/secrets.hpp"
#include "store/attendance_repository.hpp"
#include "store/cohort_repository.hpp"
#include "store/enrolment_repository.hpp"
#include "store/lesson_repository.hpp"
#include "store/organisation_repository.hpp"
#include "store/participant_repository.hpp"
#include "store/track_repository.hpp"

#include <algorithm>
#include <map>

namespace tremplin::service {

using domain::Error;
using domain::fail;
using domain::found;
using domain::Permission;
using domain::Result;

namespace {

// The documents copy the register out: those who read the register may have them. The unit is
// opened for those who read training, so that a trainer asking for a cohort she does not teach
// learns nothing of it ("not found", as for another centre's), and of her own cohorts is refused.
Result<void> may_copy_register(UnitOfWork& unit, long long cohort_id)
{
    TRY(CohortScope::of(unit).require(cohort_id));
    return unit.require(Permission::ViewParticipants);
}

} // namespace

report::CentreDetails DocumentService::centre(UnitOfWork& unit)
{
    auto const organisation = unit.repository<store::OrganisationRepository>().find(unit.organisation_id());
    if (!organisation)
        return {};
    return {organisation->name, organisation->address, organisation->phone, organisation->email,
            organisation->enterprise_number};
}

Result<AttestationData> DocumentService::attestation(Actor const& actor, long long enrolment_id,
                                                     std::string const& language)
{
    return m_units.write(actor, Permission::ViewTraining, [&](UnitOfWork& unit) -> Result<AttestationData> {
        auto const org = unit.organisation_id();
        auto const enrolment =
            TRY(found(unit.repository<store::EnrolmentRepository>().find(org, enrolment_id)));
        TRY(may_copy_register(unit, enrolment.cohort_id));
        auto const participant =
            unit.repository<store::ParticipantRepository>().find(org, enrolment.participant_id);
        auto const cohort = unit.repository<store::CohortRepository>().find(org, enrolment.cohort_id);
        auto tracks = unit.repository<store::TrackRepository>();
        auto const track = cohort ? tracks.find(org, cohort->track_id) : std::nullopt;
        auto const version = cohort ? tracks.version(org, cohort->track_version_id) : std::nullopt;
        if (!participant || !cohort || !track || !version)
            return fail(Error::not_found());
        auto const written_in =
            participant->preferred_language.empty() ? language : participant->preferred_language;

        std::map<std::string, long long> attended;
        for (auto const& [module_id, minutes] :
             unit.repository<store::AttendanceRepository>().minutes_by_module(enrolment_id))
            attended[module_id] = minutes;
        report::Attestation attestation;
        attestation.centre = centre(unit);
        attestation.trainee_name = participant->full_name();
        attestation.trainee_birth_date = participant->birth_date;
        attestation.track_name = track->name.in(written_in);
        attestation.cohort_name = cohort->name;
        attestation.cohort_starts_on = cohort->starts_on;
        attestation.cohort_ends_on = cohort->ends_on;
        for (auto const& module : version->modules) {
            auto const minutes = attended.find(std::to_string(module.id));
            attestation.modules.push_back({module.name.in(written_in), module.planned_minutes,
                                           minutes == attended.end() ? 0 : minutes->second});
        }
        attestation.issued_on = unit.clock().today();
        attestation.signed_by = actor.account.display_name;
        unit.audit({"participant.attestation_printed", "participant", participant->id,
                    std::to_string(enrolment_id)});
        auto file_name = "attestation-" + cohort->name + "-" + participant->last_name + ".pdf";
        std::ranges::replace_if(
            file_name, [](char c) { return c == ' ' || c == '/' || c == '"'; }, '-');
        return AttestationData{std::move(attestation), written_in, std::move(file_name)};
    });
}

Result<report::MonthlyStatement> DocumentService::monthly_statement(Actor const& actor, long long cohort_id,
                                                                    domain::YearMonth month,
                                                                    FileFormat format)
{
    return m_units.read(
        actor, Permission::ViewTraining, [&](UnitOfWork& unit) -> Result<report::MonthlyStatement> {
            auto const org = unit.organisation_id();
            TRY(may_copy_register(unit, cohort_id));
            auto const cohort = TRY(found(unit.repository<store::CohortRepository>().find(org, cohort_id)));
            auto const first = domain::Date::from_parts(month.year(), month.month(), 1).value();
            auto const next = month.month() == 12
                                  ? domain::Date::from_parts(month.year() + 1, 1, 1).value()
                                  : domain::Date::from_parts(month.year(), month.month() + 1, 1).value();
            auto const last = domain::Date::from_days_since_epoch(next.days_since_epoch() - 1);
            auto const days =
                unit.repository<store::AttendanceRepository>().minutes_by_day(org, cohort_id, first, last);

            report::MonthlyStatement statement{centre(unit), month, cohort.name, {}};
            auto participants = unit.repository<store::ParticipantRepository>();
            for (auto const& view : unit.repository<store::EnrolmentRepository>().of_cohort(org, cohort_id)) {
                auto const participant = participants.find(org, view.enrolment.participant_id);
                report::StatementLine line{view.last_name,
                                           view.first_name,
                                           participant ? participant->actiris_number : "",
                                           cohort.name,
                                           {},
                                           0};
                for (auto const& day : days)
                    if (day.participant_id == view.enrolment.participant_id) {
                        line.minutes_by_day.emplace_back(day.day, day.minutes);
                        line.minutes_attended += day.minutes;
                    }
                if (!line.minutes_by_day.empty())
                    statement.lines.push_back(std::move(line));
            }
            unit.audit({"cohort.statement_exported", "cohort", cohort_id,
                        audit_detail({{"format", format == FileFormat::Csv ? "csv" : "xlsx"},
                                      {"month", month.iso()},
                                      {"rows", std::to_string(statement.lines.size())}})});
            return statement;
        });
}

Result<report::AttendanceRegister>
DocumentService::attendance_register(Actor const& actor, long long cohort_id, std::string const& language)
{
    return m_units.read(
        actor, Permission::ViewTraining, [&](UnitOfWork& unit) -> Result<report::AttendanceRegister> {
            auto const org = unit.organisation_id();
            TRY(may_copy_register(unit, cohort_id));
            auto const cohort = TRY(found(unit.repository<store::CohortRepository>().find(org, cohort_id)));
            auto const track = unit.repository<store::TrackRepository>().find(org, cohort.track_id);
            report::AttendanceRegister result{
                centre(unit), cohort.name, track ? track->name.in(language) : "", {}, {}};
            std::vector<long long> held;
            for (auto const& view : unit.repository<store::LessonRepository>().of_cohort(org, cohort_id)) {
                if (!view.sheet_taken)
                    continue;
                held.push_back(view.lesson.id);
                result.lessons.push_back({view.lesson.day, view.lesson.starts_at, view.lesson.ends_at,
                                          view.module_name.in(language), view.trainer_name});
            }
            auto const enrolments = unit.repository<store::EnrolmentRepository>().of_cohort(org, cohort_id);
            std::map<long long, std::size_t> row_of;
            for (auto const& view : enrolments) {
                row_of[view.enrolment.id] = result.rows.size();
                result.rows.push_back({view.last_name + " " + view.first_name,
                                       std::vector<std::optional<report::RegisterMark>>(held.size())});
            }
            std::map<long long, std::size_t> column_of;
            for (std::size_t column = 0; column < held.size(); ++column)
                column_of[held[column]] = column;
            for (auto const& recorded :
                 unit.repository<store::AttendanceRepository>().marks_of_cohort(cohort_id))
                if (row_of.contains(recorded.enrolment_id) && column_of.contains(recorded.lesson_id))
                    result.rows[row_of[recorded.enrolment_id]].marks[column_of[recorded.lesson_id]] =
                        report::RegisterMark{recorded.mark, recorded.minutes_attended, recorded.late_minutes};
            unit.audit({"cohort.register_exported", "cohort", cohort_id,
                        audit_detail({{"format", "xlsx"},
                                      {"rows", std::to_string(result.rows.size())},
                                      {"lessons", std::to_string(result.lessons.size())}})});
            return result;
        });
}

Result<report::CalendarFeed> DocumentService::calendar(std::string const& token, std::string const& language,
                                                       std::string const& host)
{
    if (token.size() < 32)
        return fail(Error::not_found());
    // No account: the token is the key, and names its cohort whatever the centre.
    return m_units.read(NoActor{}, [&](UnitOfWork& unit) -> Result<report::CalendarFeed> {
        auto const hash = token_hash(token);
        auto const cohort =
            TRY(found(unit.repository<store::CohortRepository>().find_by_calendar_token_hash(hash)));
        // A link made, for a cohort not long over (docs/design.md "Calendar links").
        if (!same_secret(cohort.calendar_token_hash, hash) || !cohort.calendar_link_made_at ||
            !domain::calendar_link_open(cohort, unit.clock().today()))
            return fail(Error::not_found());
        report::CalendarFeed feed;
        feed.name = cohort.name;
        auto const now = unit.clock().now_iso(); // 2026-11-24T12:00:00Z
        for (char c : now)
            if (c != '-' && c != ':')
                feed.stamp += c;
        for (auto const& view :
             unit.repository<store::LessonRepository>().of_cohort(cohort.organisation_id, cohort.id)) {
            auto const& lesson = view.lesson;
            feed.events.push_back({"lesson-" + std::to_string(lesson.id) + "@" + host, lesson.day,
                                   lesson.starts_at, lesson.ends_at, view.module_name.in(language),
                                   cohort.place.empty() ? lesson.room : cohort.place + ", " + lesson.room,
                                   view.trainer_name, lesson.status == domain::LessonStatus::Cancelled,
                                   view.sequence});
        }
        NoActor const centre_of_cohort{cohort.organisation_id};
        unit.audit(centre_of_cohort,
                   {"cohort.timetable_downloaded", "cohort", cohort.id,
                    audit_detail({{"format", "ics"}, {"lessons", std::to_string(feed.events.size())}})});
        return feed;
    });
}

} // namespace tremplin::service

#include "service/document_service.hpp"

#include "service/audit_trail.hpp"
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
using domain::Permission;

report::CentreDetails DocumentService::centre(store::Connection& connection, long long organisation_id)
{
    auto const organisation = store::OrganisationRepository(connection).find(organisation_id);
    if (!organisation)
        return {};
    return {organisation->name, organisation->address, organisation->phone, organisation->email,
            organisation->enterprise_number};
}

domain::Result<AttestationData> DocumentService::attestation(Actor const& actor, long long enrolment_id,
                                                             std::string const& language)
{
    if (!actor.can(Permission::ViewParticipants))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    store::Transaction transaction(connection, store::Transaction::Mode::Write);
    auto const org = actor.organisation_id();
    auto const enrolment = store::EnrolmentRepository(connection).find(org, enrolment_id);
    if (!enrolment)
        return fail(Error::not_found());
    auto const participant = store::ParticipantRepository(connection).find(org, enrolment->participant_id);
    auto const cohort = store::CohortRepository(connection).find(org, enrolment->cohort_id);
    store::TrackRepository tracks(connection);
    auto const track = cohort ? tracks.find(org, cohort->track_id) : std::nullopt;
    auto const version = cohort ? tracks.version(org, cohort->track_version_id) : std::nullopt;
    if (!participant || !cohort || !track || !version)
        return fail(Error::not_found());
    auto const written_in =
        participant->preferred_language.empty() ? language : participant->preferred_language;

    std::map<std::string, long long> attended;
    for (auto const& [module_id, minutes] :
         store::AttendanceRepository(connection).minutes_by_module(enrolment_id))
        attended[module_id] = minutes;
    report::Attestation attestation;
    attestation.centre = centre(connection, org);
    attestation.trainee_name = participant->full_name();
    attestation.trainee_birth_date = participant->birth_date;
    attestation.track_name = track->name.in(written_in);
    attestation.cohort_name = cohort->name;
    attestation.cohort_starts_on = cohort->starts_on;
    attestation.cohort_ends_on = cohort->ends_on;
    for (auto const& module : version->modules) {
        auto const found = attended.find(std::to_string(module.id));
        attestation.modules.push_back({module.name.in(written_in), module.planned_minutes,
                                       found == attended.end() ? 0 : found->second});
    }
    attestation.issued_on = m_clock.today();
    attestation.signed_by = actor.account.display_name;
    record_audit(
        connection, m_clock, actor,
        {"participant.attestation_printed", "participant", participant->id, std::to_string(enrolment_id)});
    transaction.commit();
    auto file_name = "attestation-" + cohort->name + "-" + participant->last_name + ".pdf";
    std::ranges::replace_if(
        file_name, [](char c) { return c == ' ' || c == '/' || c == '"'; }, '-');
    return AttestationData{std::move(attestation), written_in, std::move(file_name)};
}

domain::Result<report::MonthlyStatement>
DocumentService::monthly_statement(Actor const& actor, long long cohort_id, domain::YearMonth month)
{
    if (!actor.can(Permission::ViewParticipants))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    auto const org = actor.organisation_id();
    auto const cohort = store::CohortRepository(connection).find(org, cohort_id);
    if (!cohort)
        return fail(Error::not_found());
    auto const first = domain::Date::from_parts(month.year(), month.month(), 1).value();
    auto const next = month.month() == 12
                          ? domain::Date::from_parts(month.year() + 1, 1, 1).value()
                          : domain::Date::from_parts(month.year(), month.month() + 1, 1).value();
    auto const last = domain::Date::from_days_since_epoch(next.days_since_epoch() - 1);
    auto const days = store::AttendanceRepository(connection).minutes_by_day(org, cohort_id, first, last);

    report::MonthlyStatement statement{centre(connection, org), month, cohort->name, {}};
    store::ParticipantRepository participants(connection);
    for (auto const& view : store::EnrolmentRepository(connection).of_cohort(org, cohort_id)) {
        auto const participant = participants.find(org, view.enrolment.participant_id);
        report::StatementLine line{view.last_name,
                                   view.first_name,
                                   participant ? participant->actiris_number : "",
                                   cohort->name,
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
    return statement;
}

domain::Result<report::AttendanceRegister>
DocumentService::attendance_register(Actor const& actor, long long cohort_id, std::string const& language)
{
    if (!actor.can(Permission::ViewParticipants))
        return fail(Error::forbidden());
    auto connection = m_database.connect();
    auto const org = actor.organisation_id();
    auto const cohort = store::CohortRepository(connection).find(org, cohort_id);
    if (!cohort)
        return fail(Error::not_found());
    auto const track = store::TrackRepository(connection).find(org, cohort->track_id);
    report::AttendanceRegister result{
        centre(connection, org), cohort->name, track ? track->name.in(language) : "", {}, {}};
    std::vector<long long> held;
    for (auto const& view : store::LessonRepository(connection).of_cohort(org, cohort_id)) {
        if (!view.sheet_taken)
            continue;
        held.push_back(view.lesson.id);
        result.lessons.push_back({view.lesson.day, view.lesson.starts_at, view.lesson.ends_at,
                                  view.module_name.in(language), view.trainer_name});
    }
    store::AttendanceRepository attendance(connection);
    auto const enrolments = store::EnrolmentRepository(connection).of_cohort(org, cohort_id);
    std::map<long long, std::size_t> row_of;
    for (auto const& view : enrolments) {
        row_of[view.enrolment.id] = result.rows.size();
        result.rows.push_back({view.last_name + " " + view.first_name,
                               std::vector<std::optional<report::RegisterMark>>(held.size())});
    }
    std::map<long long, std::size_t> column_of;
    for (std::size_t column = 0; column < held.size(); ++column)
        column_of[held[column]] = column;
    for (auto const& recorded : attendance.marks_of_cohort(cohort_id))
        if (row_of.contains(recorded.enrolment_id) && column_of.contains(recorded.lesson_id))
            result.rows[row_of[recorded.enrolment_id]].marks[column_of[recorded.lesson_id]] =
                report::RegisterMark{recorded.mark, recorded.minutes_attended, recorded.late_minutes};
    return result;
}

domain::Result<report::CalendarFeed>
DocumentService::calendar(std::string const& token, std::string const& language, std::string const& host)
{
    if (token.size() < 32)
        return fail(Error::not_found());
    auto connection = m_database.connect();
    auto const cohort = store::CohortRepository(connection).find_by_calendar_token(token);
    if (!cohort || !same_secret(cohort->calendar_token, token))
        return fail(Error::not_found());
    report::CalendarFeed feed;
    feed.name = cohort->name;
    auto const now = m_clock.now_iso(); // 2026-11-24T12:00:00Z
    for (char c : now)
        if (c != '-' && c != ':')
            feed.stamp += c;
    for (auto const& view :
         store::LessonRepository(connection).of_cohort(cohort->organisation_id, cohort->id)) {
        auto const& lesson = view.lesson;
        feed.events.push_back({"lesson-" + std::to_string(lesson.id) + "@" + host, lesson.day,
                               lesson.starts_at, lesson.ends_at, view.module_name.in(language),
                               cohort->place.empty() ? lesson.room : cohort->place + ", " + lesson.room,
                               view.trainer_name, lesson.status == domain::LessonStatus::Cancelled,
                               view.sequence});
    }
    return feed;
}

} // namespace tremplin::service

#include "store/attendance_repository.hpp"

#include "store/query.hpp"

namespace tremplin::store {

namespace {

// `query` is a temporary's reference: it lives until the end of the caller's statement.
std::vector<MinutesBy> read_minutes_by(Query& query)
{
    return query.rows<MinutesBy>([](Row const& row) {
        return MinutesBy{row.text("label"), row.integer("minutes")};
    });
}

} // namespace

std::vector<SheetRow> AttendanceRepository::sheet(long long organisation_id, long long cohort_id,
                                                  long long lesson_id, domain::Date day)
{
    return Query(m_connection,
                 "SELECT e.id, e.participant_id, p.first_name, p.last_name, a.mark, a.late_minutes, "
                 "a.minutes_attended FROM enrolments e JOIN participants p ON p.id = e.participant_id "
                 "LEFT JOIN attendance a ON a.lesson_id = :lesson AND a.enrolment_id = e.id "
                 "WHERE e.organisation_id = :organisation AND e.cohort_id = :cohort AND (a.lesson_id IS NOT "
                 "NULL OR "
                 "(e.enrolled_on <= :day AND (e.stage IN ('enrolled', 'active') OR e.stage_changed_on > "
                 ":day))) "
                 "ORDER BY p.sort_key, p.id")
        .bind("lesson", lesson_id)
        .bind("organisation", organisation_id)
        .bind("cohort", cohort_id)
        .bind("day", day.iso())
        .rows<SheetRow>([](Row const& row) {
            return SheetRow{row.integer("id"),
                            row.integer("participant_id"),
                            row.text("first_name"),
                            row.text("last_name"),
                            domain::from_code<domain::AttendanceMark>(row.text("mark")),
                            static_cast<int>(row.integer("late_minutes")),
                            static_cast<int>(row.integer("minutes_attended"))};
        });
}

void AttendanceRepository::replace_sheet(long long organisation_id, long long cohort_id, long long lesson_id,
                                         domain::Date day, std::vector<AttendanceRow> const& rows,
                                         long long recorded_by, std::string const& now)
{
    Query(m_connection, "DELETE FROM attendance WHERE lesson_id = :lesson").bind("lesson", lesson_id).run();
    for (auto const& row : rows) {
        Query(m_connection,
              "INSERT INTO attendance (organisation_id, lesson_id, enrolment_id, cohort_id, participant_id, "
              "lesson_day, mark, late_minutes, minutes_attended, recorded_at, recorded_by) VALUES "
              "(:organisation, "
              ":lesson, :enrolment, :cohort, :participant, :day, :mark, :late, :minutes, :now, :by)")
            .bind("organisation", organisation_id)
            .bind("lesson", lesson_id)
            .bind("enrolment", row.entry.enrolment_id)
            .bind("cohort", cohort_id)
            .bind("participant", row.participant_id)
            .bind("day", day.iso())
            .bind("mark", std::string(domain::code_of(row.entry.mark)))
            .bind("late", row.entry.mark == domain::AttendanceMark::Late ? row.entry.late_minutes : 0)
            .bind("minutes", row.minutes_attended)
            .bind("now", now)
            .bind("by", recorded_by ? std::optional(recorded_by) : std::nullopt)
            .run();
    }
}

std::vector<RecordedMark> AttendanceRepository::marks_of_cohort(long long cohort_id)
{
    return Query(m_connection, "SELECT lesson_id, enrolment_id, mark, late_minutes, minutes_attended "
                               "FROM attendance WHERE cohort_id = :cohort")
        .bind("cohort", cohort_id)
        .rows<RecordedMark>([](Row const& row) {
            return RecordedMark{
                row.integer("lesson_id"), row.integer("enrolment_id"),
                choice_at<domain::AttendanceMark>(row, "mark").value_or(domain::AttendanceMark::Unexcused),
                static_cast<int>(row.integer("late_minutes")),
                static_cast<int>(row.integer("minutes_attended"))};
        });
}

std::vector<domain::AttendanceRecord> AttendanceRepository::records(long long cohort_id)
{
    std::vector<domain::AttendanceRecord> records;
    Query(m_connection,
          "SELECT a.enrolment_id, a.mark, a.minutes_attended, l.ends_at - l.starts_at AS minutes_held "
          "FROM attendance a JOIN lessons l ON l.id = a.lesson_id WHERE a.cohort_id = :cohort "
          "ORDER BY a.enrolment_id, a.lesson_day, l.starts_at, l.id")
        .bind("cohort", cohort_id)
        .for_each_row([&](Row const& row) {
            auto const enrolment_id = row.integer("enrolment_id");
            if (records.empty() || records.back().enrolment_id != enrolment_id)
                records.push_back({enrolment_id, {}, 0, 0});
            auto& record = records.back();
            record.marks.push_back(domain::from_code<domain::AttendanceMark>(row.text("mark"))
                                       .value_or(domain::AttendanceMark::Unexcused));
            record.minutes_attended += row.integer("minutes_attended");
            record.minutes_held += row.integer("minutes_held");
        });
    return records;
}

std::map<long long, long long> AttendanceRepository::minutes_by_enrolment(long long cohort_id)
{
    std::map<long long, long long> minutes;
    Query(m_connection, "SELECT enrolment_id, SUM(minutes_attended) AS minutes_attended FROM attendance "
                        "WHERE cohort_id = :cohort GROUP BY enrolment_id")
        .bind("cohort", cohort_id)
        .for_each_row(
            [&](Row const& row) { minutes[row.integer("enrolment_id")] = row.integer("minutes_attended"); });
    return minutes;
}

long long AttendanceRepository::minutes_of_cohort(long long cohort_id)
{
    return Query(m_connection,
                 "SELECT COALESCE(SUM(minutes_attended), 0) FROM attendance WHERE cohort_id = :cohort")
        .bind("cohort", cohort_id)
        .scalar();
}

long long AttendanceRepository::minutes_of_centre(long long organisation_id, domain::Date from,
                                                  domain::Date to)
{
    return Query(m_connection,
                 "SELECT COALESCE(SUM(minutes_attended), 0) FROM attendance "
                 "WHERE organisation_id = :organisation AND lesson_day >= :from AND lesson_day <= :to")
        .bind("organisation", organisation_id)
        .bind("from", from.iso())
        .bind("to", to.iso())
        .scalar();
}

// Sums per cohort first (one index range), then joins the few cohorts to their track or funder.
std::vector<MinutesBy> AttendanceRepository::minutes_by_track(long long organisation_id, domain::Date from,
                                                              domain::Date to)
{
    return read_minutes_by((
        Query(
            m_connection,
            "SELECT t.code AS label, SUM(s.minutes) AS minutes FROM (SELECT cohort_id, SUM(minutes_attended) "
            "AS minutes FROM attendance WHERE organisation_id = :organisation AND "
            "lesson_day >= :from AND lesson_day <= :to GROUP BY cohort_id) s "
            "JOIN cohorts c ON c.id = s.cohort_id JOIN tracks t ON t.id = c.track_id "
            "GROUP BY t.code ORDER BY t.code")
            .bind("organisation", organisation_id)
            .bind("from", from.iso())
            .bind("to", to.iso())));
}

std::vector<MinutesBy> AttendanceRepository::minutes_by_funder(long long organisation_id, domain::Date from,
                                                               domain::Date to)
{
    return read_minutes_by(
        (Query(m_connection,
               "SELECT c.funder AS label, SUM(s.minutes) AS minutes FROM (SELECT cohort_id, "
               "SUM(minutes_attended) AS minutes FROM attendance WHERE organisation_id = :organisation AND "
               "lesson_day >= :from AND lesson_day <= :to GROUP BY cohort_id) s "
               "JOIN cohorts c ON c.id = s.cohort_id GROUP BY c.funder ORDER BY c.funder")
             .bind("organisation", organisation_id)
             .bind("from", from.iso())
             .bind("to", to.iso())));
}

std::vector<MinutesBy> AttendanceRepository::minutes_by_module(long long enrolment_id)
{
    return read_minutes_by(
        (Query(m_connection, "SELECT l.module_id AS label, SUM(a.minutes_attended) AS minutes FROM "
                             "attendance a JOIN lessons l ON l.id = a.lesson_id WHERE a.enrolment_id = "
                             ":enrolment GROUP BY l.module_id")
             .bind("enrolment", enrolment_id)));
}

std::vector<DayMinutes> AttendanceRepository::minutes_by_day(long long organisation_id, long long cohort_id,
                                                             domain::Date from, domain::Date to)
{
    return Query(m_connection,
                 "SELECT participant_id, lesson_day, SUM(minutes_attended) AS minutes FROM attendance "
                 "WHERE organisation_id = :organisation AND lesson_day >= :from AND lesson_day <= :to "
                 "AND (:cohort = 0 OR cohort_id = :cohort) GROUP BY participant_id, lesson_day "
                 "ORDER BY participant_id, lesson_day")
        .bind("organisation", organisation_id)
        .bind("from", from.iso())
        .bind("to", to.iso())
        .bind("cohort", cohort_id)
        .rows<DayMinutes>([](Row const& row) {
            return DayMinutes{row.integer("participant_id"), row.date("lesson_day"), row.integer("minutes")};
        });
}

} // namespace tremplin::store

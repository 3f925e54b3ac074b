#include "store/lesson_repository.hpp"

#include "store/query.hpp"

namespace tremplin::store {

namespace {

constexpr auto lesson_columns =
    "l.id, l.organisation_id, l.cohort_id, l.module_id, l.trainer_id, l.room, l.day, l.starts_at, l.ends_at, "
    "l.status";

domain::Lesson read_lesson(Row const& row)
{
    domain::Lesson lesson;
    lesson.id = row.integer("id");
    lesson.organisation_id = row.integer("organisation_id");
    lesson.cohort_id = row.integer("cohort_id");
    lesson.module_id = row.integer("module_id");
    lesson.trainer_id = row.integer("trainer_id");
    lesson.room = row.text("room");
    lesson.day = row.date("day");
    lesson.starts_at = static_cast<int>(row.integer("starts_at"));
    lesson.ends_at = static_cast<int>(row.integer("ends_at"));
    lesson.status =
        domain::from_code<domain::LessonStatus>(row.text("status")).value_or(domain::LessonStatus::Planned);
    return lesson;
}

// The view's joins, after lesson_columns.
constexpr auto view_sql =
    ", c.name, m.name_fr, m.name_nl, m.name_en, COALESCE(t.name, '') AS trainer_name, l.sequence, "
    "CASE WHEN EXISTS (SELECT 1 FROM attendance a WHERE a.lesson_id = l.id) THEN 1 ELSE 0 END "
    "AS has_attendance FROM lessons l "
    "JOIN cohorts c ON c.id = l.cohort_id JOIN modules m ON m.id = l.module_id "
    "LEFT JOIN trainers t ON t.id = l.trainer_id ";

LessonView read_view(Row const& row)
{
    return {read_lesson(row),
            row.text("name"),
            {row.text("name_fr"), row.text("name_nl"), row.text("name_en")},
            row.text("trainer_name"),
            static_cast<int>(row.integer("sequence")),
            row.boolean("has_attendance")};
}

Query& bind_lesson(Query& query, domain::Lesson const& lesson, std::string const& room_key)
{
    return query.bind("organisation", lesson.organisation_id)
        .bind("module", lesson.module_id)
        .bind("trainer", id_or_null(lesson.trainer_id))
        .bind("room", lesson.room)
        .bind("room_key", room_key)
        .bind("day", lesson.day.iso())
        .bind("starts_at", lesson.starts_at)
        .bind("ends_at", lesson.ends_at)
        .bind("status", std::string(domain::code_of(lesson.status)));
}

} // namespace

long long LessonRepository::insert(domain::Lesson const& lesson, std::string const& room_key,
                                   std::string const& now)
{
    Query query(m_connection,
                "INSERT INTO lessons (organisation_id, cohort_id, module_id, trainer_id, room, room_key, "
                "day, starts_at, ends_at, status, updated_at) VALUES (:organisation, :cohort, :module, "
                ":trainer, :room, :room_key, :day, :starts_at, :ends_at, :status, :now) RETURNING id");
    return bind_lesson(query, lesson, room_key).bind("cohort", lesson.cohort_id).bind("now", now).scalar();
}

void LessonRepository::update(domain::Lesson const& lesson, std::string const& room_key,
                              std::string const& now)
{
    Query query(
        m_connection,
        "UPDATE lessons SET module_id = :module, trainer_id = :trainer, room = :room, room_key = :room_key, "
        "day = :day, starts_at = :starts_at, ends_at = :ends_at, status = :status, sequence = sequence + 1, "
        "updated_at = :now WHERE organisation_id = :organisation AND id = :id");
    bind_lesson(query, lesson, room_key).bind("now", now).bind("id", lesson.id).run();
    // The attendance rows carry the lesson's day for the yearly sums.
    Query(m_connection, "UPDATE attendance SET lesson_day = :day WHERE lesson_id = :id")
        .bind("day", lesson.day.iso())
        .bind("id", lesson.id)
        .run();
}

std::optional<domain::Lesson> LessonRepository::find(long long organisation_id, long long id)
{
    static auto const sql = std::string("SELECT ") + lesson_columns +
                            " FROM lessons l WHERE l.organisation_id = :organisation AND l.id = :id";
    return Query(m_connection, sql)
        .bind("organisation", organisation_id)
        .bind("id", id)
        .first_row<domain::Lesson>(read_lesson);
}

std::optional<LessonView> LessonRepository::view(long long organisation_id, long long id)
{
    static auto const sql = std::string("SELECT ") + lesson_columns + view_sql +
                            "WHERE l.organisation_id = :organisation AND l.id = :id";
    return Query(m_connection, sql)
        .bind("organisation", organisation_id)
        .bind("id", id)
        .first_row<LessonView>(read_view);
}

std::vector<LessonView> LessonRepository::of_cohort(long long organisation_id, long long cohort_id)
{
    static auto const sql = std::string("SELECT ") + lesson_columns + view_sql +
                            "WHERE l.organisation_id = :organisation AND l.cohort_id = :cohort "
                            "ORDER BY l.day, l.starts_at, l.id";
    return Query(m_connection, sql)
        .bind("organisation", organisation_id)
        .bind("cohort", cohort_id)
        .rows<LessonView>(read_view);
}

std::vector<LessonView> LessonRepository::on_day(long long organisation_id, domain::Date day,
                                                 std::optional<long long> trainer_id)
{
    static auto const sql =
        std::string("SELECT ") + lesson_columns + view_sql +
        "WHERE l.organisation_id = :organisation AND l.day = :day "
        "AND (:trainer = 0 OR l.trainer_id = :trainer) ORDER BY l.starts_at, c.name, l.id";
    return Query(m_connection, sql)
        .bind("organisation", organisation_id)
        .bind("day", day.iso())
        .bind("trainer", trainer_id.value_or(0))
        .rows<LessonView>(read_view);
}

std::vector<BookingClash> LessonRepository::clashes(domain::Lesson const& lesson, std::string const& room_key)
{
    return Query(m_connection,
                 "SELECT l.id AS lesson_id, c.name AS cohort_name, l.day, l.starts_at, l.ends_at, "
                 "CASE WHEN l.trainer_id = :trainer THEN 1 ELSE 0 END AS same_trainer FROM lessons l "
                 "JOIN cohorts c ON c.id = l.cohort_id WHERE l.organisation_id = :organisation "
                 "AND l.day = :day "
                 "AND l.status = 'planned' AND l.id <> :id AND l.starts_at < :ends_at AND "
                 "l.ends_at > :starts_at "
                 "AND ((:trainer <> 0 AND l.trainer_id = :trainer) OR (:room_key <> '' AND "
                 "l.room_key = :room_key)) "
                 "ORDER BY l.starts_at")
        .bind("organisation", lesson.organisation_id)
        .bind("day", lesson.day.iso())
        .bind("id", lesson.id)
        .bind("starts_at", lesson.starts_at)
        .bind("ends_at", lesson.ends_at)
        .bind("trainer", lesson.trainer_id)
        .bind("room_key", room_key)
        .rows<BookingClash>([](Row const& row) {
            return BookingClash{row.integer("lesson_id"),
                                row.text("cohort_name"),
                                row.date("day"),
                                static_cast<int>(row.integer("starts_at")),
                                static_cast<int>(row.integer("ends_at")),
                                row.boolean("same_trainer")};
        });
}

std::vector<TeachingMinutes> LessonRepository::teaching_by_track(long long organisation_id, domain::Date from,
                                                                 domain::Date to)
{
    return Query(m_connection,
                 "SELECT tr.code AS track_code, t.gender, SUM(l.ends_at - l.starts_at) AS minutes "
                 "FROM lessons l "
                 "JOIN trainers t ON t.id = l.trainer_id JOIN cohorts c ON c.id = l.cohort_id "
                 "JOIN tracks tr ON tr.id = c.track_id WHERE l.organisation_id = :organisation "
                 "AND l.day >= :from AND l.day <= :to AND l.status = 'planned' "
                 "GROUP BY tr.code, t.gender ORDER BY tr.code, t.gender")
        .bind("organisation", organisation_id)
        .bind("from", from.iso())
        .bind("to", to.iso())
        .rows<TeachingMinutes>([](Row const& row) {
            return TeachingMinutes{row.text("track_code"), row.text("gender"), row.integer("minutes")};
        });
}

std::vector<long long> LessonRepository::cohorts_taught_by(long long organisation_id, long long trainer_id)
{
    return Query(m_connection, "SELECT DISTINCT cohort_id FROM lessons WHERE organisation_id = :organisation "
                               "AND trainer_id = :trainer ORDER BY cohort_id")
        .bind("organisation", organisation_id)
        .bind("trainer", trainer_id)
        .rows<long long>([](Row const& row) { return row.integer("cohort_id"); });
}

domain::TeachingParity LessonRepository::teaching_parity_of_cohort(long long cohort_id, domain::Date up_to)
{
    domain::TeachingParity parity;
    Query(m_connection,
          "SELECT t.gender, SUM(l.ends_at - l.starts_at) AS minutes FROM lessons l JOIN trainers t ON t.id = "
          "l.trainer_id WHERE l.cohort_id = :cohort AND l.day <= :day AND l.status = 'planned' "
          "GROUP BY t.gender")
        .bind("cohort", cohort_id)
        .bind("day", up_to.iso())
        .for_each_row([&](Row const& row) {
            parity.minutes_in_all += row.integer("minutes");
            if (row.text("gender") == domain::code_of(domain::Gender::Woman))
                parity.minutes_by_women += row.integer("minutes");
        });
    return parity;
}

} // namespace tremplin::store

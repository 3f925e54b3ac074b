#include "store/cohort_repository.hpp"

#include "store/query.hpp"

namespace tremplin::store {

namespace {

constexpr auto cohort_columns =
    "c.id, c.organisation_id, c.track_id, c.track_version_id, c.name, c.starts_on, c.ends_on, c.capacity, "
    "c.place, c.room, c.funder, c.funding_programme, c.agreement_number, c.coordinator_id, "
    "c.calendar_token_hash, c.calendar_link_made_at, c.traineeship_starts_on, c.traineeship_ends_on, "
    "c.funding_partner_id";

domain::Cohort read_cohort(Row const& row)
{
    domain::Cohort cohort;
    cohort.id = row.integer("id");
    cohort.organisation_id = row.integer("organisation_id");
    cohort.track_id = row.integer("track_id");
    cohort.track_version_id = row.integer("track_version_id");
    cohort.name = row.text("name");
    cohort.starts_on = row.date("starts_on");
    cohort.ends_on = row.date("ends_on");
    cohort.capacity = static_cast<int>(row.integer("capacity"));
    cohort.place = row.text("place");
    cohort.room = row.text("room");
    cohort.funding = {row.text("funder"), row.text("funding_programme"), row.text("agreement_number"),
                      row.integer("funding_partner_id")};
    if (!row.is_null("traineeship_starts_on"))
        cohort.traineeship =
            domain::TraineeshipPeriod{row.date("traineeship_starts_on"), row.date("traineeship_ends_on")};
    cohort.coordinator_id = row.integer("coordinator_id");
    cohort.calendar_token_hash = row.text("calendar_token_hash");
    cohort.calendar_link_made_at = row.optional_text("calendar_link_made_at");
    return cohort;
}

std::optional<std::string> traineeship_day(domain::Cohort const& cohort,
                                           domain::Date domain::TraineeshipPeriod::*day)
{
    return cohort.traineeship ? std::optional(((*cohort.traineeship).*day).iso()) : std::nullopt;
}

Query& bind_cohort(Query& query, domain::Cohort const& cohort)
{
    return query.bind("organisation", cohort.organisation_id)
        .bind("name", cohort.name)
        .bind("starts_on", cohort.starts_on.iso())
        .bind("ends_on", cohort.ends_on.iso())
        .bind("capacity", cohort.capacity)
        .bind("place", cohort.place)
        .bind("room", cohort.room)
        .bind("funder", cohort.funding.funder)
        .bind("programme", cohort.funding.programme)
        .bind("agreement", cohort.funding.agreement_number)
        .bind("funding_partner", id_or_null(cohort.funding.partner_id))
        .bind("traineeship_starts_on", traineeship_day(cohort, &domain::TraineeshipPeriod::starts_on))
        .bind("traineeship_ends_on", traineeship_day(cohort, &domain::TraineeshipPeriod::ends_on))
        .bind("coordinator", id_or_null(cohort.coordinator_id));
}

constexpr auto seats_taken_sql = "(SELECT COUNT(*) FROM enrolments e WHERE e.cohort_id = c.id "
                                 "AND e.stage IN ('enrolled', 'active')) AS seats_taken";

} // namespace

long long CohortRepository::insert(domain::Cohort const& cohort, std::string const& now)
{
    Query query(m_connection,
                "INSERT INTO cohorts (organisation_id, track_id, track_version_id, name, starts_on, ends_on, "
                "capacity, place, room, funder, funding_programme, agreement_number, funding_partner_id, "
                "traineeship_starts_on, traineeship_ends_on, coordinator_id, calendar_token_hash, "
                "calendar_link_made_at, created_at, updated_at) VALUES (:organisation, :track, :version, "
                ":name, :starts_on, :ends_on, "
                ":capacity, :place, :room, :funder, :programme, :agreement, :funding_partner, "
                ":traineeship_starts_on, :traineeship_ends_on, :coordinator, :token, :made_at, "
                ":now, :now) "
                "RETURNING id");
    return bind_cohort(query, cohort)
        .bind("track", cohort.track_id)
        .bind("version", cohort.track_version_id)
        .bind("token", cohort.calendar_token_hash)
        .bind("made_at", cohort.calendar_link_made_at)
        .bind("now", now)
        .scalar();
}

void CohortRepository::update(domain::Cohort const& cohort, std::string const& now)
{
    Query query(
        m_connection,
        "UPDATE cohorts SET name = :name, starts_on = :starts_on, ends_on = :ends_on, capacity = :capacity, "
        "place = :place, room = :room, funder = :funder, funding_programme = :programme, "
        "agreement_number = :agreement, funding_partner_id = :funding_partner, "
        "traineeship_starts_on = :traineeship_starts_on, traineeship_ends_on = :traineeship_ends_on, "
        "coordinator_id = :coordinator, calendar_token_hash = :token, "
        "calendar_link_made_at = :made_at, updated_at = :now WHERE organisation_id = :organisation AND id = "
        ":id");
    bind_cohort(query, cohort)
        .bind("token", cohort.calendar_token_hash)
        .bind("made_at", cohort.calendar_link_made_at)
        .bind("now", now)
        .bind("id", cohort.id)
        .run();
}

std::optional<domain::Cohort> CohortRepository::find(long long organisation_id, long long id)
{
    static auto const sql = std::string("SELECT ") + cohort_columns +
                            " FROM cohorts c WHERE c.organisation_id = :organisation AND c.id = :id";
    return Query(m_connection, sql)
        .bind("organisation", organisation_id)
        .bind("id", id)
        .first_row<domain::Cohort>(read_cohort);
}

std::optional<domain::Cohort> CohortRepository::find_by_calendar_token_hash(std::string const& token_hash)
{
    static auto const sql =
        std::string("SELECT ") + cohort_columns + " FROM cohorts c WHERE c.calendar_token_hash = :token";
    return Query(m_connection, sql).bind("token", token_hash).first_row<domain::Cohort>(read_cohort);
}

std::vector<CohortSummary> CohortRepository::list(long long organisation_id,
                                                  std::optional<domain::Date> running_on)
{
    static auto const sql = std::string("SELECT ") + cohort_columns + ", t.code AS track_code, " +
                            seats_taken_sql +
                            " FROM cohorts c JOIN tracks t ON t.id = c.track_id "
                            "WHERE c.organisation_id = :organisation AND (:day = '' OR "
                            "(c.starts_on <= :day AND c.ends_on >= :day)) ORDER BY c.starts_on DESC, c.name";
    return Query(m_connection, sql)
        .bind("organisation", organisation_id)
        .bind("day", running_on ? running_on->iso() : std::string())
        .rows<CohortSummary>([](Row const& row) {
            return CohortSummary{read_cohort(row), row.text("track_code"), row.integer("seats_taken")};
        });
}

long long CohortRepository::seats_taken(long long cohort_id)
{
    return Query(m_connection, "SELECT COUNT(*) FROM enrolments WHERE cohort_id = :cohort "
                               "AND stage IN ('enrolled', 'active')")
        .bind("cohort", cohort_id)
        .scalar();
}

void CohortRepository::add_closure(domain::ClosureDay const& closure)
{
    Query(m_connection,
          "INSERT INTO closure_days (organisation_id, day, label) VALUES (:organisation, :day, :label)")
        .bind("organisation", closure.organisation_id)
        .bind("day", closure.day.iso())
        .bind("label", closure.label)
        .run();
}

void CohortRepository::remove_closure(long long organisation_id, long long id)
{
    Query(m_connection, "DELETE FROM closure_days WHERE organisation_id = :organisation AND id = :id")
        .bind("organisation", organisation_id)
        .bind("id", id)
        .run();
}

std::vector<domain::ClosureDay> CohortRepository::closures(long long organisation_id, domain::Date from,
                                                           domain::Date to)
{
    return Query(m_connection,
                 "SELECT id, organisation_id, day, label FROM closure_days "
                 "WHERE organisation_id = :organisation AND day >= :from AND day <= :to ORDER BY day")
        .bind("organisation", organisation_id)
        .bind("from", from.iso())
        .bind("to", to.iso())
        .rows<domain::ClosureDay>([](Row const& row) {
            return domain::ClosureDay{row.integer("id"), row.integer("organisation_id"), row.date("day"),
                                      row.text("label")};
        });
}

namespace {

constexpr auto trainer_columns =
    "id, organisation_id, name, gender, external, staff_account_id, email, active";

domain::Trainer read_trainer(Row const& row)
{
    domain::Trainer trainer;
    trainer.id = row.integer("id");
    trainer.organisation_id = row.integer("organisation_id");
    trainer.name = row.text("name");
    trainer.gender = domain::from_code<domain::Gender>(row.text("gender")).value_or(domain::Gender::NotSaid);
    trainer.external = row.boolean("external");
    trainer.staff_account_id = row.integer("staff_account_id");
    trainer.email = row.text("email");
    trainer.active = row.boolean("active");
    return trainer;
}

} // namespace

long long TrainerRepository::insert(domain::Trainer const& trainer, std::string const& now)
{
    return Query(m_connection,
                 "INSERT INTO trainers (organisation_id, name, gender, external, staff_account_id, "
                 "email, active, created_at) VALUES (:organisation, :name, :gender, :external, "
                 ":account, :email, :active, :now) RETURNING id")
        .bind("organisation", trainer.organisation_id)
        .bind("name", trainer.name)
        .bind("gender", std::string(domain::code_of(trainer.gender)))
        .bind("external", trainer.external)
        .bind("account", id_or_null(trainer.staff_account_id))
        .bind("email", trainer.email)
        .bind("active", trainer.active)
        .bind("now", now)
        .scalar();
}

void TrainerRepository::update(domain::Trainer const& trainer)
{
    Query(m_connection, "UPDATE trainers SET name = :name, gender = :gender, external = :external, "
                        "staff_account_id = :account, email = :email, active = :active "
                        "WHERE organisation_id = :organisation AND id = :id")
        .bind("name", trainer.name)
        .bind("gender", std::string(domain::code_of(trainer.gender)))
        .bind("external", trainer.external)
        .bind("account", id_or_null(trainer.staff_account_id))
        .bind("email", trainer.email)
        .bind("active", trainer.active)
        .bind("organisation", trainer.organisation_id)
        .bind("id", trainer.id)
        .run();
}

std::optional<domain::Trainer> TrainerRepository::find(long long organisation_id, long long id)
{
    static auto const sql = std::string("SELECT ") + trainer_columns +
                            " FROM trainers WHERE organisation_id = :organisation AND id = :id";
    return Query(m_connection, sql)
        .bind("organisation", organisation_id)
        .bind("id", id)
        .first_row<domain::Trainer>(read_trainer);
}

std::optional<domain::Trainer> TrainerRepository::find_by_account(long long organisation_id,
                                                                  long long staff_account_id)
{
    static auto const sql =
        std::string("SELECT ") + trainer_columns +
        " FROM trainers WHERE organisation_id = :organisation AND staff_account_id = :account";
    return Query(m_connection, sql)
        .bind("organisation", organisation_id)
        .bind("account", staff_account_id)
        .first_row<domain::Trainer>(read_trainer);
}

std::vector<domain::Trainer> TrainerRepository::all(long long organisation_id)
{
    static auto const sql = std::string("SELECT ") + trainer_columns +
                            " FROM trainers WHERE organisation_id = :organisation ORDER BY active DESC, name";
    return Query(m_connection, sql).bind("organisation", organisation_id).rows<domain::Trainer>(read_trainer);
}

} // namespace tremplin::store

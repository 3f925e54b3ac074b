#include "store/traineeship_repository.hpp"

#include "store/query.hpp"

namespace tremplin::store {

namespace {

constexpr auto traineeship_columns = "t.id, t.organisation_id, t.enrolment_id, t.participant_id, "
                                     "t.partner_id, t.offer_id, t.tutor_contact_id, "
                                     "t.starts_on, t.ends_on, t.hours_per_week, t.status, t.interruption, "
                                     "t.hired_by_host, t.centre_signed_on, "
                                     "t.host_signed_on, t.trainee_signed_on";

std::optional<domain::Date> optional_date(Row const& row, std::string_view column)
{
    auto const text = row.optional_text(column);
    return text ? domain::Date::parse_iso(*text) : std::nullopt;
}

domain::Traineeship traineeship_at(Row const& row)
{
    domain::Traineeship traineeship;
    traineeship.id = row.integer("id");
    traineeship.organisation_id = row.integer("organisation_id");
    traineeship.enrolment_id = row.integer("enrolment_id");
    traineeship.participant_id = row.integer("participant_id");
    traineeship.partner_id = row.integer("partner_id");
    traineeship.offer_id = row.integer("offer_id");
    traineeship.tutor_contact_id = row.integer("tutor_contact_id");
    traineeship.starts_on = row.date("starts_on");
    traineeship.ends_on = row.date("ends_on");
    traineeship.hours_per_week = static_cast<int>(row.integer("hours_per_week"));
    traineeship.status =
        choice_at<domain::TraineeshipStatus>(row, "status").value_or(domain::TraineeshipStatus::Planned);
    traineeship.interruption = choice_at<domain::InterruptionReason>(row, "interruption");
    traineeship.hired_by_host = row.boolean("hired_by_host");
    traineeship.signatures = {optional_date(row, "centre_signed_on"), optional_date(row, "host_signed_on"),
                              optional_date(row, "trainee_signed_on")};
    return traineeship;
}

std::optional<std::string> iso_or_null(std::optional<domain::Date> const& day)
{
    return day ? std::optional(day->iso()) : std::nullopt;
}

// The values the insert and the update share.
Query& bind_traineeship(Query& query, domain::Traineeship const& traineeship)
{
    return query.bind("organisation", traineeship.organisation_id)
        .bind("partner", traineeship.partner_id)
        .bind("offer", id_or_null(traineeship.offer_id))
        .bind("tutor", id_or_null(traineeship.tutor_contact_id))
        .bind("starts_on", traineeship.starts_on.iso())
        .bind("ends_on", traineeship.ends_on.iso())
        .bind("hours", traineeship.hours_per_week)
        .bind("status", std::string(domain::code_of(traineeship.status)))
        .bind("interruption", code_or_null(traineeship.interruption))
        .bind("hired", traineeship.hired_by_host)
        .bind("centre_signed", iso_or_null(traineeship.signatures.centre))
        .bind("host_signed", iso_or_null(traineeship.signatures.host))
        .bind("trainee_signed", iso_or_null(traineeship.signatures.trainee));
}

} // namespace

long long TraineeshipRepository::insert(domain::Traineeship const& traineeship, std::string const& now)
{
    Query query(
        m_connection,
        "INSERT INTO traineeships (organisation_id, enrolment_id, participant_id, partner_id, offer_id, "
        "tutor_contact_id, starts_on, ends_on, hours_per_week, status, interruption, hired_by_host, "
        "centre_signed_on, host_signed_on, trainee_signed_on, created_at, updated_at) VALUES "
        "(:organisation, :enrolment, :participant, :partner, :offer, :tutor, :starts_on, :ends_on, :hours, "
        ":status, :interruption, :hired, :centre_signed, :host_signed, :trainee_signed, :now, :now) "
        "RETURNING id");
    return bind_traineeship(query, traineeship)
        .bind("enrolment", traineeship.enrolment_id)
        .bind("participant", traineeship.participant_id)
        .bind("now", now)
        .scalar();
}

void TraineeshipRepository::update(domain::Traineeship const& traineeship, std::string const& now)
{
    Query query(
        m_connection,
        "UPDATE traineeships SET partner_id = :partner, offer_id = :offer, tutor_contact_id = :tutor, "
        "starts_on = :starts_on, ends_on = :ends_on, hours_per_week = :hours, status = :status, "
        "interruption = :interruption, hired_by_host = :hired, centre_signed_on = :centre_signed, "
        "host_signed_on = :host_signed, trainee_signed_on = :trainee_signed, updated_at = :now "
        "WHERE organisation_id = :organisation AND id = :id");
    bind_traineeship(query, traineeship).bind("now", now).bind("id", traineeship.id).run();
}

std::optional<domain::Traineeship> TraineeshipRepository::find(long long organisation_id, long long id)
{
    return Query(m_connection,
                 std::string("SELECT ") + traineeship_columns +
                     " FROM traineeships t WHERE t.organisation_id = :organisation AND t.id = :id")
        .bind("organisation", organisation_id)
        .bind("id", id)
        .first_row<domain::Traineeship>(traineeship_at);
}

std::vector<domain::Traineeship> TraineeshipRepository::of_participant(long long organisation_id,
                                                                       long long participant_id)
{
    return Query(m_connection, std::string("SELECT ") + traineeship_columns +
                                   " FROM traineeships t WHERE t.organisation_id = :organisation "
                                   "AND t.participant_id = :participant ORDER BY t.starts_on, t.id")
        .bind("organisation", organisation_id)
        .bind("participant", participant_id)
        .rows<domain::Traineeship>(traineeship_at);
}

std::vector<TraineeshipView> TraineeshipRepository::of_cohort(long long organisation_id, long long cohort_id)
{
    return Query(m_connection, std::string("SELECT ") + traineeship_columns +
                                   ", p.first_name, p.last_name, pa.name AS partner_name, "
                                   "COALESCE(c.name, '') AS tutor_name FROM traineeships t "
                                   "JOIN enrolments e ON e.id = t.enrolment_id "
                                   "JOIN participants p ON p.id = t.participant_id "
                                   "JOIN partners pa ON pa.id = t.partner_id "
                                   "LEFT JOIN partner_contacts c ON c.id = t.tutor_contact_id "
                                   "WHERE t.organisation_id = :organisation AND e.cohort_id = :cohort "
                                   "ORDER BY p.last_name, p.first_name, t.starts_on, t.id")
        .bind("organisation", organisation_id)
        .bind("cohort", cohort_id)
        .rows<TraineeshipView>([](Row const& row) {
            return TraineeshipView{traineeship_at(row), row.text("first_name"), row.text("last_name"),
                                   row.text("partner_name"), row.text("tutor_name")};
        });
}

} // namespace tremplin::store

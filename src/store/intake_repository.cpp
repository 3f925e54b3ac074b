#include "store/intake_repository.hpp"

#include "store/query.hpp"

#include <map>

namespace tremplin::store {

long long IntakeRepository::insert(domain::Intake const& intake, std::string const& now)
{
    auto const id =
        Query(m_connection, "INSERT INTO intakes (organisation_id, name, opens_on, closes_on, "
                            "created_at, updated_at) VALUES (:organisation, :name, :opens, :closes, "
                            ":now, :now) RETURNING id")
            .bind("organisation", intake.organisation_id)
            .bind("name", intake.name)
            .bind("opens", intake.opens_on.iso())
            .bind("closes", intake.closes_on.iso())
            .bind("now", now)
            .scalar();
    auto stored = intake;
    stored.id = id;
    replace_cohorts(stored);
    return id;
}

void IntakeRepository::update(domain::Intake const& intake, std::string const& now)
{
    Query(m_connection, "UPDATE intakes SET name = :name, opens_on = :opens, closes_on = :closes, "
                        "updated_at = :now WHERE id = :id AND organisation_id = :organisation")
        .bind("name", intake.name)
        .bind("opens", intake.opens_on.iso())
        .bind("closes", intake.closes_on.iso())
        .bind("now", now)
        .bind("id", intake.id)
        .bind("organisation", intake.organisation_id)
        .run();
    replace_cohorts(intake);
}

void IntakeRepository::replace_cohorts(domain::Intake const& intake)
{
    Query(m_connection, "DELETE FROM intake_cohorts WHERE intake_id = :intake")
        .bind("intake", intake.id)
        .run();
    for (auto const cohort_id : intake.cohort_ids)
        Query(m_connection, "INSERT INTO intake_cohorts (intake_id, cohort_id) VALUES (:intake, :cohort)")
            .bind("intake", intake.id)
            .bind("cohort", cohort_id)
            .run();
}

std::optional<domain::Intake> IntakeRepository::find(long long organisation_id, long long id)
{
    auto const found = read(organisation_id, {.id = id});
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::vector<domain::Intake> IntakeRepository::all(long long organisation_id)
{
    return read(organisation_id, {});
}

std::vector<domain::Intake> IntakeRepository::open_on(long long organisation_id, domain::Date day)
{
    return read(organisation_id, {.open_on = day});
}

std::vector<domain::Intake> IntakeRepository::read(long long organisation_id, Filter const& filter)
{
    std::string sql =
        "SELECT i.id, i.name, i.opens_on, i.closes_on, c.cohort_id FROM intakes i "
        "LEFT JOIN intake_cohorts c ON c.intake_id = i.id WHERE i.organisation_id = :organisation";
    if (filter.id)
        sql += " AND i.id = :id";
    if (filter.open_on)
        sql += " AND i.opens_on <= :day AND i.closes_on >= :day";
    Query query(m_connection, sql + " ORDER BY i.opens_on DESC, i.id DESC, c.cohort_id");
    query.bind("organisation", organisation_id);
    if (filter.id)
        query.bind("id", *filter.id);
    if (filter.open_on)
        query.bind("day", filter.open_on->iso());
    std::vector<domain::Intake> intakes;
    query.for_each_row([&](Row const& row) {
        if (intakes.empty() || intakes.back().id != row.integer("id"))
            intakes.push_back({row.integer("id"),
                               organisation_id,
                               row.text("name"),
                               row.date("opens_on"),
                               row.date("closes_on"),
                               {}});
        if (auto const cohort = row.optional_integer("cohort_id"))
            intakes.back().cohort_ids.push_back(*cohort);
    });
    return intakes;
}

} // namespace tremplin::store

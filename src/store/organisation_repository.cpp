#include "store/organisation_repository.hpp"

#include "store/query.hpp"

namespace tremplin::store {

namespace {

constexpr auto organisation_columns =
    "SELECT id, name, default_language, address, phone, email, enterprise_number, "
    "minimum_attendance_percent";

domain::Organisation read_organisation(Row const& row)
{
    return {row.integer("id"),
            row.text("name"),
            row.text("default_language"),
            row.text("address"),
            row.text("phone"),
            row.text("email"),
            row.text("enterprise_number"),
            static_cast<int>(row.integer("minimum_attendance_percent"))};
}

} // namespace

long long OrganisationRepository::insert(domain::Organisation const& organisation,
                                         std::string const& created_at)
{
    return Query(m_connection, "INSERT INTO organisations (name, default_language, created_at) "
                               "VALUES (:name, :language, :created_at) RETURNING id")
        .bind("name", organisation.name)
        .bind("language", organisation.default_language)
        .bind("created_at", created_at)
        .scalar();
}

std::optional<domain::Organisation> OrganisationRepository::find(long long id)
{
    return Query(m_connection, std::string(organisation_columns) + " FROM organisations WHERE id = :id")
        .bind("id", id)
        .first_row<domain::Organisation>(read_organisation);
}

void OrganisationRepository::update_details(domain::Organisation const& organisation)
{
    Query(m_connection,
          "UPDATE organisations SET name = :name, default_language = :language, address = :address, "
          "phone = :phone, email = :email, enterprise_number = :enterprise_number, "
          "minimum_attendance_percent = :minimum_attendance WHERE id = :id")
        .bind("name", organisation.name)
        .bind("language", organisation.default_language)
        .bind("address", organisation.address)
        .bind("phone", organisation.phone)
        .bind("email", organisation.email)
        .bind("enterprise_number", organisation.enterprise_number)
        .bind("minimum_attendance", organisation.minimum_attendance_percent)
        .bind("id", organisation.id)
        .run();
}

int OrganisationRepository::minimum_attendance_percent(long long id)
{
    return static_cast<int>(
        Query(m_connection, "SELECT minimum_attendance_percent FROM organisations WHERE id = :id")
            .bind("id", id)
            .scalar());
}

long long OrganisationRepository::register_version(long long id)
{
    return Query(m_connection, "SELECT register_version FROM organisations WHERE id = :id")
        .bind("id", id)
        .scalar();
}

void OrganisationRepository::advance_register_version(long long id)
{
    Query(m_connection, "UPDATE organisations SET register_version = register_version + 1 WHERE id = :id")
        .bind("id", id)
        .run();
}

std::vector<domain::Organisation> OrganisationRepository::all()
{
    return Query(m_connection, std::string(organisation_columns) + " FROM organisations ORDER BY id")
        .rows<domain::Organisation>(read_organisation);
}

} // namespace tremplin::store

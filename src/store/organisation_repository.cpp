#include "store/organisation_repository.hpp"

#include "store/query.hpp"

namespace tremplin::store {

namespace {

domain::Organisation read_organisation(Row const& row)
{
    return {row.integer(0), row.text(1), row.text(2)};
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
    return Query(m_connection, "SELECT id, name, default_language FROM organisations WHERE id = :id")
        .bind("id", id)
        .first_row<domain::Organisation>(read_organisation);
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
    return Query(m_connection, "SELECT id, name, default_language FROM organisations ORDER BY id")
        .rows<domain::Organisation>(read_organisation);
}

} // namespace tremplin::store
